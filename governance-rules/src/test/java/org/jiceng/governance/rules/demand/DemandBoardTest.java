package org.jiceng.governance.rules.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DemandBoardTest {
  static final Instant T = Instant.parse("2024-03-01T02:00:00Z");
  static final Demand D = Demand.builder().id("d1").community("c1").grid("g1").category("elderly-care")
      .source(DemandSource.RESIDENT_ORDER).size(DemandSize.LARGE).submittedAt(T).build();

  static DemandBoard open() {
    return DemandBoard.empty()
        .apply(DemandEvent.Submitted.of("e1", D))
        .apply(DemandEvent.Admitted.of("e2", "d1", T, DemandLevel.COMMUNITY));
  }

  @Test
  void claimResolveRate_happyPath() {
    DemandBoard b = open()
        .apply(DemandEvent.Claimed.of("e3", "d1", T.plusSeconds(3600), "unit-1"))
        .apply(DemandEvent.Resolved.of("e4", "d1", T.plusSeconds(7200)))
        .apply(DemandEvent.Rated.of("e5", "d1", T.plusSeconds(9000), Rating.SATISFIED, 5));
    DemandState s = b.get("d1").orElseThrow();
    assertThat(s.getStatus()).isEqualTo(DemandStatus.RATED);
    assertThat(s.getUnit()).contains("unit-1");
    assertThat(s.getFirstResponseAt()).contains(T.plusSeconds(3600));
    assertThat(s.isOnTime()).isTrue();
  }

  @Test
  void apply_returnsANewBoardAndLeavesTheOldOneAsItWas() {
    DemandBoard before = open();
    DemandBoard after = before.apply(DemandEvent.Claimed.of("e3", "d1", T.plusSeconds(120), "u"));
    assertThat(before.get("d1").orElseThrow().getStatus()).isEqualTo(DemandStatus.OPEN);
    assertThat(after.get("d1").orElseThrow().getStatus()).isEqualTo(DemandStatus.CLAIMED);
  }

  @Test
  void apply_ignoresAnEventIdAppliedBefore() {
    DemandBoard b = open();
    assertThat(b.apply(DemandEvent.Admitted.of("e2", "d1", T, DemandLevel.COMMUNITY))).isSameAs(b);
  }

  @Test
  void whistleAndReport_path() {
    DemandBoard b = open()
        .apply(DemandEvent.WhistleBlown.of("e3", "d1", T.plusSeconds(60)))
        .apply(DemandEvent.Assigned.of("e4", "d1", T.plusSeconds(120), "housing-bureau", T.plusSeconds(86_400 * 7)))
        .apply(DemandEvent.DepartmentReported.of("e5", "d1", T.plusSeconds(3600), "housing-bureau"))
        .apply(DemandEvent.Resolved.of("e6", "d1", T.plusSeconds(86_400 * 8)));
    DemandState s = b.get("d1").orElseThrow();
    assertThat(s.getLevel()).isEqualTo(DemandLevel.DEPARTMENT);
    assertThat(s.isOnTime()).isFalse();
  }

  @Test
  void escalation_goesUpOnly() {
    DemandBoard b = open().apply(DemandEvent.Escalated.of("e3", "d1", T, DemandLevel.STREET));
    assertThat(b.get("d1").orElseThrow().getLevel()).isEqualTo(DemandLevel.STREET);
    assertThatThrownBy(() -> b.apply(DemandEvent.Escalated.of("e4", "d1", T, DemandLevel.COMMUNITY)))
        .isInstanceOf(DemandTransitionException.class).hasMessageContaining("escalation goes up");
  }

  @Test
  void illegalTransitions_areRefusedPrecisely() {
    DemandBoard resolved = open().apply(DemandEvent.Resolved.of("e3", "d1", T));
    assertThatThrownBy(() -> resolved.apply(DemandEvent.Claimed.of("e4", "d1", T, "u")))
        .isInstanceOfSatisfying(DemandTransitionException.class, e -> assertThat(e.getEvent().getId()).isEqualTo("e4"))
        .hasMessageContaining("the demand is RESOLVED; this event needs it OPEN");
    assertThatThrownBy(() -> open().apply(DemandEvent.Rated.of("e4", "d1", T, Rating.SATISFIED)))
        .hasMessageContaining("the demand is OPEN");
    assertThatThrownBy(() -> DemandBoard.empty().apply(DemandEvent.Resolved.of("e4", "nope", T)))
        .hasMessageContaining("no such demand");
    assertThatThrownBy(() -> open().apply(DemandEvent.Submitted.of("e9", D))).hasMessageContaining("submitted before");
    assertThatThrownBy(() -> open().apply(DemandEvent.Assigned.of("e9", "d1", T, "x", T.minusSeconds(1))))
        .hasMessageContaining("deadline");
    DemandBoard withdrawn = open().apply(DemandEvent.Withdrawn.of("e3", "d1", T));
    assertThatThrownBy(() -> withdrawn.apply(DemandEvent.Reopened.of("e4", "d1", T, "again")))
        .isInstanceOf(DemandTransitionException.class);
  }

  @Test
  void reopen_opensAgainAtItsLevel() {
    DemandBoard b = open().apply(DemandEvent.Resolved.of("e3", "d1", T))
        .apply(DemandEvent.Rated.of("e4", "d1", T, Rating.UNSATISFIED))
        .apply(DemandEvent.Reopened.of("e5", "d1", T, "not fixed"));
    assertThat(b.get("d1").orElseThrow().getStatus()).isEqualTo(DemandStatus.OPEN);
    assertThat(b.get("d1").orElseThrow().getReopened()).isEqualTo(1);
  }

  @Test
  void meeting_claimsByMatchingAndEscalatesTheRest() {
    DemandBoard b = open()
        .apply(DemandEvent.Submitted.of("e3", Demand.builder().id("d2").community("c1").grid("g1")
            .category("elderly-care").source(DemandSource.HOTLINE).size(DemandSize.LARGE).submittedAt(T).build()))
        .apply(DemandEvent.Admitted.of("e4", "d2", T, DemandLevel.COMMUNITY));
    List<Resource> resources = List.of(Resource.of("u-small", "elderly-care", 1), Resource.of("u-big", "elderly-care", 1),
        Resource.of("u-other", "child-care", 9));
    assertThat(JointMeeting.candidates(b, resources, "d1", T, ZoneId.of("Asia/Shanghai"))).containsExactly("u-big", "u-small");
    List<DemandEvent> events = JointMeeting.holdCommunity(b, DemandPolicy.jiayuguan(), List.of(Resource.of("u", "elderly-care", 1)),
        "c1", T.plusSeconds(86_400), ZoneId.of("Asia/Shanghai"), "m1");
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isInstanceOf(DemandEvent.Claimed.class);
    assertThat(events.get(1)).isInstanceOf(DemandEvent.Escalated.class);
  }

  @Test
  void metrics_weightTheRates() {
    DemandBoard b = open().apply(DemandEvent.Claimed.of("e3", "d1", T.plusSeconds(3600), "u"))
        .apply(DemandEvent.Resolved.of("e4", "d1", T.plusSeconds(7200)))
        .apply(DemandEvent.Rated.of("e5", "d1", T.plusSeconds(9000), Rating.BASICALLY_SATISFIED));
    DemandMetrics m = DemandMetrics.of(b, DemandPolicy.jianping(), T, T.plusSeconds(86_400), s -> true);
    assertThat(m.getClaimRate()).isEqualTo(1.0);
    assertThat(m.getCompletionRate()).isEqualTo(1.0);
    assertThat(m.getResponseRate()).isEqualTo(1.0);
    assertThat(m.getSatisfactionRate()).isEqualTo(1.0);
    assertThat(m.getScore()).isEqualTo(100.0);
    assertThat(m.getResponseP50Hours()).isEqualTo(1.0);
    assertThat(DemandMetrics.unitRecords(b, T, T.plusSeconds(86_400))).containsEntry("u", DemandMetrics.UnitRecord.of(1, 1, 0, 1, 0));
  }

  @Test
  void serviceLevels_measureJianousTargets() {
    DemandBoard b = DemandBoard.empty();
    for (int i = 0; i < 4; i++) {
      Demand d = Demand.builder().id("d" + i).community("c").grid("g").category("general").source(DemandSource.HOTLINE)
          .size(DemandSize.SMALL).submittedAt(T).build();
      b = b.apply(DemandEvent.Submitted.of("s" + i, d)).apply(DemandEvent.Admitted.of("a" + i, d.getId(), T, DemandLevel.GRID))
          .apply(DemandEvent.Resolved.of("r" + i, d.getId(), T.plus(java.time.Duration.ofHours(10L + 24L * i))));
    }
    var levels = DemandMetrics.serviceLevels(b, DemandPolicy.jianou(), T, T.plusSeconds(60));
    assertThat(levels).extracting(DemandMetrics.ServiceLevel::getAchieved).containsExactly(0.25, 0.5, 0.75);
    assertThat(levels).extracting(DemandMetrics.ServiceLevel::isMet).containsExactly(false, false, false);
  }

  @Test
  void toString_summarisesTheBoard() {
    assertThat(DemandBoard.empty()).hasToString("DemandBoard{demands=0, appliedEvents=0}");
    assertThat(open()).hasToString("DemandBoard{demands=1, appliedEvents=2}");
  }
}
