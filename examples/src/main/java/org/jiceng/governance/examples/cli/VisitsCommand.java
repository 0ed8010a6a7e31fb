package org.jiceng.governance.examples.cli;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.ResourceBundle;
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
@Command(name = "visits")
final class VisitsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "visits.FILE")
  java.nio.file.Path file;

  @Option(names = "--visits", paramLabel = "EVENTS", required = true, descriptionKey = "visits.visits")
  java.nio.file.Path visits;

  @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "visits.as-of")
  LocalDate asOf;

  @Option(names = "--since", paramLabel = "DATE", descriptionKey = "visits.since")
  LocalDate since;

  @Option(names = "--due-within", paramLabel = "DAYS", defaultValue = "7", descriptionKey = "visits.due-within")
  int dueWithin;

  @Option(names = "--names-in-full", descriptionKey = "names-in-full")
  boolean namesInFull;

  @Mixin ProfileOptions profile;

  @Mixin ReportOptions report;

  @Mixin LanguageOption language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ResourceBundle messages = language.messages();
    if (dueWithin < 0 || dueWithin > 366) {
      err.println(MessageFormat.format(messages.getString("visits.dueWithin"), String.valueOf(dueWithin)));
      return Jiceng.USAGE;
    }
    try {
      Dataset d = ReportOptions.dataset(file, language.locale(), messages, err);
      Jurisdiction j = ReportOptions.jurisdiction(d);
      StandardsProfile p = profile.resolve(d.getProfile().orElse(null), language.locale(), messages, err);
      VisitLog log = CliFiles.read(visits, (in, source) -> VisitsFormat.read(in, source, language.locale()), messages, err);
      VisitPlan plan = plan(j, log, VisitPolicy.from(p), since, asOf, messages, err);
      if (!plan.unknownHouseholds().isEmpty()) {
        err.println(unknownHouseholds(visits, plan, messages));
        return Jiceng.USAGE;
      }
      report.emit(out, err, messages, w -> {
        switch (report.format) {
          case json: w.write(VisitPlanFormat.write(plan, namesInFull)); break;
          case html: HtmlReports.visits(plan, j.getRoot().getName(), namesInFull, dueWithin, language.locale(), w); break;
          default: w.write(TextReports.visits(plan, namesInFull, dueWithin, language.locale()));
        }
      });
      return plan.overdue().isEmpty() ? Jiceng.OK : Jiceng.FINDINGS;
    } catch (CliFiles.BadInput e) {
      return Jiceng.USAGE;
    } catch (ProfileOptions.UsageException e) {
      err.println(e.getMessage());
      return Jiceng.USAGE;
    }
  }

  /**
   * Plans with the command-line defaults for the dates.
   *
   * @throws CliFiles.BadInput after reporting dates that do not fit
   */
  static VisitPlan plan(Jurisdiction j, VisitLog log, VisitPolicy policy, LocalDate since, LocalDate asOf, ResourceBundle messages,
      PrintWriter err) {
    LocalDate at = asOf != null ? asOf : j.getAsOf().orElseGet(() -> log.events().stream().map(VisitEvent::on)
        .max(Comparator.naturalOrder()).orElse(null));
    if (at == null) {
      err.println(messages.getString("visits.noDate"));
      throw new CliFiles.BadInput();
    }
    LocalDate from = since != null ? since : log.events().stream().map(VisitEvent::on).min(Comparator.naturalOrder())
        .filter(first -> !first.isAfter(at)).orElse(at);
    if (from.isAfter(at)) {
      err.println(MessageFormat.format(messages.getString("visits.sinceAfter"), from.toString(), at.toString()));
      throw new CliFiles.BadInput();
    }
    return VisitPlanner.plan(j, log, policy, from, at);
  }

  /** The message for visit events that name households the dataset does not have. */
  static String unknownHouseholds(java.nio.file.Path visits, VisitPlan plan, ResourceBundle messages) {
    return MessageFormat.format(messages.getString("visits.unknownHouseholds"), CliFiles.isStandard(visits) ? CliFiles.STDIN : visits,
        DisplayText.of(String.join(", ", plan.unknownHouseholds())));
  }
}
