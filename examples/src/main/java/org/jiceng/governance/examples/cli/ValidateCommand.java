package org.jiceng.governance.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.jiceng.governance.json.DatasetFormatException;
import org.jiceng.governance.json.DatasetProblem;
import org.jiceng.governance.json.DatasetReader;
import org.jiceng.governance.json.ReadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jiceng validate FILE}: streams a dataset one community at a time and reports format
 * problems. Exit 0 when the file is a valid {@code jiceng.dataset/1} document, 2 when it is not
 * (each problem on stderr as {@code file:line:column pointer: message}) or cannot be read.
 */
@Command(name = "validate", description = "Check a jiceng.dataset/1 file; exit 0 valid, 2 bad input.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the dataset file")
  Path file;

  @Option(names = "--lenient", description = "report every bad community instead of stopping at the first problem")
  boolean lenient;

  @Option(names = "--lang", paramLabel = "zh|en", description = "language of messages (default: ${DEFAULT-VALUE})", defaultValue = "zh")
  Lang lang;

  @Option(names = "--debug", description = "print stack traces of failures")
  boolean debug;

  /** Languages of the messages. */
  enum Lang {
    zh(Locale.SIMPLIFIED_CHINESE),
    en(Locale.ENGLISH);

    final Locale locale;

    Lang(Locale locale) {
      this.locale = locale;
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ResourceBundle messages = ResourceBundle.getBundle("org.jiceng.governance.examples.cli.Messages", lang.locale);
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      err.println(MessageFormat.format(messages.getString("validate.noFile"), file));
      return Jiceng.USAGE;
    }
    try {
      DatasetReader reader = lenient ? DatasetReader.lenient() : DatasetReader.strict();
      ReadSummary s = reader.forEachCommunity(file, community -> {});
      if (!s.getProblems().isEmpty()) {
        s.getProblems().forEach(p -> err.println(p));
        err.println(MessageFormat.format(messages.getString("validate.problems"), name, s.getProblems().size()));
        return Jiceng.USAGE;
      }
      out.println(MessageFormat.format(messages.getString("validate.valid"), name, s.getStreets(), s.getCommunities(), s.getGrids()));
      return Jiceng.OK;
    } catch (DatasetFormatException e) {
      for (DatasetProblem p : e.getProblems()) {
        err.println(p);
      }
      debug(err, e);
      return Jiceng.USAGE;
    } catch (UncheckedIOException e) {
      err.println(MessageFormat.format(messages.getString("validate.unreadable"), file, e.getCause().getMessage()));
      debug(err, e);
      return Jiceng.USAGE;
    }
  }

  private void debug(PrintWriter err, Exception e) {
    if (debug) {
      e.printStackTrace(err);
    }
  }
}
