package org.jiceng.governance.rules.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demand figures counted one by one on a small board whose rates all differ, so that each
 * rate, its weight in the score and each percentile is checked on its own; and each unit's
 * year-end record.
 */
class DemandMetricsTest {
  static final Instant T = Instant.parse("2024-03-01T02:00:00Z");
  static final Duration H = Duration.ofHours(1);

  static Demand demand(String id, Instant at) {
    return Demand.builder().id(id).community("c1").grid("g1").category("general").source(DemandSource.HOTLINE)
        .size(DemandSize.LARGE).submittedAt(at).build();
  }

  /**
   * Seven demands submitted at T (d7 a day later, outside the period): d4 only submitted, d5
   * rejected, d6 admitted and never answered; d1 claimed by u1 after 1 h, resolved, satisfied; d2
   * assigned after exactly 12 h (the response target of jianping) with a deadline it misses,
   * unsatisfied; d3 claimed by u1 after 13 h, resolved, unsatisfied; d8 claimed by u2 after 20 h,
   * resolved, not rated.
   */
  static DemandBoard board() {
    DemandBoard b = DemandBoard.empty();
    for (String id : List.of("d1", "d2", "d3", "d4", "d5", "d6", "d8")) {
      b = b.apply(DemandEvent.Submitted.of("s-" + id, demand(id, T)));
      if (!id.equals("d4") && !id.equals("d5")) {
        b = b.apply(DemandEvent.Admitted.of("a-" + id, id, T, DemandLevel.COMMUNITY));
      }
    }
    return b.apply(DemandEvent.Submitted.of("s-d7", demand("d7", T.plus(Duration.ofDays(1)))))
        .apply(DemandEvent.Admitted.of("a-d7", "d7", T.plus(Duration.ofDays(1)), DemandLevel.COMMUNITY))
        .apply(DemandEvent.Rejected.of("x-d5", "d5", T.plus(H), "not ours"))
        .apply(DemandEvent.Claimed.of("c-d1", "d1", T.plus(H), "u1"))
        .apply(DemandEvent.Resolved.of("r-d1", "d1", T.plus(H.multipliedBy(2))))
        .apply(DemandEvent.Rated.of("q-d1", "d1", T.plus(H.multipliedBy(3)), Rating.SATISFIED))
        .apply(DemandEvent.Assigned.of("g-d2", "d2", T.plus(H.multipliedBy(12)), "housing", T.plus(H.multipliedBy(24))))
        .apply(DemandEvent.Resolved.of("r-d2", "d2", T.plus(H.multipliedBy(48))))
        .apply(DemandEvent.Rated.of("q-d2", "d2", T.plus(H.multipliedBy(49)), Rating.UNSATISFIED))
        .apply(DemandEvent.Claimed.of("c-d3", "d3", T.plus(H.multipliedBy(13)), "u1"))
        .apply(DemandEvent.Resolved.of("r-d3", "d3", T.plus(H.multipliedBy(14))))
        .apply(DemandEvent.Rated.of("q-d3", "d3", T.plus(H.multipliedBy(15)), Rating.UNSATISFIED))
        .apply(DemandEvent.Claimed.of("c-d8", "d8", T.plus(H.multipliedBy(20)), "u2"))
        .apply(DemandEvent.Resolved.of("r-d8", "d8", T.plus(H.multipliedBy(21))));
  }

  @Test
  void of_countsEachRateOverItsOwnDemands() {
    DemandMetrics m = DemandMetrics.of(board(), DemandPolicy.jianping(), T, T.plus(Duration.ofDays(1)), s -> true);

    assertThat(m.getDemands()).isEqualTo(7);
    assertThat(m.getAdmitted()).isEqualTo(5);
    assertThat(m.getClaimRate()).isEqualTo(0.6);
    assertThat(m.getCompletionRate()).isEqualTo(0.8);
    assertThat(m.getOnTimeRate()).isEqualTo(0.75);
    assertThat(m.getResponseRate()).isEqualTo(0.4);
    assertThat(m.getSatisfactionRate()).isEqualTo(0.3333);
    // 100 × (0.30 × 0.4 + 0.35 × 0.8 + 0.35 × 0.3333)
    assertThat(m.getScore()).isCloseTo(51.6655, within(1e-3));
    // First responses after 1, 12, 13 and 20 hours.
    assertThat(m.getResponseP50Hours()).isEqualTo(12.0);
    assertThat(m.getResponseP90Hours()).isEqualTo(20.0);
    assertThat(m).hasToString("DemandMetrics{demands=7, admitted=5, claimRate=0.6, completionRate=0.8, onTimeRate=0.75, responseRate=0.4, "
        + "satisfactionRate=0.3333, responseP50Hours=12.0, responseP90Hours=20.0, score=" + m.getScore() + "}");
  }

