package org.jiceng.governance.rules.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiceng.governance.rules.demand.DemandMetricsTest.demand;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a board knows of itself whichever way it was made (replayed, applied one by one, rebuilt
 * from stored states): sizes, applied ids, equality; the rebuilt board's checks; escalations and
 * reports at their edges; and the joint meetings' choices (best unit, the community's own demands,
 * the street meeting).
 */
class DemandBoardStateTest {
  static final Instant T = Instant.parse("2024-03-01T02:00:00Z");
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static DemandState submitted(String id) {
    return DemandState.builder().demand(demand(id, T)).status(DemandStatus.SUBMITTED).level(DemandLevel.GRID).reopened(0).build();
  }

  @Test
  void boards_madeAnyWayKnowTheirSizeAndAppliedIds() {
    List<DemandEvent> events = List.of(DemandEvent.Submitted.of("e1", demand("d1", T)), DemandEvent.Submitted.of("e2", demand("d2", T)),
        DemandEvent.Admitted.of("e3", "d1", T, DemandLevel.COMMUNITY));
    DemandBoard replayed = DemandBoard.replay(events);
    DemandBoard applied = DemandBoard.empty();
    for (DemandEvent e : events) {
      applied = applied.apply(e);
    }
    DemandBoard rebuilt = DemandBoard.of(replayed.all(), replayed.appliedEventIds());
    DemandBoard grown = rebuilt.apply(DemandEvent.Submitted.of("e4", demand("d3", T)))
        .apply(DemandEvent.Claimed.of("e5", "d1", T.plusSeconds(60), "u"));

    assertThat(replayed.size()).isEqualTo(2);
    assertThat(applied.size()).isEqualTo(2);
    assertThat(rebuilt.size()).isEqualTo(2);
    assertThat(grown.size()).isEqualTo(3);
    assertThat(DemandBoard.empty().size()).isZero();
    assertThat(replayed.appliedEventIds()).containsExactlyInAnyOrder("e1", "e2", "e3");
    assertThat(grown.appliedEventIds()).containsExactlyInAnyOrder("e1", "e2", "e3", "e4", "e5");
    assertThat(replayed.hasApplied("e3")).isTrue();
    assertThat(applied.hasApplied("e3")).isTrue();
    assertThat(rebuilt.hasApplied("e3")).isTrue();
    assertThat(grown.hasApplied("e5")).isTrue();
    assertThat(grown.hasApplied("e6")).isFalse();
    assertThat(replayed).isEqualTo(applied).isEqualTo(rebuilt).hasSameHashCodeAs(applied).hasSameHashCodeAs(rebuilt);
    assertThat(grown).isNotEqualTo(rebuilt);
    assertThat(replayed).isNotEqualTo(DemandBoard.of(replayed.all(), List.of("e1", "e2"))).isNotEqualTo("a board");
  }

