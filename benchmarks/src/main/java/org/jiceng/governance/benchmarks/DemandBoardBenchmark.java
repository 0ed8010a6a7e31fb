package org.jiceng.governance.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.jiceng.governance.rules.demand.Demand;
import org.jiceng.governance.rules.demand.DemandBoard;
import org.jiceng.governance.rules.demand.DemandEvent;
import org.jiceng.governance.rules.demand.DemandLevel;
import org.jiceng.governance.rules.demand.DemandSize;
import org.jiceng.governance.rules.demand.DemandSource;
import org.jiceng.governance.rules.demand.Rating;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Demand events folded per second on one core: 20,000 demands, each submitted, admitted, claimed,
 * resolved and rated (100,000 events), folded into an empty board per invocation, by {@code
 * DemandBoard.replay} ({@code fold}) and by applying them one by one to persistent boards
 * ({@code applyOneByOne}).
 *
 * <p>Run: {@code ./mvnw -B -q package -DskipTests -pl benchmarks -am && java -jar benchmarks/target/benchmarks.jar DemandBoardBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DemandBoardBenchmark {
  private static final int DEMANDS = 20_000;
  private static final int EVENTS = DEMANDS * 5;
  private List<DemandEvent> events;

  /** Builds the events once. */
  @Setup
  public void setUp() {
    events = new ArrayList<>(EVENTS);
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < DEMANDS; i++) {
      String d = "d" + i;
      Instant at = t.plusSeconds(i);
      events.add(DemandEvent.Submitted.of("s" + i, Demand.builder().id(d).community("c" + i % 16).grid("g" + i % 200)
          .category("cat" + i % 7).source(DemandSource.RESIDENT_ORDER).size(DemandSize.LARGE).submittedAt(at).build()));
      events.add(DemandEvent.Admitted.of("a" + i, d, at, DemandLevel.COMMUNITY));
      events.add(DemandEvent.Claimed.of("c" + i, d, at, "unit" + i % 50));
      events.add(DemandEvent.Resolved.of("r" + i, d, at.plusSeconds(3600)));
      events.add(DemandEvent.Rated.of("t" + i, d, at.plusSeconds(7200), Rating.SATISFIED));
    }
  }

  /**
   * Folds every event into an empty board.
   *
   * @return the board
   */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public DemandBoard fold() {
    return DemandBoard.replay(events);
  }

  /**
   * Applies every event one by one, each apply returning a new persistent board.
   *
   * @return the board
   */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public DemandBoard applyOneByOne() {
    DemandBoard b = DemandBoard.empty();
    for (DemandEvent e : events) {
      b = b.apply(e);
    }
    return b;
  }
}