  @Test
  void of_filterAndPeriodChooseTheDemands() {
    DemandMetrics later = DemandMetrics.of(board(), DemandPolicy.jianping(), T.plus(Duration.ofDays(1)), T.plus(Duration.ofDays(2)), s -> true);
    DemandMetrics one = DemandMetrics.of(board(), DemandPolicy.jianping(), T, T.plus(Duration.ofDays(1)),
        s -> s.getDemand().getId().equals("d1"));

    assertThat(later.getDemands()).isEqualTo(1);
    assertThat(later.getAdmitted()).isEqualTo(1);
    assertThat(later.getCompletionRate()).isZero();
    assertThat(later.getOnTimeRate()).isZero();
    assertThat(later.getResponseP50Hours()).isZero();
    assertThat(later.getScore()).isZero();
    assertThat(one.getScore()).isEqualTo(100.0);
    assertThat(DemandMetrics.of(board(), DemandPolicy.jianping(), T, T, s -> true).getDemands()).isZero();
  }

  @Test
  void by_groupsAndSortsByGroup() {
    Map<String, DemandMetrics> byStatus = DemandMetrics.by(board(), DemandPolicy.jianping(), T, T.plus(Duration.ofDays(1)),
        s -> s.getStatus().name());

    assertThat(byStatus.keySet()).containsExactly("OPEN", "RATED", "REJECTED", "RESOLVED", "SUBMITTED");
    assertThat(byStatus.get("RATED").getDemands()).isEqualTo(3);
    assertThat(byStatus.get("OPEN").getDemands()).isEqualTo(1);
  }

  @Test
  void unitRecords_countWhatEachUnitHeldInThePeriod() {
    Map<String, DemandMetrics.UnitRecord> records = DemandMetrics.unitRecords(board(), T, T.plus(Duration.ofDays(1)));

    assertThat(records).containsExactly(Map.entry("u1", DemandMetrics.UnitRecord.of(2, 2, 0, 1, 1)),
        Map.entry("u2", DemandMetrics.UnitRecord.of(1, 1, 0, 0, 0)));
    assertThat(DemandMetrics.unitRecords(board(), T.plus(Duration.ofDays(1)), T.plus(Duration.ofDays(2)))).isEmpty();
    assertThat(records.get("u1")).hasToString("UnitRecord{claimed=2, done=2, late=0, satisfied=1, unsatisfied=1}");
  }

  @Test
  void unitRecords_countResolutionsAfterTheDeadlineAsLate() {
    DemandState late = DemandState.builder().demand(demand("d1", T)).status(DemandStatus.RESOLVED).level(DemandLevel.COMMUNITY)
        .unit("u1").deadline(T.plus(H)).firstResponseAt(T.plus(H)).resolvedAt(T.plus(H.multipliedBy(2))).reopened(0).build();
    DemandState onTime = DemandState.builder().demand(demand("d2", T)).status(DemandStatus.RESOLVED).level(DemandLevel.COMMUNITY)
        .unit("u1").deadline(T.plus(H)).firstResponseAt(T.plus(H)).resolvedAt(T.plus(H)).reopened(0).build();
    DemandState afterThePeriod = DemandState.builder().demand(demand("d3", T.plus(H))).status(DemandStatus.CLAIMED)
        .level(DemandLevel.COMMUNITY).unit("u1").firstResponseAt(T.plus(H)).reopened(0).build();
    DemandBoard b = DemandBoard.of(List.of(late, onTime, afterThePeriod), List.of());

    assertThat(DemandMetrics.unitRecords(b, T, T.plus(H))).containsExactly(Map.entry("u1", DemandMetrics.UnitRecord.of(2, 2, 1, 0, 0)));
  }

  @Test
  void serviceLevels_countAdmittedDemandsResolvedWithinEachDurationInclusive() {
    DemandBoard b = board();
    // jianou's targets: within 1, 2 and 3 days. Resolved after 2 h (d1), 48 h exactly (d2), 14 h (d3), 21 h (d8); d6 not yet.
    List<DemandMetrics.ServiceLevel> levels = DemandMetrics.serviceLevels(b, DemandPolicy.jianou(), T, T.plus(Duration.ofDays(1)));

    assertThat(levels).extracting(DemandMetrics.ServiceLevel::getWithin)
        .containsExactly(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(3));
    assertThat(levels).extracting(DemandMetrics.ServiceLevel::getAchieved).containsExactly(0.6, 0.8, 0.8);
    assertThat(levels).extracting(DemandMetrics.ServiceLevel::isMet).containsExactly(true, true, false);
    assertThat(levels.get(0)).hasToString("ServiceLevel{within=PT24H, target=0.5, achieved=0.6}");
  }
}
