package org.jiceng.governance.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jiceng.governance.json.FormatException;
import org.jiceng.governance.json.PointsScenarioFormat;
import org.jiceng.governance.json.PointsSummaryFormat;
import org.jiceng.governance.rules.ledger.PointsScenario;
import org.jiceng.governance.rules.ledger.PointsSimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code jiceng simulate …}: seeded simulations for researchers. */
@Command(name = "simulate", description = "Run seeded simulations.", subcommands = {SimulateCommand.Points.class, SimulateCommand.Demands.class})
final class SimulateCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a simulation is required: points or demands");
  }

  /** {@code --seed} and {@code --format}, shared by the simulations. */
  static final class Options {
    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "the seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "output format (default: ${DEFAULT-VALUE})")
    ReportOptions.Format format;
  }

  /**
   * Loads a scenario file, or the default when none is given; reports a bad file on stderr.
   *
   * @return the scenario, or null after reporting a problem (exit 2)
   */
  static <T> T load(Path file, PrintWriter err, java.util.function.Supplier<T> fallback, java.util.function.Function<Path, T> read) {
    if (file == null) {
      return fallback.get();
    }
    if (!Files.isRegularFile(file)) {
      err.println("jiceng: no such file: " + file);
      return null;
    }
    try {
      return read.apply(file);
    } catch (FormatException e) {
      e.getProblems().forEach(err::println);
    } catch (UncheckedIOException e) {
      err.println("jiceng: cannot read " + file + ": " + e.getCause().getMessage());
    }
    return null;
  }

  /**
   * {@code jiceng simulate demands [--scenario FILE] [--seed N] [--quarters N] [--format text|json]}:
   * a street's demand list; without a scenario file, the Jiayuguan-shaped default.
   */
  @Command(name = "demands", description = "Simulate demand lists, claims and joint meetings, and print the metrics.")
  static final class Demands implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "a jiceng.demand-scenario/1 file (default: the Jiayuguan scenario)")
    Path scenario;

    @picocli.CommandLine.Mixin Options options;

    @Option(names = "--quarters", paramLabel = "N", defaultValue = "4", description = "quarters to simulate, 1-80 (default: ${DEFAULT-VALUE})")
    int quarters;


    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (quarters < 1 || quarters > 80) {
        err.println("jiceng: --quarters must be between 1 and 80, found " + quarters);
        return Jiceng.USAGE;
      }
      org.jiceng.governance.rules.demand.DemandSimulation.Scenario s = load(scenario, err,
          org.jiceng.governance.rules.demand.DemandSimulation::jiayuguan, org.jiceng.governance.json.DemandScenarioFormat::read);
      if (s == null) {
        return Jiceng.USAGE;
      }
      var outcome = org.jiceng.governance.rules.demand.DemandSimulation.run(s, options.seed, quarters);
      if (options.format == ReportOptions.Format.json) {
        out.print(org.jiceng.governance.json.DemandMetricsFormat.writeToString(outcome, s.policy().id(), options.seed, quarters));
      } else {
        var m = outcome.metrics();
        out.println("policy " + s.policy().id() + ", seed " + options.seed + ", " + quarters + " quarters, community meetings every "
            + s.policy().communityMeetingMonths() + " month(s)");
        out.println("demands " + m.demands() + ", settled at community level " + outcome.settledAtCommunity() + ", escalated to street "
            + outcome.escalatedToStreet());
        out.println("claim rate " + m.claimRate() + ", completion rate " + m.completionRate() + ", on-time rate " + m.onTimeRate()
            + ", satisfaction rate " + m.satisfactionRate() + ", score " + m.score());
        outcome.byCategory().forEach((k, v) -> out.println("  " + k + ": demands " + v.demands() + ", completion " + v.completionRate()));
      }
      out.flush();
      return Jiceng.OK;
    }
  }

  /**
   * {@code jiceng simulate points [--scenario FILE] [--seed N] [--months N] [--format text|json]}:
   * a community's points economy; without a scenario file, the Jianping-shaped default.
   */
  @Command(name = "points", description = "Simulate a points bank (积分银行) and print its figures.")
  static final class Points implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "a jiceng.points-scenario/1 file (default: the Jianping scenario)")
    Path scenario;

    @picocli.CommandLine.Mixin Options options;

    @Option(names = "--months", paramLabel = "N", defaultValue = "24", description = "months to simulate, 1-600 (default: ${DEFAULT-VALUE})")
    int months;


    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (months < 1 || months > 600) {
        err.println("jiceng: --months must be between 1 and 600, found " + months);
        return Jiceng.USAGE;
      }
      PointsScenario s = load(scenario, err, PointsScenario::jianping, PointsScenarioFormat::read);
      if (s == null) {
        return Jiceng.USAGE;
      }
      PointsSimulation.Summary summary;
      try {
        summary = PointsSimulation.run(s, options.seed, months).summary();
      } catch (IllegalArgumentException e) {
        err.println("jiceng: " + e.getMessage());
        return Jiceng.USAGE;
      }
      if (options.format == ReportOptions.Format.json) {
        out.print(PointsSummaryFormat.writeToString(summary));
      } else {
        var t = summary.totals();
        out.println("policy " + summary.policy() + ", seed " + summary.seed() + ", " + summary.months() + " months");
        out.println("accounts " + t.accounts() + " (active " + summary.activeAccounts() + "), postings " + t.postings() + ", refused " + summary.refused());
        out.println("issued " + t.issued() + ", redeemed " + t.redeemed() + ", expired " + t.expired() + ", donated " + t.donated()
            + ", outstanding " + t.outstanding());
        out.println("top tenth of earners' share " + summary.topEarnersShare() + ", conservation " + (t.conservationHolds() ? "holds" : "BROKEN"));
      }
      out.flush();
      return Jiceng.OK;
    }
  }
}
