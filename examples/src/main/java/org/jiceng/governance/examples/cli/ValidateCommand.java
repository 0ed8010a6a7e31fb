package org.jiceng.governance.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.jiceng.governance.examples.report.HtmlReports;
import org.jiceng.governance.json.DatasetFormatException;
import org.jiceng.governance.json.DatasetValidator;
import org.jiceng.governance.json.FormatProblem;
import org.jiceng.governance.json.ValidationListener;
import org.jiceng.governance.json.ValidationResult;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.compliance.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
/**
 * {@code jiceng validate FILE}: streams a dataset one community at a time, checks it against a
 * standards profile and prints the compliance report. Exit 0 when no finding reaches {@code
 * --fail-on}, 1 when one does, 2 on bad input or usage.
 */
@Command(name = "validate")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE")
  Path file;

  @Mixin ProfileOptions profile;

  @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text", descriptionKey = "format")
  ReportOptions.Format format;

  @Mixin LanguageOption language;

  @Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "error", descriptionKey = "validate.fail-on")
  FailOn failOn;

  @Option(names = "--output", paramLabel = "FILE", descriptionKey = "output")
  Path output;

  @Option(names = "--lenient", descriptionKey = "validate.lenient")
  boolean lenient;

  @Option(names = "--max-problems", paramLabel = "N", defaultValue = "1000", descriptionKey = "validate.max-problems")
  int maxProblems;

  @Option(names = "--threads", paramLabel = "N", descriptionKey = "validate.threads")
  Integer threads;

  @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "validate.encoding")
  String encoding;

  @Option(names = "--quiet", descriptionKey = "validate.quiet")
  boolean quiet;

  @Option(names = "--progress", negatable = true, descriptionKey = "validate.progress")
  Boolean progressChoice;

  @Option(names = "--debug", descriptionKey = "validate.debug")
  boolean debug;


  /** Exit thresholds. */
  enum FailOn {
    error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO), never(null);

    final Severity threshold;

    FailOn(Severity threshold) {
      this.threshold = threshold;
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ResourceBundle messages = language.messages();
    boolean stdin = CliFiles.isStandard(file);
    String name = CliFiles.sourceName(file);
    String problem = CliFiles.inputProblem(file, messages);
    if (problem != null) {
      err.println(problem);
      return Jiceng.USAGE;
    }
    ProgressLine progress = new ProgressLine(err, quiet ? Boolean.FALSE : progressChoice, messages, language.locale(),
        ProgressLine.sizeOf(stdin ? null : file));
    try {
      DatasetValidator validator = validator(messages, err);
      long[] problems = {0};
      ValidationListener listener = new ValidationListener() {
        @Override
        public void problem(FormatProblem p) {
          progress.done();
          problems[0]++;
          err.println(p);
        }

        @Override
        public void communityChecked(int communities) {
          progress.tick(communities);
        }
      };
      ValidationResult result;
      DatasetValidator.ReportStyle style = format == ReportOptions.Format.json ? DatasetValidator.ReportStyle.JSON : DatasetValidator.ReportStyle.TEXT;
      Writer target;
      boolean toStdout = output == null || CliFiles.isStandard(output);
      try {
        target = toStdout ? new NonClosing(spec.commandLine().getOut()) : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println(CliFiles.outputProblem(output, e, messages));
        debug(err, e);
        return Jiceng.USAGE;
      }
      Watched watched = new Watched(target);
      outputFailed = watched;
      try (Writer out = watched;
          InputStream in = progress.counting(new BufferedInputStream(CliFiles.open(file), 1 << 16))) {
        if (format == ReportOptions.Format.html) {
          // A page shows every finding at once: they are kept in memory (text and JSON stream).
          List<Finding> findings = new ArrayList<>();
          result = validator.validate(in, name, listener.alsoFindings(findings::add));
          if (result.isReadable() && result.getSubject().isPresent()) {
            findings.sort(ComplianceEngine.findingOrder());
            HtmlReports.validation(result.toReport(findings), language.locale(), out);
          }
        } else {
          result = validator.validateTo(in, name, style, language.locale(), out, listener);
        }
        out.flush();
      }
      progress.done();
      if (!result.isReadable()) {
        if (lenient) {
          err.println(MessageFormat.format(messages.getString("validate.problems"), name, result.getProblemCount()));
        }
        return Jiceng.USAGE;
      }
      return failOn.threshold != null && result.hasFindingsAtLeast(failOn.threshold) ? Jiceng.FINDINGS : Jiceng.OK;
    } catch (ProfileOptions.UsageException e) {
      progress.done();
      err.println(e.getMessage());
      return Jiceng.USAGE;
    } catch (CliFiles.BadInput e) {
      progress.done();
      return Jiceng.USAGE;
    } catch (DatasetFormatException e) {
      progress.done();
      for (FormatProblem p : e.getProblems()) {
        err.println(p);
      }
      debug(err, e);
      return Jiceng.USAGE;
    } catch (IOException | UncheckedIOException e) {
      progress.done();
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      if (outputFailed != null && outputFailed.failed) {
        err.println(CliFiles.outputProblem(toStdout() ? Path.of("<stdout>") : output,
            cause instanceof Exception ? (Exception) cause : e, messages));
        debug(err, e);
        return Jiceng.USAGE;
      }
      err.println(CliFiles.readProblem(file, cause, messages));
      debug(err, e);
      return Jiceng.USAGE;
    } catch (OutOfMemoryError e) {
      progress.done();
      err.println(MessageFormat.format(messages.getString("validate.outOfMemory"), name));
      debug(err, e);
      return Jiceng.USAGE;
    } catch (RuntimeException e) {
      progress.done();
      err.println(MessageFormat.format(messages.getString("validate.failed"), name, e.toString())
          + (debug ? "" : messages.getString("validate.debugHint")));
      debug(err, e);
      return Jiceng.USAGE;
    }
  }

  private boolean toStdout() {
    return output == null || CliFiles.isStandard(output);
  }

  /** The validator the options describe. */
  private DatasetValidator validator(ResourceBundle messages, PrintWriter err) {
    DatasetValidator v = (profile.isGiven() ? DatasetValidator.of(profile.resolve(null, language.locale(), messages, err))
        : DatasetValidator.usingProfileNamedInFile()).withLocale(language.locale());
    if (encoding != null) {
      try {
        v = v.withCharset(Charset.forName(encoding));
      } catch (IllegalArgumentException e) {
        throw new ProfileOptions.UsageException(MessageFormat.format(messages.getString("validate.encoding"), encoding));
      }
    }
    if (maxProblems < 1) {
      throw new ProfileOptions.UsageException(MessageFormat.format(messages.getString("validate.maxProblems"), String.valueOf(maxProblems)));
    }
    if (threads != null && (threads < 1 || threads > 256)) {
      throw new ProfileOptions.UsageException(MessageFormat.format(messages.getString("validate.threadsRange"), String.valueOf(threads)));
    }
    v = v.withLenient(lenient).withMaxProblems(maxProblems);
    return threads == null ? v : v.withThreads(threads);
  }

  private void debug(PrintWriter err, Throwable e) {
    if (debug) {
      e.printStackTrace(err);
    }
  }

  /** The report's writer, set while a report is written: tells a failed write from a failed read. */
  private Watched outputFailed;

  /** A writer that remembers that a write failed. */
  private static final class Watched extends java.io.FilterWriter {
    boolean failed;

    Watched(Writer out) {
      super(out);
    }

    /** A write to the underlying writer. */
    private interface Write {
      void run() throws IOException;
    }

    private void watch(Write w) throws IOException {
      try {
        w.run();
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void write(int c) throws IOException {
      watch(() -> out.write(c));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      watch(() -> out.write(cbuf, off, len));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      watch(() -> out.write(str, off, len));
    }

    @Override
    public void flush() throws IOException {
      watch(out::flush);
    }

    @Override
    public void close() throws IOException {
      watch(out::close);
    }
  }

  /** Standard output, left open when the report is done. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
