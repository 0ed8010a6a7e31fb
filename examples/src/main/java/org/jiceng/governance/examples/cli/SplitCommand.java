package org.jiceng.governance.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.jiceng.governance.json.CommunityLinesFormat;
import org.jiceng.governance.json.DatasetFormatException;
import org.jiceng.governance.json.DatasetReader;
import org.jiceng.governance.json.ReadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jiceng split FILE --output DIR}: cuts a {@code jiceng.dataset/1} file into {@code
 * jiceng.community/1} line files (one community with its context a line; see {@link LineFiles}
 * for the names), streamed in constant memory, for a cluster to check (the {@code
 * governance-spark} job). Exit 0 when every community was written, 2 on bad options, an
 * unusable folder or a format problem (strict: nothing is left in the folder; {@code --lenient}:
 * the good communities are written, the problems printed).
 */
@Command(name = "split")
final class SplitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "split.FILE")
  Path file;

  @Option(names = "--output", paramLabel = "DIR", required = true, descriptionKey = "split.output")
  Path output;

  @Option(names = "--per-file", paramLabel = "N", defaultValue = "10000", descriptionKey = "split.per-file")
  int perFile;

  @Option(names = "--lenient", descriptionKey = "validate.lenient")
  boolean lenient;

  @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "validate.encoding")
  String encoding;

  @Option(names = "--personal-data-in-full", descriptionKey = "split.personal-data-in-full")
  boolean fullPersonalData;

  @Mixin LanguageOption language;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ResourceBundle messages = language.messages();
    if (perFile < 1 || perFile > 100_000_000) {
      err.println(MessageFormat.format(messages.getString("split.perFile"), String.valueOf(perFile)));
      return Jiceng.USAGE;
    }
    String problem = CliFiles.inputProblem(file, messages);
    if (problem != null) {
      err.println(problem);
      return Jiceng.USAGE;
    }
    DatasetReader reader = (lenient ? DatasetReader.lenient() : DatasetReader.strict()).withLocale(language.locale());
    if (encoding != null) {
      try {
        reader = reader.withCharset(Charset.forName(encoding));
      } catch (IllegalArgumentException e) {
        err.println(MessageFormat.format(messages.getString("split.encoding"), encoding));
        return Jiceng.USAGE;
      }
    }
    String folder = LineFiles.folderProblem(output, messages);
    if (folder != null) {
      err.println(folder);
      return Jiceng.USAGE;
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    LineFiles files = new LineFiles(output, perFile, CommunityLinesFormat.strict().withPersonalDataInFull(fullPersonalData).withLocale(language.locale()));
    ReadSummary read;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      read = reader.forEachCommunity(in, name, files::write);
      files.close();
    } catch (DatasetFormatException e) {
      files.discard();
      e.getProblems().forEach(err::println);
      err.println(MessageFormat.format(messages.getString("split.failed"), output));
      return Jiceng.USAGE;
    } catch (IOException | UncheckedIOException e) {
      files.discard();
      err.println(MessageFormat.format(messages.getString("validate.unreadable"), file, e.getMessage()));
      return Jiceng.USAGE;
    }
    read.getProblems().forEach(err::println);
    err.println(MessageFormat.format(messages.getString("split.done"), files.communities(), files.files(), output));
    if (read.getProblemCount() > 0) {
      err.println(MessageFormat.format(messages.getString("validate.problems"), name, read.getProblemCount()));
      return Jiceng.USAGE;
    }
    return Jiceng.OK;
  }
}
