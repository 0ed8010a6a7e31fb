package org.jiceng.governance.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.jiceng.governance.json.CommunitySubtree;
import org.jiceng.governance.json.DatasetFormatException;
import org.jiceng.governance.json.DatasetProblem;
import org.jiceng.governance.json.DatasetReader;
import org.jiceng.governance.json.ReadSummary;
import org.jiceng.governance.json.ReportWriter;
import org.jiceng.governance.rules.compliance.CommunityScope;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.compliance.ReportText;
import org.jiceng.governance.rules.profile.Severity;
import org.jiceng.governance.rules.profile.StandardsProfile;
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

  @Parameters(index = "0", paramLabel = "FILE", description = "the dataset file")
  Path file;

  @Mixin ProfileOptions profile;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "report format (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of messages (default: ${DEFAULT-VALUE})")
  Lang lang;

  @Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "error",
      description = "exit 1 when a finding is at least this serious (default: ${DEFAULT-VALUE})")
  FailOn failOn;

  @Option(names = "--output", paramLabel = "FILE", description = "write the report to FILE instead of stdout")
  Path output;

  @Option(names = "--lenient", description = "report every bad community instead of stopping at the first format problem")
  boolean lenient;

  @Option(names = "--quiet", description = "no progress line")
  boolean quiet;

  @Option(names = "--debug", description = "print stack traces of failures")
  boolean debug;

  /** Report formats. */
  enum Format { text, json }

  /** Languages. */
  enum Lang {
    zh(Locale.SIMPLIFIED_CHINESE),
    en(Locale.ENGLISH);

    final Locale locale;

    Lang(Locale locale) {
      this.locale = locale;
    }
  }

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
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      err.println(MessageFormat.format(messages.getString("validate.noFile"), file));
      return Jiceng.USAGE;
    }
    Progress progress = new Progress(err, !quiet && System.console() != null, messages);
    Checking checking = new Checking();
    try {
      DatasetReader reader = lenient ? DatasetReader.lenient() : DatasetReader.strict();
      ReadSummary s = reader.forEachCommunity(file, subtree -> {
        checking.add(subtree);
        progress.tick(checking.communities);
      });
      progress.done();
      if (!s.getProblems().isEmpty()) {
        s.getProblems().forEach(err::println);
        err.println(MessageFormat.format(messages.getString("validate.problems"), name, s.getProblems().size()));
        return Jiceng.USAGE;
      }
      ComplianceReport report = checking.finish(file);
      write(report);
      return failOn.threshold != null && report.hasFindingsAtLeast(failOn.threshold) ? Jiceng.FINDINGS : Jiceng.OK;
    } catch (ProfileOptions.UsageException e) {
      progress.done();
      err.println(e.getMessage());
      return Jiceng.USAGE;
    } catch (DatasetFormatException e) {
      progress.done();
      for (DatasetProblem p : e.getProblems()) {
        err.println(p);
      }
      debug(err, e);
      return Jiceng.USAGE;
    } catch (UncheckedIOException e) {
      progress.done();
      err.println(MessageFormat.format(messages.getString("validate.unreadable"), file, e.getCause().getMessage()));
      debug(err, e);
      return Jiceng.USAGE;
    }
  }

  /** The engine, made when the first community shows which profile the data names. */
  private final class Checking {
    private ComplianceEngine.Run run;
    private int communities;

    void add(CommunitySubtree subtree) {
      if (run == null) {
        StandardsProfile p = profile.resolve(subtree.getProfile());
        run = ComplianceEngine.of(p).start(subtree.getCounty());
      }
      run.add(CommunityScope.of(subtree.getJurisdiction(), subtree.getCommunity().getId(), subtree.getLocations()));
      communities++;
    }

    ComplianceReport finish(Path file) {
      if (run == null) {
        // No community at all: the county alone, read whole (it is small by definition).
        var d = DatasetReader.strict().read(file);
        StandardsProfile p = profile.resolve(d.getProfile());
        return ComplianceEngine.of(p).check(d.getJurisdiction().orElseThrow());
      }
      return run.finish();
    }
  }

  private void write(ComplianceReport report) {
    String text;
    if (format == Format.json) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      ReportWriter.write(report, lang.locale, buffer);
      text = buffer.toString(StandardCharsets.UTF_8);
    } else {
      text = ReportText.render(report, lang.locale);
    }
    if (output != null) {
      try {
        Files.writeString(output, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
  }

  private void debug(PrintWriter err, Exception e) {
    if (debug) {
      e.printStackTrace(err);
    }
  }

  /** A progress line on a terminal's stderr, once a check has run for more than a second. */
  private static final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final ResourceBundle messages;
    private final long start = System.nanoTime();
    private long last;
    private boolean shown;

    Progress(PrintWriter err, boolean enabled, ResourceBundle messages) {
      this.err = err;
      this.enabled = enabled;
      this.messages = messages;
    }

    void tick(int communities) {
      if (!enabled) {
        return;
      }
      long now = System.nanoTime();
      if (now - start > 1_000_000_000L && now - last > 250_000_000L) {
        last = now;
        shown = true;
        err.print("\r" + MessageFormat.format(messages.getString("validate.progress"), communities));
        err.flush();
      }
    }

    void done() {
      if (shown) {
        err.println();
        shown = false;
      }
    }
  }
}
