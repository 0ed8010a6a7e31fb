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
import java.util.Optional;
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
@Command(name = "validate", description = "Check a jiceng.dataset/1 file against a standards profile.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the dataset file, or - for standard input")
  Path file;

  @Mixin ProfileOptions profile;

  @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text", description = "report format (default: ${DEFAULT-VALUE})")
  ReportOptions.Format format;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of messages (default: ${DEFAULT-VALUE})")
  ReportOptions.Lang lang;

  @Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "error",
      description = "exit 1 when a finding is at least this serious (default: ${DEFAULT-VALUE})")
  FailOn failOn;

  @Option(names = "--output", paramLabel = "FILE", description = "write the report to FILE instead of stdout")
  Path output;

  @Option(names = "--lenient", description = "skip a bad community and go on, instead of stopping at the first format problem")
  boolean lenient;

  @Option(names = "--max-problems", paramLabel = "N", defaultValue = "1000",
      description = "format problems kept in lenient mode; all are printed and counted (default: ${DEFAULT-VALUE})")
  int maxProblems;

  @Option(names = "--threads", paramLabel = "N", description = "threads that check communities (default: the number of processors)")
  Integer threads;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "the file's encoding when it is not UTF-8, e.g. GB18030")
  String encoding;

  @Option(names = "--quiet", description = "no progress line (as --no-progress)")
  boolean quiet;

  @Option(names = "--progress", negatable = true,
      description = "show a progress line on stderr (default: only when stderr is a terminal)")
  Boolean progressChoice;

  @Option(names = "--debug", description = "print stack traces of failures")
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
    ResourceBundle messages = ResourceBundle.getBundle("org.jiceng.governance.examples.cli.Messages", lang.locale);
    boolean stdin = "-".equals(file.toString());
    String name = stdin ? "<stdin>" : file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String problem = stdin ? null : CliFiles.inputProblem(file, messages);
    if (problem != null) {
      err.println(problem);
      return Jiceng.USAGE;
    }
    ProgressLine progress = new ProgressLine(err, quiet ? Boolean.FALSE : progressChoice, messages, lang.locale,
        ProgressLine.sizeOf(stdin ? null : file));
    try {
      DatasetValidator validator = validator();
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
      try {
        target = output != null ? Files.newBufferedWriter(output, StandardCharsets.UTF_8) : new NonClosing(spec.commandLine().getOut());
      } catch (IOException e) {
        err.println(CliFiles.outputProblem(output, e, messages));
        debug(err, e);
        return Jiceng.USAGE;
      }
      Watched watched = new Watched(target);
      outputFailed = watched;
      try (Writer out = watched;
          InputStream in = progress.counting(stdin ? System.in : new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        if (format == ReportOptions.Format.html) {
          // A page shows every finding at once: they are kept in memory (text and JSON stream).
          List<Finding> findings = new ArrayList<>();
          result = validator.validate(in, name, listener.alsoFindings(findings::add));
          if (result.isReadable() && result.getSubject().isPresent()) {
            findings.sort(ComplianceEngine.findingOrder());
            HtmlReports.validation(result.toReport(findings), lang.locale, out);
          }
        } else {
          result = validator.validateTo(in, name, style, lang.locale, out, listener);
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
        err.println(CliFiles.outputProblem(output != null ? output : Path.of("<stdout>"),
            cause instanceof Exception ? (Exception) cause : e, messages));
        debug(err, e);
        return Jiceng.USAGE;
      }
      err.println(MessageFormat.format(messages.getString("validate.unreadable"), name, cause.getMessage()));
      debug(err, e);
      return Jiceng.USAGE;
    } catch (OutOfMemoryError e) {
      progress.done();
      err.println("jiceng: out of memory while checking " + name + "; give the JVM more heap (e.g. java -Xmx1g -jar jiceng.jar …)");
      debug(err, e);
      return Jiceng.USAGE;
    } catch (RuntimeException e) {
      progress.done();
      err.println("jiceng: failed while checking " + name + ": " + e + (debug ? "" : " (--debug shows where)"));
      debug(err, e);
      return Jiceng.USAGE;
    }
  }

  /** The validator the options describe. */
  private DatasetValidator validator() {
    DatasetValidator v = profile.isGiven() ? DatasetValidator.of(profile.resolve(Optional.empty()))
        : DatasetValidator.usingProfileNamedInFile();
    if (encoding != null) {
      try {
        v = v.withCharset(Charset.forName(encoding));
      } catch (IllegalArgumentException e) {
        throw new ProfileOptions.UsageException("jiceng: unknown encoding '" + encoding + "'; expected e.g. UTF-8, GB18030, GBK");
      }
    }
    if (maxProblems < 1) {
      throw new ProfileOptions.UsageException("jiceng: --max-problems must be at least 1, found " + maxProblems);
    }
    if (threads != null && (threads < 1 || threads > 256)) {
      throw new ProfileOptions.UsageException("jiceng: --threads must be 1..256, found " + threads);
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
