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
  static final Demand D = new Demand("d1", "c1", "g1", "elderly-care", DemandSource.RESIDENT_ORDER, DemandSize.LARGE, T);

  static DemandBoard open() {
    return DemandBoard.empty()
        .apply(new DemandEvent.Submitted("e1", D))
        .apply(new DemandEvent.Admitted("e2", "d1", T, DemandLevel.COMMUNITY));
  }

  @Test
  void claimResolveRate_happyPath() {
    DemandBoard b = open()
        .apply(new DemandEvent.Claimed("e3", "d1", T.plusSeconds(3600), "unit-1"))
        .apply(new DemandEvent.Resolved("e4", "d1", T.plusSeconds(7200)))
        .apply(new DemandEvent.Rated("e5", "d1", T.plusSeconds(9000), Rating.SATISFIED, OptionalInt.of(5)));
    DemandState s = b.get("d1").orElseThrow();
    assertThat(s.status()).isEqualTo(DemandStatus.RATED);
    assertThat(s.unit()).contains("unit-1");
    assertThat(s.firstResponseAt()).contains(T.plusSeconds(3600));
    assertThat(s.isOnTime()).isTrue();
  }

  @Test
  void apply_returnsANewBoardAndLeavesTheOldOneAsItWas() {
    DemandBoard before = open();
    DemandBoard after = before.apply(new DemandEvent.Claimed("e3", "d1", T.plusSeconds(120), "u"));
    assertThat(before.get("d1").orElseThrow().status()).isEqualTo(DemandStatus.OPEN);
    assertThat(after.get("d1").orElseThrow().status()).isEqualTo(DemandStatus.CLAIMED);
  }

  @Test
  void apply_ignoresAnEventIdAppliedBefore() {
    DemandBoard b = open();
    assertThat(b.apply(new DemandEvent.Admitted("e2", "d1", T, DemandLevel.COMMUNITY))).isSameAs(b);
  }

  @Test
  void whistleAndReport_path() {
    DemandBoard b = open()
        .apply(new DemandEvent.WhistleBlown("e3", "d1", T.plusSeconds(60)))
        .apply(new DemandEvent.Assigned("e4", "d1", T.plusSeconds(120), "housing-bureau", T.plusSeconds(86_400 * 7)))
        .apply(new DemandEvent.DepartmentReported("e5", "d1", T.plusSeconds(3600), "housing-bureau"))
        .apply(new DemandEvent.Resolved("e6", "d1", T.plusSeconds(86_400 * 8)));
    DemandState s = b.get("d1").orElseThrow();
    assertThat(s.level()).isEqualTo(DemandLevel.DEPARTMENT);
    assertThat(s.isOnTime()).isFalse();
  }

  @Test
  void escalation_goesUpOnly() {
    DemandBoard b = open().apply(new DemandEvent.Escalated("e3", "d1", T, DemandLevel.STREET));
    assertThat(b.get("d1").orElseThrow().level()).isEqualTo(DemandLevel.STREET);
    assertThatThrownBy(() -> b.apply(new DemandEvent.Escalated("e4", "d1", T, DemandLevel.COMMUNITY)))
        .isInstanceOf(DemandTransitionException.class).hasMessageContaining("escalation goes up");
  }

  @Test
  void illegalTransitions_areRefusedPrecisely() {
    DemandBoard resolved = open().apply(new DemandEvent.Resolved("e3", "d1", T));
    assertThatThrownBy(() -> resolved.apply(new DemandEvent.Claimed("e4", "d1", T, "u")))
        .isInstanceOfSatisfying(DemandTransitionException.class, e -> assertThat(e.getEvent().eventId()).isEqualTo("e4"))
        .hasMessageContaining("the demand is RESOLVED; this event needs it [OPEN]");
    assertThatThrownBy(() -> open().apply(new DemandEvent.Rated("e4", "d1", T, Rating.SATISFIED, OptionalInt.empty())))
        .hasMessageContaining("the demand is OPEN");
    assertThatThrownBy(() -> DemandBoard.empty().apply(new DemandEvent.Resolved("e4", "nope", T)))
        .hasMessageContaining("no such demand");
    assertThatThrownBy(() -> open().apply(new DemandEvent.Submitted("e9", D))).hasMessageContaining("submitted before");
    assertThatThrownBy(() -> open().apply(new DemandEvent.Assigned("e9", "d1", T, "x", T.minusSeconds(1))))
        .hasMessageContaining("deadline");
    DemandBoard withdrawn = open().apply(new DemandEvent.Withdrawn("e3", "d1", T));
    assertThatThrownBy(() -> withdrawn.apply(new DemandEvent.Reopened("e4", "d1", T, "again")))
        .isInstanceOf(DemandTransitionException.class);
  }

  @Test
  void reopen_opensAgainAtItsLevel() {
    DemandBoard b = open().apply(new DemandEvent.Resolved("e3", "d1", T))
        .apply(new DemandEvent.Rated("e4", "d1", T, Rating.UNSATISFIED, OptionalInt.empty()))
        .apply(new DemandEvent.Reopened("e5", "d1", T, "not fixed"));
    assertThat(b.get("d1").orElseThrow().status()).isEqualTo(DemandStatus.OPEN);
    assertThat(b.get("d1").orElseThrow().reopened()).isEqualTo(1);
  }

  @Test
  void meeting_claimsByMatchingAndEscalatesTheRest() {
    DemandBoard b = open()
        .apply(new DemandEvent.Submitted("e3", new Demand("d2", "c1", "g1", "elderly-care", DemandSource.HOTLINE, DemandSize.LARGE, T)))
        .apply(new DemandEvent.Admitted("e4", "d2", T, DemandLevel.COMMUNITY));
    List<Resource> resources = List.of(new Resource("u-small", "elderly-care", 1), new Resource("u-big", "elderly-care", 1),
        new Resource("u-other", "child-care", 9));
    assertThat(JointMeeting.candidates(b, resources, "d1", T, ZoneId.of("Asia/Shanghai"))).containsExactly("u-big", "u-small");
    List<DemandEvent> events = JointMeeting.holdCommunity(b, DemandPolicy.jiayuguan(), List.of(new Resource("u", "elderly-care", 1)),
        "c1", T.plusSeconds(86_400), ZoneId.of("Asia/Shanghai"), "m1");
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isInstanceOf(DemandEvent.Claimed.class);
    assertThat(events.get(1)).isInstanceOf(DemandEvent.Escalated.class);
  }

  @Test
  void metrics_weightTheRates() {
    DemandBoard b = open().apply(new DemandEvent.Claimed("e3", "d1", T.plusSeconds(3600), "u"))
        .apply(new DemandEvent.Resolved("e4", "d1", T.plusSeconds(7200)))
        .apply(new DemandEvent.Rated("e5", "d1", T.plusSeconds(9000), Rating.BASICALLY_SATISFIED, OptionalInt.empty()));
    DemandMetrics m = DemandMetrics.of(b, DemandPolicy.jianping(), T, T.plusSeconds(86_400), s -> true);
    assertThat(m.claimRate()).isEqualTo(1.0);
    assertThat(m.completionRate()).isEqualTo(1.0);
    assertThat(m.responseRate()).isEqualTo(1.0);
    assertThat(m.satisfactionRate()).isEqualTo(1.0);
    assertThat(m.score()).isEqualTo(100.0);
    assertThat(m.responseP50Hours()).isEqualTo(1.0);
    assertThat(DemandMetrics.unitRecords(b, T, T.plusSeconds(86_400))).containsEntry("u", new DemandMetrics.UnitRecord(1, 1, 0, 1, 0));
  }

  @Test
  void serviceLevels_measureJianousTargets() {
    DemandBoard b = DemandBoard.empty();
    for (int i = 0; i < 4; i++) {
      Demand d = new Demand("d" + i, "c", "g", "general", DemandSource.HOTLINE, DemandSize.SMALL, T);
      b = b.apply(new DemandEvent.Submitted("s" + i, d)).apply(new DemandEvent.Admitted("a" + i, d.id(), T, DemandLevel.GRID))
          .apply(new DemandEvent.Resolved("r" + i, d.id(), T.plus(java.time.Duration.ofHours(10L + 24L * i))));
    }
    var levels = DemandMetrics.serviceLevels(b, DemandPolicy.jianou(), T, T.plusSeconds(60));
    assertThat(levels).extracting(DemandMetrics.ServiceLevel::achieved).containsExactly(0.25, 0.5, 0.75);
    assertThat(levels).extracting(DemandMetrics.ServiceLevel::isMet).containsExactly(false, false, false);
  }
}
