package org.jiceng.governance.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jiceng.governance.json.CommunityLinesFormat;
import org.jiceng.governance.json.CommunitySubtree;

/**
 * Writes {@code jiceng.community/1} lines into a folder, at most {@code perFile} communities a
 * file, in the order they come: {@code <county>-00000.jsonl}, {@code <county>-00001.jsonl}, …
 * ({@code <county>} is the county id of the first community, with characters other than letters,
 * digits, {@code .}, {@code _} and {@code -} replaced by {@code _}). Each file is written under a
 * temporary name and renamed when complete; {@link #discard} removes everything written, so that
 * a failed run leaves the folder as it found it. Memory holds one line.
 */
final class LineFiles implements AutoCloseable {
  private final Path folder;
  private final int perFile;
  private final CommunityLinesFormat format;
  private final List<Path> written = new ArrayList<>();
  private String prefix;
  private OutputStream out;
  private Path current;
  private int inFile;
  private long communities;

  LineFiles(Path folder, int perFile, CommunityLinesFormat format) {
    this.folder = folder;
    this.perFile = perFile;
    this.format = format;
  }

  /**
   * Checks the output folder before anything is read: the problem, or null. The folder is made
   * when missing; one that holds anything is refused, since old files would be read with the new.
   */
  static String folderProblem(Path folder, java.util.ResourceBundle messages) {
    try {
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        return java.text.MessageFormat.format(messages.getString("split.notFolder"), folder);
      }
      Files.createDirectories(folder);
      try (var entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          return java.text.MessageFormat.format(messages.getString("split.notEmpty"), folder);
        }
      }
      return null;
    } catch (IOException e) {
      return CliFiles.outputProblem(folder, e, messages);
    }
  }

  /** Writes one community, starting the next file when the current one is full. */
  void write(CommunitySubtree s) {
    try {
      if (out == null || inFile == perFile) {
        finishFile();
        if (prefix == null) {
          prefix = s.getCounty().getId().replaceAll("[^A-Za-z0-9._-]", "_");
        }
        current = folder.resolve(String.format(Locale.ROOT, "%s-%05d.jsonl", prefix, written.size()));
        written.add(current);
        out = new BufferedOutputStream(Files.newOutputStream(temporary(current)), 1 << 16);
        inFile = 0;
      }
      format.writeLine(s, out);
      inFile++;
      communities++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temporary(Path file) {
    return file.resolveSibling(file.getFileName() + ".tmp");
  }

  private void finishFile() throws IOException {
    if (out != null) {
      out.close();
      out = null;
      Files.move(temporary(current), current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** The communities written so far. */
  long communities() {
    return communities;
  }

  /** The files written so far. */
  int files() {
    return written.size();
  }

  /** Completes the last file. */
  @Override
  public void close() {
    try {
      finishFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes every file written (complete or not). */
  void discard() {
    try {
      if (out != null) {
        out.close();
        out = null;
      }
    } catch (IOException e) {
      // The files are removed below whatever state the stream was left in.
    }
    for (Path p : written) {
      try {
        Files.deleteIfExists(p);
        Files.deleteIfExists(temporary(p));
      } catch (IOException e) {
        // Best effort: a file that cannot be removed stays; the caller already reports the failure.
      }
    }
  }
}