  @Test
  void of_refusesTwoStatesOfOneDemand() {
    assertThatThrownBy(() -> DemandBoard.of(List.of(submitted("d1"), submitted("d2"), submitted("d1")), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Two states for demand 'd1'");
  }

  @Test
  void of_refusesAResponseOrAResolutionBeforeTheSubmission() {
    DemandState answered = submitted("d1").copy().withStatus(DemandStatus.CLAIMED).withLevel(DemandLevel.COMMUNITY)
        .withUnit("u").withFirstResponseAt(T.minusSeconds(1));
    DemandState resolved = submitted("d1").copy().withStatus(DemandStatus.RESOLVED).withLevel(DemandLevel.COMMUNITY)
        .withFirstResponseAt(T).withResolvedAt(T.minusSeconds(1));

    assertThatThrownBy(() -> DemandBoard.of(List.of(answered), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Demand 'd1' was responded to or resolved before it was submitted at " + T);
    assertThatThrownBy(() -> DemandBoard.of(List.of(resolved), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Demand 'd1' was responded to or resolved before it was submitted at " + T);
    assertThat(DemandBoard.of(List.of(((ImmutableDemandState) resolved).withResolvedAt(T)), List.of()).size()).isEqualTo(1);
  }

  @Test
  void escalation_toTheSameLevelIsRefused() {
    DemandBoard b = DemandBoard.replay(List.of(DemandEvent.Submitted.of("e1", demand("d1", T)),
        DemandEvent.Admitted.of("e2", "d1", T, DemandLevel.STREET)));

    assertThatThrownBy(() -> b.apply(DemandEvent.Escalated.of("e3", "d1", T, DemandLevel.STREET)))
        .isInstanceOf(DemandTransitionException.class).hasMessageContaining("escalation goes up; the demand is at STREET, asked STREET");
    assertThat(b.apply(DemandEvent.Escalated.of("e3", "d1", T, DemandLevel.DEPARTMENT)).get("d1").orElseThrow().getLevel())
        .isEqualTo(DemandLevel.DEPARTMENT);
  }

  @Test
  void report_byAnotherDepartmentIsRefused() {
    DemandBoard b = DemandBoard.replay(List.of(DemandEvent.Submitted.of("e1", demand("d1", T)),
        DemandEvent.Admitted.of("e2", "d1", T, DemandLevel.COMMUNITY),
        DemandEvent.Assigned.of("e3", "d1", T, "housing", T.plus(Duration.ofDays(1)))));

    assertThatThrownBy(() -> b.apply(DemandEvent.DepartmentReported.of("e4", "d1", T, "water")))
        .isInstanceOf(DemandTransitionException.class).hasMessageContaining("assigned to housing, reported by water");
    assertThat(b.apply(DemandEvent.DepartmentReported.of("e4", "d1", T, "housing")).get("d1").orElseThrow().getStatus())
        .isEqualTo(DemandStatus.IN_PROGRESS);
  }

  @Test
  void candidates_mostCapacityLeftFirstThenByUnit() {
    DemandBoard b = DemandBoard.replay(List.of(DemandEvent.Submitted.of("e1", demand("d1", T)),
        DemandEvent.Admitted.of("e2", "d1", T, DemandLevel.COMMUNITY)));
    List<Resource> resources = List.of(Resource.of("a-small", "general", 1), Resource.of("b-large", "general", 5),
        Resource.of("c-large", "general", 5), Resource.of("d-other", "elderly-care", 9), Resource.of("e-none", "general", 0));

    assertThat(JointMeeting.candidates(b, resources, "d1", T, ZONE)).containsExactly("b-large", "c-large", "a-small");
    assertThatThrownBy(() -> JointMeeting.candidates(b, resources, "d9", T, ZONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No demand 'd9'");
  }

  @Test
  void communityMeeting_takesItsOwnOpenDemandsInTheOrderSubmittedThenById() {
    Demand other = Demand.builder().id("d0").community("c2").grid("g9").category("general").source(DemandSource.HOTLINE)
        .size(DemandSize.LARGE).submittedAt(T).build();
    // "BB" and "Aa" share a hash code, so a hash map keeps them in the order applied: BB first.
    DemandBoard b = DemandBoard.replay(List.of(DemandEvent.Submitted.of("e1", demand("BB", T)), DemandEvent.Submitted.of("e2", demand("Aa", T)),
        DemandEvent.Submitted.of("e3", other), DemandEvent.Admitted.of("e4", "BB", T, DemandLevel.COMMUNITY),
        DemandEvent.Admitted.of("e5", "Aa", T, DemandLevel.COMMUNITY), DemandEvent.Admitted.of("e6", "d0", T, DemandLevel.COMMUNITY)));
    List<DemandEvent> events = JointMeeting.holdCommunity(b, DemandPolicy.jianou(), List.of(Resource.of("u", "general", 1)), "c1",
        T.plusSeconds(60), ZONE, "m");

    assertThat(events).containsExactly(DemandEvent.Claimed.of("m-0", "Aa", T.plusSeconds(60), "u"),
        DemandEvent.Escalated.of("m-1", "BB", T.plusSeconds(60), DemandLevel.STREET));
  }

  @Test
  void streetMeeting_claimsWhatFitsAndAssignsTheRestWithThePolicysDeadline() {
    Demand elderly = Demand.builder().id("d3").community("c2").grid("g9").category("elderly-care").source(DemandSource.HOTLINE)
        .size(DemandSize.LARGE).submittedAt(T).build();
    DemandBoard b = DemandBoard.replay(List.of(DemandEvent.Submitted.of("e1", demand("d1", T)), DemandEvent.Submitted.of("e2", elderly),
        DemandEvent.Admitted.of("e3", "d1", T, DemandLevel.STREET), DemandEvent.Admitted.of("e4", "d3", T, DemandLevel.STREET)));
    Instant at = T.plusSeconds(3600);
    List<DemandEvent> events = JointMeeting.holdStreet(b, DemandPolicy.jianou(), List.of(Resource.of("u", "general", 2)), at, ZONE, "s");

    assertThat(events).containsExactly(DemandEvent.Claimed.of("s-0", "d1", at, "u"),
        DemandEvent.Assigned.of("s-1", "d3", at, "department-elderly-care", at.plus(Duration.ofDays(7))));
  }

  @Test
  void meeting_countsClaimsOfTheSameQuarterOnlyAgainstCapacity() {
    DemandBoard b = DemandBoard.replay(List.of(DemandEvent.Submitted.of("e1", demand("d1", T)), DemandEvent.Submitted.of("e2", demand("d2", T)),
        DemandEvent.Admitted.of("e3", "d1", T, DemandLevel.COMMUNITY), DemandEvent.Admitted.of("e4", "d2", T, DemandLevel.COMMUNITY),
        DemandEvent.Claimed.of("e5", "d1", T, "u")));
    List<Resource> one = List.of(Resource.of("u", "general", 1));

    // T is 2024-03-01 (first quarter); the claim of d1 uses u's one place in it, not in the second quarter.
    assertThat(JointMeeting.candidates(b, one, "d2", T.plus(Duration.ofDays(10)), ZONE)).isEmpty();
    assertThat(JointMeeting.candidates(b, one, "d2", Instant.parse("2024-04-02T00:00:00Z"), ZONE)).containsExactly("u");
  }
}
