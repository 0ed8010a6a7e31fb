package org.jiceng.governance.rules.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiceng.governance.rules.demand.DemandMetricsTest.demand;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The demand module's small values: their checks at the edges (weights, meeting months,
 * capacities), statuses and levels, the ids a refusal shows, and how every event and value prints.
 */
class DemandValuesTest {
  static final Instant T = Instant.parse("2024-03-01T02:00:00Z");

  @Test
  void isSettled_onlyForRejectedResolvedRatedAndWithdrawn() {
    EnumSet<DemandStatus> settled = EnumSet.of(DemandStatus.REJECTED, DemandStatus.RESOLVED, DemandStatus.RATED, DemandStatus.WITHDRAWN);
    for (DemandStatus s : DemandStatus.values()) {
      assertThat(s.isSettled()).as("%s", s).isEqualTo(settled.contains(s));
    }
  }

  @Test
  void next_isTheLevelAboveUntilTheDepartment() {
    assertThat(DemandLevel.GRID.next()).contains(DemandLevel.COMMUNITY);
    assertThat(DemandLevel.COMMUNITY.next()).contains(DemandLevel.STREET);
    assertThat(DemandLevel.STREET.next()).contains(DemandLevel.DEPARTMENT);
    assertThat(DemandLevel.DEPARTMENT.next()).isEmpty();
  }

