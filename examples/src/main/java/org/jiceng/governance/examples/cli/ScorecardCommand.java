package org.jiceng.governance.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.jiceng.governance.core.Localizable;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.examples.report.HtmlReports;
import org.jiceng.governance.examples.report.TextReports;
import org.jiceng.governance.json.Dataset;
import org.jiceng.governance.json.DemandEventsFormat;
import org.jiceng.governance.json.LedgerOperationsFormat;
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
@Command(name = "scorecard")
final class ScorecardCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE")
  Path file;

  @Option(names = "--demands", paramLabel = "EVENTS", descriptionKey = "scorecard.demands")
  Path demands;

  @Option(names = "--visits", paramLabel = "EVENTS", descriptionKey = "scorecard.visits")
  Path visits;

  @Option(names = "--ledger", paramLabel = "OPS", descriptionKey = "scorecard.ledger")
  Path ledger;

  @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "scorecard.as-of")
  LocalDate asOf;

  @Option(names = "--since", paramLabel = "DATE", descriptionKey = "scorecard.since")
  LocalDate since;

  @Mixin ProfileOptions profile;

  @Mixin ReportOptions report;

  @Mixin LanguageOption language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ResourceBundle messages = language.messages();
    try {
      Dataset d = ReportOptions.dataset(file, language.locale(), messages, err);
      Jurisdiction j = ReportOptions.jurisdiction(d);
      StandardsProfile p = profile.resolve(d.getProfile().orElse(null), language.locale(), messages, err);
      if (!ScorecardPolicy.isDefinedBy(p)) {
        err.println(MessageFormat.format(messages.getString("scorecard.noScorecard"), p.getId(), String.join(", ",
            BuiltInProfiles.all().stream().filter(ScorecardPolicy::isDefinedBy).map(StandardsProfile::getId).toArray(String[]::new))));
        return Jiceng.USAGE;
      }
      ScorecardPolicy policy;
      try {
        policy = ScorecardPolicy.from(p);
      } catch (IllegalArgumentException e) {
        err.println("jiceng: " + Localizable.messageOf(e, language.locale()));
        return Jiceng.USAGE;
      }
      Optional<DemandBoard> board = optional(demands, (in, source) -> DemandBoard.replay(DemandEventsFormat.read(in, source, language.locale())), messages, err);
      Optional<VisitLog> log = optional(visits, (in, source) -> VisitsFormat.read(in, source, language.locale()), messages, err);
      Optional<VisitPlan> plan = log.map(l -> VisitsCommand.plan(j, l, VisitPolicy.from(p), since, asOf, messages, err));
      if (plan.isPresent() && !plan.get().getUnknownHouseholds().isEmpty()) {
        err.println(VisitsCommand.unknownHouseholds(visits, plan.get(), messages));
        return Jiceng.USAGE;
      }
      Optional<Ledger> book = optional(ledger, (in, source) -> LedgerOperationsFormat.read(in, source, language.locale()), messages, err);
      ScorecardFigures.Inputs in = ScorecardFigures.Inputs.of(j);
      in = board.map(in::withDemands).orElse(in);
      in = plan.map(in::withVisits).orElse(in);
      in = book.map(in::withLedger).orElse(in);
      Scorecard card = Scorecard.of(policy, ScorecardFigures.measure(in));
      Map<String, Boolean> inputs = new LinkedHashMap<>();
      inputs.put("demands", board.isPresent());
      inputs.put("visits", plan.isPresent());
      inputs.put("ledger", book.isPresent());
      report.emit(out, err, messages, w -> {
        switch (report.format) {
          case json: w.write(ScorecardFormat.write(card, j.getRoot().getId(), j.getRoot().getName(), inputs)); break;
          case html: HtmlReports.scorecard(card, j.getRoot().getName(), inputs, language.locale(), w); break;
          default: w.write(TextReports.scorecard(card, language.locale()));
        }
      });
      List<Scorecard.CommunityCard> cards = card.getCommunities();
      return cards.stream().anyMatch(c -> c.getGrade().filter(g -> g == Grade.FAIL).isPresent()) ? Jiceng.FINDINGS : Jiceng.OK;
    } catch (CliFiles.BadInput e) {
      return Jiceng.USAGE;
    } catch (ProfileOptions.UsageException e) {
      err.println(e.getMessage());
      return Jiceng.USAGE;
    }
  }

  /** An input that may be left out: read through {@link CliFiles} when given. */
  private static <T> Optional<T> optional(Path file, CliFiles.InputReader<T> reader, ResourceBundle messages, PrintWriter err) {
    return file == null ? Optional.empty() : Optional.of(CliFiles.read(file, reader, messages, err));
  }
}
