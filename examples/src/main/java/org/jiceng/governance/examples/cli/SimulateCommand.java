package org.jiceng.governance.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jiceng.governance.core.Localizable;
import org.jiceng.governance.json.DemandMetricsFormat;
import org.jiceng.governance.json.DemandScenarioFormat;
import org.jiceng.governance.json.PointsScenarioFormat;
import org.jiceng.governance.json.PointsSummaryFormat;
import org.jiceng.governance.rules.demand.DemandSimulation;
import org.jiceng.governance.rules.ledger.PointsScenario;
import org.jiceng.governance.rules.ledger.PointsSimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code jiceng simulate …}: seeded simulations for researchers. */
@Command(name = "simulate", subcommands = {SimulateCommand.Points.class, SimulateCommand.Demands.class})
final class SimulateCommand implements Runnable {
  @Spec CommandSpec spec;

  @Mixin LanguageOption language;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), language.messages().getString("simulate.required"));
  }

  /** {@code --seed}, {@code --format} and {@code --lang}, shared by the simulations. */
  static final class Options {
    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", descriptionKey = "simulate.seed")
    long seed;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "format")
    ReportOptions.Format format;

    @Mixin LanguageOption language;

    /** A line of the text summary, in the chosen language. */
    String line(String key, Object... args) {
      return new MessageFormat(language.messages().getString(key), language.locale()).format(args);
    }
  }

  /**
   * Loads a scenario file ({@code -}: standard input), or the default when none is given; reports
   * a bad file on stderr.
   *
   * @return the scenario, or null after reporting a problem (exit 2)
   */
  static <T> T load(Path file, Options options, PrintWriter err, Supplier<T> fallback, CliFiles.InputReader<T> read) {
    if (file == null) {
      return fallback.get();
    }
    try {
      return CliFiles.read(file, read, options.language.messages(), err);
    } catch (CliFiles.BadInput e) {
      return null;
    }
  }

  /**
   * {@code jiceng simulate demands [--scenario FILE] [--seed N] [--quarters N] [--format text|json]}:
   * a street's demand list; without a scenario file, the Jiayuguan-shaped default.
   */
  @Command(name = "demands")
  static final class Demands implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", descriptionKey = "simulate.demands.scenario")
    Path scenario;

    @Mixin Options options;

    @Option(names = "--quarters", paramLabel = "N", defaultValue = "4", descriptionKey = "simulate.quarters")
    int quarters;


    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (quarters < 1 || quarters > 80) {
        err.println(options.line("simulate.quartersRange", String.valueOf(quarters)));
        return Jiceng.USAGE;
      }
      DemandSimulation.Scenario s = load(scenario, options, err, DemandSimulation::jiayuguan,
          (in, source) -> DemandScenarioFormat.read(in, source, options.language.locale()));
      if (s == null) {
        return Jiceng.USAGE;
      }
      var outcome = DemandSimulation.run(s, options.seed, quarters);
      if (options.format == ReportOptions.Format.json) {
        out.print(DemandMetricsFormat.writeToString(outcome, s.getPolicy().getId(), options.seed, quarters));
      } else {
        // Figures are printed as Java prints them (String.valueOf), the same in both languages.
        var m = outcome.getMetrics();
        out.println(options.line("simulate.demands.head", s.getPolicy().getId(), String.valueOf(options.seed), String.valueOf(quarters),
            String.valueOf(s.getPolicy().getCommunityMeetingMonths())));
        out.println(options.line("simulate.demands.counts", String.valueOf(m.getDemands()), String.valueOf(outcome.getSettledAtCommunity()),
            String.valueOf(outcome.getEscalatedToStreet())));
        out.println(options.line("simulate.demands.rates", String.valueOf(m.getClaimRate()), String.valueOf(m.getCompletionRate()),
            String.valueOf(m.getOnTimeRate()), String.valueOf(m.getSatisfactionRate()), String.valueOf(m.getScore())));
        outcome.getByCategory().forEach((k, v) -> out.println(options.line("simulate.demands.category", k, String.valueOf(v.getDemands()),
            String.valueOf(v.getCompletionRate()))));
      }
      out.flush();
      return Jiceng.OK;
    }
  }

  /**
   * {@code jiceng simulate points [--scenario FILE] [--seed N] [--months N] [--format text|json]}:
   * a community's points economy; without a scenario file, the Jianping-shaped default.
   */
  @Command(name = "points")
  static final class Points implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", descriptionKey = "simulate.points.scenario")
    Path scenario;

    @Mixin Options options;

    @Option(names = "--months", paramLabel = "N", defaultValue = "24", descriptionKey = "simulate.months")
    int months;


    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (months < 1 || months > 600) {
        err.println(options.line("simulate.monthsRange", String.valueOf(months)));
        return Jiceng.USAGE;
      }
      PointsScenario s = load(scenario, options, err, PointsScenario::jianping,
          (in, source) -> PointsScenarioFormat.read(in, source, options.language.locale()));
      if (s == null) {
        return Jiceng.USAGE;
      }
      PointsSimulation.Summary summary;
      try {
        summary = PointsSimulation.run(s, options.seed, months).getSummary();
      } catch (IllegalArgumentException e) {
        err.println("jiceng: " + Localizable.messageOf(e, options.language.locale()));
        return Jiceng.USAGE;
      }
      if (options.format == ReportOptions.Format.json) {
        out.print(PointsSummaryFormat.writeToString(summary));
      } else {
        var t = summary.getTotals();
        out.println(options.line("simulate.points.head", summary.getPolicy(), String.valueOf(summary.getSeed()), String.valueOf(summary.getMonths())));
        out.println(options.line("simulate.points.accounts", String.valueOf(t.getAccounts()), String.valueOf(summary.getActiveAccounts()),
            String.valueOf(t.getPostings()), String.valueOf(summary.getRefused())));
        out.println(options.line("simulate.points.flows", String.valueOf(t.getIssued()), String.valueOf(t.getRedeemed()), String.valueOf(t.getExpired()),
            String.valueOf(t.getDonated()), String.valueOf(t.getOutstanding())));
        out.println(options.line("simulate.points.share", String.valueOf(summary.getTopEarnersShare()),
            options.line(t.conservationHolds() ? "simulate.points.holds" : "simulate.points.broken")));
      }
      out.flush();
      return Jiceng.OK;
    }
  }
}
