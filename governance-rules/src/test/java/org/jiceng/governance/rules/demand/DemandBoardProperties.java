package org.jiceng.governance.rules.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Random event sequences, legal and illegal, against the board's guarantees. */
class DemandBoardProperties {
  static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

  record Step(int kind, int demand, int repeat) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 999))
        .as(Step::new).list().ofMaxSize(80);
  }

  static DemandEvent event(Step s, int i, List<DemandEvent> earlier) {
    return event(s, i, i, earlier);
  }

  static DemandEvent event(Step s, int i, int hour, List<DemandEvent> earlier) {
    String d = "d" + s.demand();
    Instant at = T.plusSeconds(3600L * hour);
    String id = "e" + i;
    switch (s.kind()) {
      case 0: return DemandEvent.Submitted.of(id, Demand.builder().id(d).community("c" + s.demand() % 2).grid("g")
          .category(s.repeat() % 2 == 0 ? "a" : "b").source(DemandSource.RESIDENT_ORDER).size(DemandSize.LARGE)
          .submittedAt(at).build());
      case 1: return DemandEvent.Admitted.of(id, d, at, DemandLevel.COMMUNITY);
      case 2: return DemandEvent.Claimed.of(id, d, at, "u" + s.repeat() % 3);
      case 3: return DemandEvent.Escalated.of(id, d, at, DemandLevel.STREET);
      case 4: return DemandEvent.Assigned.of(id, d, at, "dept", at.plusSeconds(86_400L * (s.repeat() % 10)));
      case 5: return DemandEvent.WhistleBlown.of(id, d, at);
      case 6: return DemandEvent.DepartmentReported.of(id, d, at, "dept");
      case 7: return DemandEvent.Resolved.of(id, d, at);
      case 8: return DemandEvent.Rated.of(id, d, at, Rating.values()[s.repeat() % 3]);
      case 9: return DemandEvent.Reopened.of(id, d, at, "again");
      case 10: return DemandEvent.Withdrawn.of(id, d, at);
      case 11: return DemandEvent.Rejected.of(id, d, at, "not admitted");
      default: return earlier.isEmpty() ? DemandEvent.Withdrawn.of(id, d, at) : earlier.get(s.repeat() % earlier.size());
    }
  }

  @Property(tries = 500)
  void folding_isPureIdempotentAndEveryDemandHasOneState(@ForAll("steps") List<Step> steps) {
    DemandBoard board = DemandBoard.empty();
    List<DemandEvent> accepted = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      DemandEvent e = event(steps.get(i), i, accepted);
      try {
        DemandBoard next = board.apply(e);
        if (board.hasApplied(e.getId())) {
          assertThat(next).isSameAs(board);
          Statistics.label("outcome").collect("repeat");
        } else {
          accepted.add(e);
          Statistics.label("outcome").collect("applied");
        }
        assertThat(next.apply(e)).as("applying an event twice changes nothing").isEqualTo(next);
        board = next;
      } catch (DemandTransitionException refused) {
        Statistics.label("outcome").collect("refused");
      }
    }
    // Replaying any prefix twice gives the same board.
    int cut = accepted.size() / 2;
    assertThat(DemandBoard.replay(accepted.subList(0, cut))).isEqualTo(DemandBoard.replay(accepted.subList(0, cut)));
    assertThat(DemandBoard.replay(accepted)).isEqualTo(board);
    // The fast replay equals the one-by-one fold, repeats included.
    List<DemandEvent> withRepeats = new ArrayList<>(accepted);
    withRepeats.addAll(accepted.subList(0, cut));
    DemandBoard oneByOne = DemandBoard.empty();
    for (DemandEvent e : withRepeats) {
      oneByOne = oneByOne.apply(e);
    }
    assertThat(DemandBoard.replay(withRepeats)).isEqualTo(oneByOne);
    // Each demand is in exactly one state: the counts per state add up to the demands.
    Map<DemandStatus, Integer> counts = new EnumMap<>(DemandStatus.class);
    board.all().forEach(s -> counts.merge(s.getStatus(), 1, Integer::sum));
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(board.size());
    // Metrics add up across groups.
    DemandMetrics all = DemandMetrics.of(board, DemandPolicy.jiayuguan(), T, Instant.MAX, s -> true);
    long byCategory = DemandMetrics.by(board, DemandPolicy.jiayuguan(), T, Instant.MAX, s -> s.getDemand().getCategory())
        .values().stream().mapToLong(DemandMetrics::getDemands).sum();
    assertThat(byCategory).isEqualTo(all.getDemands()).isEqualTo(board.size());
    Statistics.label("outcome").coverage(c -> {
      c.check("applied").count(n -> n > 0);
      c.check("refused").count(n -> n > 0);
    });
  }

  /**
   * Events at random instants, in and out of order, never give a negative duration: before issue
   * 14 a claim before its demand's submission was folded and gave a negative response time.
   */
  @Property(tries = 300)
  void outOfOrderEvents_neverGiveNegativeDurations(@ForAll("steps") List<Step> steps,
      @ForAll("offsets") List<Integer> hours) {
    DemandBoard board = DemandBoard.empty();
    List<DemandEvent> accepted = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      DemandEvent e = event(steps.get(i), i, hours.get(i % hours.size()), accepted);
      try {
        board = board.apply(e);
        accepted.add(e);
        Statistics.label("outcome").collect("applied");
      } catch (DemandTransitionException refused) {
        Statistics.label("outcome").collect(refused.getMessage().contains("time order") ? "out of order" : "refused");
      }
    }
    for (DemandState s : board.all()) {
      Instant submitted = s.getDemand().getSubmittedAt();
      s.getFirstResponseAt().ifPresent(at -> assertThat(at).isAfterOrEqualTo(submitted));
      s.getResolvedAt().ifPresent(at -> assertThat(at).isAfterOrEqualTo(submitted));
    }
    DemandMetrics m = DemandMetrics.of(board, DemandPolicy.jiayuguan(), Instant.EPOCH, Instant.MAX, s -> true);
    assertThat(m.getResponseP50Hours()).isNotNegative();
    assertThat(m.getResponseP90Hours()).isNotNegative();
    assertThat(DemandBoard.replay(accepted)).isEqualTo(board);
    Statistics.label("outcome").coverage(c -> c.check("out of order").count(n -> n > 0));
  }

  @Provide
  Arbitrary<List<Integer>> offsets() {
    return Arbitraries.integers().between(0, 40).list().ofMinSize(1).ofMaxSize(80);
  }
}
