package org.jiceng.governance.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.examples.report.HtmlReports;
import org.jiceng.governance.examples.report.TextReports;
import org.jiceng.governance.json.Dataset;
import org.jiceng.governance.json.DemandEventsFormat;
import org.jiceng.governance.json.ScorecardFormat;
import org.jiceng.governance.json.VisitsFormat;
import org.jiceng.governance.rules.demand.DemandBoard;
import org.jiceng.governance.rules.ledger.Ledger;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.jiceng.governance.rules.scorecard.Grade;
import org.jiceng.governance.rules.scorecard.Scorecard;
import org.jiceng.governance.rules.scorecard.ScorecardFigures;
import org.jiceng.governance.rules.scorecard.ScorecardPolicy;
import org.jiceng.governance.rules.visit.VisitLog;
import org.jiceng.governance.rules.visit.VisitPlan;
import org.jiceng.governance.rules.visit.VisitPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jiceng scorecard FILE [--profile ID] [--demands EVENTS] [--ledger OPS] [--visits EVENTS]
 * [--as-of DATE] [--since DATE] [--format text|json|html] [--lang zh|en] [--output FILE]}: the 五有
 * scorecard per community. Exit 0, 1 when a community grades 不合格 (fail), 2 on bad input or a
 * profile that defines no scorecard.
 */
@Command(name = "scorecard", mixinStandardHelpOptions = true, description = "The 五有 scorecard of each community: five marks, total and grade.")
final class ScorecardCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the dataset file")
  Path file;

  @Option(names = "--demands", paramLabel = "EVENTS", description = "a jiceng.demand-events/1 file (completion and satisfaction rates)")
  Path demands;

  @Option(names = "--visits", paramLabel = "EVENTS", description = "a jiceng.visits/1 file (visit coverage, disputes settled)")
  Path visits;

  @Option(names = "--ledger", paramLabel = "OPS", description = "a jiceng.ledger-operations/1 file (points participation)")
  Path ledger;

  @Option(names = "--as-of", paramLabel = "DATE", description = "the day visits are planned at (see 'jiceng visits')")
  LocalDate asOf;

  @Option(names = "--since", paramLabel = "DATE", description = "the day the dataset's care tags begin to oblige visits")
  LocalDate since;

  @Mixin ProfileOptions profile;

  @Mixin ReportOptions report;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Dataset d = ReportOptions.dataset(file, err);
      Jurisdiction j = ReportOptions.jurisdiction(d);
      StandardsProfile p = profile.resolve(d.getProfile());
      if (!ScorecardPolicy.isDefinedBy(p)) {
        err.println("jiceng: profile '" + p.getId() + "' defines no scorecard; profiles that do: " + String.join(", ",
            BuiltInProfiles.all().stream().filter(ScorecardPolicy::isDefinedBy).map(StandardsProfile::getId).toArray(String[]::new))
            + " (or give a --profile-file with the scorecard.* parameters)");
        return Jiceng.USAGE;
      }
      ScorecardPolicy policy;
      try {
        policy = ScorecardPolicy.from(p);
      } catch (IllegalArgumentException e) {
        err.println("jiceng: " + e.getMessage());
        return Jiceng.USAGE;
      }
      Optional<DemandBoard> board = ReportOptions.input(demands, err, f -> DemandBoard.replay(DemandEventsFormat.read(f)));
      Optional<VisitLog> log = ReportOptions.input(visits, err, VisitsFormat::read);
      Optional<VisitPlan> plan = log.map(l -> VisitsCommand.plan(j, l, VisitPolicy.from(p), since, asOf, err));
      if (plan.isPresent() && !plan.get().unknownHouseholds().isEmpty()) {
        err.println("jiceng: " + visits + ": events name households the dataset does not have: "
            + DisplayText.of(String.join(", ", plan.get().unknownHouseholds())));
        return Jiceng.USAGE;
      }
      Optional<Ledger> book = ReportOptions.input(ledger, err, org.jiceng.governance.json.LedgerOperationsFormat::read);
      ScorecardFigures.Inputs in = ScorecardFigures.Inputs.of(j);
      in = board.map(in::withDemands).orElse(in);
      in = plan.map(in::withVisits).orElse(in);
      in = book.map(in::withLedger).orElse(in);
      Scorecard card = Scorecard.of(policy, ScorecardFigures.measure(in));
      Map<String, Boolean> inputs = new LinkedHashMap<>();
      inputs.put("demands", board.isPresent());
      inputs.put("visits", plan.isPresent());
      inputs.put("ledger", book.isPresent());
      report.emit(out, err, w -> {
        switch (report.format) {
          case json: w.write(ScorecardFormat.write(card, j.getRoot().getId(), j.getRoot().getName(), inputs)); break;
          case html: HtmlReports.scorecard(card, j.getRoot().getName(), inputs, report.lang.locale, w); break;
          default: w.write(TextReports.scorecard(card, report.lang.locale));
        }
      });
      List<Scorecard.CommunityCard> cards = card.communities();
      return cards.stream().anyMatch(c -> c.grade().filter(g -> g == Grade.FAIL).isPresent()) ? Jiceng.FINDINGS : Jiceng.OK;
    } catch (ReportOptions.BadInput e) {
      return Jiceng.USAGE;
    } catch (ProfileOptions.UsageException e) {
      err.println(e.getMessage());
      return Jiceng.USAGE;
    }
  }
}
