package org.jiceng.governance.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.Callable;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.examples.report.HtmlReports;
import org.jiceng.governance.examples.report.TextReports;
import org.jiceng.governance.json.Dataset;
import org.jiceng.governance.json.VisitPlanFormat;
import org.jiceng.governance.json.VisitsFormat;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.jiceng.governance.rules.visit.VisitEvent;
import org.jiceng.governance.rules.visit.VisitLog;
import org.jiceng.governance.rules.visit.VisitPlan;
import org.jiceng.governance.rules.visit.VisitPlanner;
import org.jiceng.governance.rules.visit.VisitPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jiceng visits FILE --visits EVENTS [--as-of DATE] [--since DATE] [--due-within DAYS] [--profile ID]
 * [--format text|json|html] [--lang zh|en] [--output FILE] [--names-in-full]}: the care visits
 * (七个必访) due, overdue and their coverage. Exit 0 when nothing is overdue, 1 when a visit is,
 * 2 on bad input.
 */
@Command(name = "visits", mixinStandardHelpOptions = true, description = "Care visits (七个必访): obligations due, overdue, and coverage per grid and community.")
final class VisitsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the dataset file (households with care tags)")
  java.nio.file.Path file;

  @Option(names = "--visits", paramLabel = "EVENTS", required = true, description = "a jiceng.visits/1 event file")
  java.nio.file.Path visits;

  @Option(names = "--as-of", paramLabel = "DATE", description = "the day to plan at (default: the dataset's asOf, else the last event's day)")
  LocalDate asOf;

  @Option(names = "--since", paramLabel = "DATE",
      description = "the day the dataset's tags begin to oblige visits (default: the first event's day, else the plan's day)")
  LocalDate since;

  @Option(names = "--due-within", paramLabel = "DAYS", defaultValue = "7",
      description = "list the visits falling due within DAYS of the plan's day (default: ${DEFAULT-VALUE})")
  int dueWithin;

  @Option(names = "--names-in-full", description = "print household names unmasked (personal data; masked by default)")
  boolean namesInFull;

  @Mixin ProfileOptions profile;

  @Mixin ReportOptions report;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (dueWithin < 0 || dueWithin > 366) {
      err.println("jiceng: --due-within must be between 0 and 366, found " + dueWithin);
      return Jiceng.USAGE;
    }
    try {
      Dataset d = ReportOptions.dataset(file, err);
      Jurisdiction j = ReportOptions.jurisdiction(d);
      StandardsProfile p = profile.resolve(d.getProfile());
      VisitLog log = ReportOptions.input(visits, err, VisitsFormat::read).orElseThrow();
      VisitPlan plan = plan(j, log, VisitPolicy.from(p), since, asOf, err);
      if (!plan.unknownHouseholds().isEmpty()) {
        err.println("jiceng: " + visits + ": events name households the dataset does not have: " + DisplayText.of(String.join(", ", plan.unknownHouseholds())));
        return Jiceng.USAGE;
      }
      report.emit(out, err, w -> {
        switch (report.format) {
          case json: w.write(VisitPlanFormat.write(plan, namesInFull)); break;
          case html: HtmlReports.visits(plan, j.getRoot().getName(), namesInFull, dueWithin, report.lang.locale, w); break;
          default: w.write(TextReports.visits(plan, namesInFull, dueWithin, report.lang.locale));
        }
      });
      return plan.overdue().isEmpty() ? Jiceng.OK : Jiceng.FINDINGS;
    } catch (ReportOptions.BadInput e) {
      return Jiceng.USAGE;
    } catch (ProfileOptions.UsageException e) {
      err.println(e.getMessage());
      return Jiceng.USAGE;
    }
  }

  /**
   * Plans with the command-line defaults for the dates.
   *
   * @throws ReportOptions.BadInput after reporting dates that do not fit
   */
  static VisitPlan plan(Jurisdiction j, VisitLog log, VisitPolicy policy, LocalDate since, LocalDate asOf, PrintWriter err) {
    LocalDate at = asOf != null ? asOf : j.getAsOf().orElseGet(() -> log.events().stream().map(VisitEvent::on)
        .max(Comparator.naturalOrder()).orElse(null));
    if (at == null) {
      err.println("jiceng: give --as-of: neither the dataset nor the visit events have a date");
      throw new ReportOptions.BadInput();
    }
    LocalDate from = since != null ? since : log.events().stream().map(VisitEvent::on).min(Comparator.naturalOrder())
        .filter(first -> !first.isAfter(at)).orElse(at);
    if (from.isAfter(at)) {
      err.println("jiceng: --since " + from + " is after the plan's day " + at);
      throw new ReportOptions.BadInput();
    }
    return VisitPlanner.plan(j, log, policy, from, at);
  }
}