  @Test
  void weights_acceptZeroAndRefuseNegativeOnesOrASumOtherThanOne() {
    assertThatCode(() -> DemandPolicy.Weights.of(0, 0, 1)).doesNotThrowAnyException();
    assertThatCode(() -> DemandPolicy.Weights.of(1, 0, 0)).doesNotThrowAnyException();
    assertThatCode(() -> DemandPolicy.Weights.of(0, 1, 0)).doesNotThrowAnyException();
    assertThatThrownBy(() -> DemandPolicy.Weights.of(-0.5, 1, 0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Weights must be >= 0 and sum to 1, found -0.5, 1.0, 0.5");
    assertThatThrownBy(() -> DemandPolicy.Weights.of(1, -0.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemandPolicy.Weights.of(1, 0.5, -0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemandPolicy.Weights.of(0.3, 0.3, 0.3)).isInstanceOf(IllegalArgumentException.class);
    assertThat(DemandPolicy.Weights.of(0.3, 0.35, 0.35)).hasToString("Weights{response=0.3, resolution=0.35, satisfaction=0.35}");
  }

  @Test
  void policy_meetsEveryOneToTwelveMonths() {
    assertThat(DemandPolicy.jianou().withCommunityMeetingMonths(12).getCommunityMeetingMonths()).isEqualTo(12);
    assertThat(DemandPolicy.jianou().withCommunityMeetingMonths(1).getCommunityMeetingMonths()).isEqualTo(1);
    assertThatThrownBy(() -> DemandPolicy.jianou().withCommunityMeetingMonths(13)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Community meetings every 1-12 months, found 13");
    assertThatThrownBy(() -> DemandPolicy.jianou().withCommunityMeetingMonths(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Community meetings every 1-12 months, found 0");
    assertThat(DemandPolicy.jianou().toString()).startsWith("DemandPolicy{id=fujian-jianou-demands, source=seed 001 (福建建瓯市)")
        .contains("communityMeetingMonths=1, departmentDeadline=PT168H");
  }

  @Test
  void resource_capacityFromZero() {
    assertThat(Resource.of("u", "general", 0)).hasToString("Resource{unitId=u, category=general, capacityPerQuarter=0}");
    assertThatThrownBy(() -> Resource.of("u", "general", -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Capacity must be >= 0, found -1");
  }

  @Test
  void isOnTime_resolvedByTheDeadlineInclusive() {
    ImmutableDemandState byDeadline = DemandState.builder().demand(demand("d1", T)).status(DemandStatus.RESOLVED)
        .level(DemandLevel.DEPARTMENT).deadline(T.plusSeconds(60)).resolvedAt(T.plusSeconds(60)).reopened(0).build().copy();

    assertThat(byDeadline.isOnTime()).isTrue();
    assertThat(byDeadline.withResolvedAt(T.plusSeconds(61)).isOnTime()).isFalse();
    assertThat(byDeadline.withResolvedAt(java.util.Optional.empty()).isOnTime()).isFalse();
    assertThat(byDeadline.withDeadline(java.util.Optional.empty()).withResolvedAt(T.plusSeconds(999)).isOnTime()).isTrue();
  }

  @Test
  void refusal_showsIdsUpToTheMaximumInFullAndLongerOnesCutAtFortyCharacters() {
    String max = "e".repeat(DemandBoard.MAX_ID_LENGTH);
    String longer = "x".repeat(39) + "😀" + "y".repeat(300);

    assertThat(DemandTransitionException.shown(max)).isEqualTo(max);
    assertThat(DemandTransitionException.shown(max + "e")).isEqualTo("e".repeat(40) + "…");
    assertThat(DemandTransitionException.shown(longer)).isEqualTo("x".repeat(39) + "…");
    assertThat(DemandTransitionException.shown("x".repeat(38) + "😀" + "y".repeat(300))).isEqualTo("x".repeat(38) + "😀…");
  }

  @Test
  void toString_ofEveryEventNamesItsParts() {
    Demand d = demand("d1", T);
    assertThat(d).hasToString("Demand{id=d1, community=c1, grid=g1, category=general, source=HOTLINE, size=LARGE, submittedAt=" + T + "}");
    assertThat(DemandEvent.Submitted.of("e", d)).hasToString("Submitted{id=e, demand=" + d + "}");
    assertThat(DemandEvent.Admitted.of("e", "d1", T, DemandLevel.GRID)).hasToString("Admitted{id=e, demandId=d1, at=" + T + ", level=GRID}");
    assertThat(DemandEvent.Rejected.of("e", "d1", T, "why")).hasToString("Rejected{id=e, demandId=d1, at=" + T + ", reason=why}");
    assertThat(DemandEvent.Claimed.of("e", "d1", T, "u")).hasToString("Claimed{id=e, demandId=d1, at=" + T + ", unitId=u}");
    assertThat(DemandEvent.Escalated.of("e", "d1", T, DemandLevel.STREET)).hasToString("Escalated{id=e, demandId=d1, at=" + T + ", to=STREET}");
    assertThat(DemandEvent.Assigned.of("e", "d1", T, "dept", T.plus(Duration.ofDays(1))))
        .hasToString("Assigned{id=e, demandId=d1, at=" + T + ", department=dept, deadline=" + T.plus(Duration.ofDays(1)) + "}");
    assertThat(DemandEvent.WhistleBlown.of("e", "d1", T)).hasToString("WhistleBlown{id=e, demandId=d1, at=" + T + "}");
    assertThat(DemandEvent.DepartmentReported.of("e", "d1", T, "dept"))
        .hasToString("DepartmentReported{id=e, demandId=d1, at=" + T + ", department=dept}");
    assertThat(DemandEvent.Resolved.of("e", "d1", T)).hasToString("Resolved{id=e, demandId=d1, at=" + T + "}");
    assertThat(DemandEvent.Rated.of("e", "d1", T, Rating.SATISFIED, 90))
        .hasToString("Rated{id=e, demandId=d1, at=" + T + ", rating=SATISFIED, score=90}");
    assertThat(DemandEvent.Reopened.of("e", "d1", T, "again")).hasToString("Reopened{id=e, demandId=d1, at=" + T + ", reason=again}");
    assertThat(DemandEvent.Withdrawn.of("e", "d1", T)).hasToString("Withdrawn{id=e, demandId=d1, at=" + T + "}");
    assertThat(DemandState.builder().demand(d).status(DemandStatus.OPEN).level(DemandLevel.GRID).unit("u").reopened(1).build())
        .hasToString("DemandState{demand=" + d + ", status=OPEN, level=GRID, unit=u, reopened=1}");
  }

  @Test
  void outcome_printsItsFigures() {
    DemandSimulation.Outcome out = DemandSimulation.run(DemandSimulationRulesTest.scenario(1), 7, 1);

    assertThat(out.toString()).startsWith("Outcome{events=[Submitted{id=e-submit-d").contains("metrics=DemandMetrics{demands=")
        .contains("settledAtCommunity=" + out.getSettledAtCommunity());
  }
}
