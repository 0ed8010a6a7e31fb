package org.jiceng.governance.examples.cli;

import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.jiceng.governance.core.GovernanceException;
import org.jiceng.governance.core.Localizable;
import org.jiceng.governance.json.FormatException;

/**
 * What went wrong with a file the tool was given, said plainly and naming that file; and the one
 * way every command opens an input, where {@code -} is standard input (named {@code <stdin>}).
 */
final class CliFiles {
  /** The name of standard input in messages and reports. */
  static final String STDIN = "<stdin>";

  /** {@code S_IFMT} and {@code S_IFIFO} of {@code unix:mode}: a pipe is read like a file ({@code <(gunzip -c x.gz)}). */
  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;

  private CliFiles() {}

  /** A problem with an input or output that was already reported on stderr: exit 2. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput() {
      super(null, null, false, false);
    }
  }

  /** Reads an opened input; the stream is closed by the caller. */
  interface InputReader<T> {
    T read(InputStream in, String source) throws IOException;
  }

  /**
   * Tells whether a path given on the command line means standard input or output.
   *
   * @param file the path, may be null
   * @return true for {@code -}
   */
  static boolean isStandard(Path file) {
    return file != null && "-".equals(file.toString());
  }

  /**
   * The name of an input in messages: its file name, or {@code <stdin>}.
   *
   * @param file the path given
   * @return the name
   */
  static String sourceName(Path file) {
    if (isStandard(file)) {
      return STDIN;
    }
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /**
   * Checks an input before it is read: the message of the first thing in the way, or null.
   *
   * @param file the input
   * @param messages the tool's messages
   * @return the message, or null when the file can be read
   */
  static String inputProblem(Path file, ResourceBundle messages) {
    if (isStandard(file)) {
      return null;
    }
    if (Files.isDirectory(file)) {
      return MessageFormat.format(messages.getString("file.directory"), file);
    }
    if (!Files.exists(file)) {
      if (Files.isSymbolicLink(file)) {
        return linkProblem(file, messages);
      }
      String key = file.toString().indexOf('\uFFFD') >= 0 ? "file.badName" : "validate.noFile";
      return MessageFormat.format(messages.getString(key), file, System.getProperty("sun.jnu.encoding", "UTF-8"));
    }
    if (!Files.isRegularFile(file) && !isPipe(file)) {
      return MessageFormat.format(messages.getString("file.notRegular"), file);
    }
    if (!Files.isReadable(file)) {
      return MessageFormat.format(messages.getString("file.denied"), file);
    }
    return null;
  }

  /** A link that leads nowhere: to a missing file, or round in a loop. */
  private static String linkProblem(Path file, ResourceBundle messages) {
    try {
      file.toRealPath();
    } catch (FileSystemException e) {
      if (!(e instanceof NoSuchFileException) && e.getReason() != null) {
        return MessageFormat.format(messages.getString("input.unreadable"), file, e.getReason());
      }
    } catch (IOException e) {
      // Reported as a broken link below.
    }
    return MessageFormat.format(messages.getString("file.brokenLink"), file);
  }

  private static boolean isPipe(Path file) {
    try {
      Object mode = Files.getAttribute(file, "unix:mode");
      return mode instanceof Integer && ((Integer) mode & TYPE_MASK) == FIFO;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
      return false;
    }
  }

  /**
   * Says why an input could not be read, naming the input and the system's reason.
   *
   * @param file the input
   * @param e the failure
   * @param messages the tool's messages
   * @return the message
   */
  static String readProblem(Path file, Throwable e, ResourceBundle messages) {
    String shown = isStandard(file) ? STDIN : file.toString();
    if (e instanceof NoSuchFileException) {
      return MessageFormat.format(messages.getString("validate.noFile"), shown);
    }
    return MessageFormat.format(messages.getString("input.unreadable"), shown, reason(e, messages));
  }

  /**
   * Says why an output could not be written, naming the output.
   *
   * @param output the output file
   * @param e the failure
   * @param messages the tool's messages
   * @return the message
   */
  static String outputProblem(Path output, Exception e, ResourceBundle messages) {
    String reason;
    if (Files.isDirectory(output)) {
      reason = messages.getString("file.isDirectory");
    } else if (e instanceof NoSuchFileException) {
      reason = messages.getString("file.noFolder");
    } else {
      reason = reason(e, messages);
    }
    return MessageFormat.format(messages.getString("output.unwritable"), output, reason);
  }

  /** The system's reason for a failure, never a stack trace or a library's internal text. */
  private static String reason(Throwable e, ResourceBundle messages) {
    if (e instanceof AccessDeniedException) {
      String why = ((FileSystemException) e).getReason();
      return messages.getString("file.permission") + (why == null ? "" : " (" + why + ")");
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * Opens an input: standard input (left open when closed) for {@code -}, else the file.
   *
   * @param file the input
   * @return the stream
   * @throws IOException when the file cannot be opened
   */
  static InputStream open(Path file) throws IOException {
    if (isStandard(file)) {
      return new FilterInputStream(System.in) {
        @Override
        public void close() {
          // Standard input belongs to the process.
        }
      };
    }
    // A pipe cannot tell its size: the channel stream of Files.newInputStream fails on it ("Illegal seek").
    return Files.isRegularFile(file) ? Files.newInputStream(file) : new FileInputStream(file.toFile());
  }

  /**
   * Reads one input the command was given, reporting on stderr whatever goes wrong (a bad path,
   * a read failure, a format problem) in the words of {@code messages} and naming that input.
   *
   * @param file the input, or {@code -} for standard input
   * @param reader reads the opened input
   * @param messages the tool's messages
   * @param err standard error
   * @return what was read
   * @throws BadInput after reporting
   */
  static <T> T read(Path file, InputReader<T> reader, ResourceBundle messages, PrintWriter err) {
    String problem = inputProblem(file, messages);
    if (problem != null) {
      err.println(problem);
      throw new BadInput();
    }
    try (InputStream in = open(file)) {
      return reader.read(in, sourceName(file));
    } catch (FormatException e) {
      e.getProblems().forEach(err::println);
    } catch (IOException e) {
      err.println(readProblem(file, e, messages));
    } catch (UncheckedIOException e) {
      err.println(readProblem(file, e.getCause(), messages));
    } catch (IllegalArgumentException | GovernanceException e) {
      // A refused event or value in the tool's language (the bundle's), English for a programmer error.
      err.println("jiceng: " + sourceName(file) + ": " + Localizable.messageOf(e, messages.getLocale()));
    }
    throw new BadInput();
  }
}
