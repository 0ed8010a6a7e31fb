package org.jiceng.governance.rules.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.governance.core.area.CareTag;
import org.junit.jupiter.api.Test;

class VisitLogTest {
  private static final LocalDate D = LocalDate.of(2025, 5, 1);

  @Test
  void apply_sameEventTwiceChangesNothing() {
    VisitEvent e = new VisitEvent.Visited("v1", D, "h1", Optional.of("gw1"));
    VisitLog once = VisitLog.empty().apply(e);

    assertThat(once.apply(e)).isSameAs(once);
    assertThat(once.size()).isEqualTo(1);
  }

  @Test
  void apply_reusedIdWithOtherContentIsRefusedAndChangesNothing() {
    VisitLog log = VisitLog.empty().apply(new VisitEvent.Visited("v1", D, "h1", Optional.empty()));
    VisitEvent other = new VisitEvent.Visited("v1", D.plusDays(1), "h1", Optional.empty());

    assertThatThrownBy(() -> log.apply(other)).isInstanceOf(VisitEventException.class).hasMessageContaining("'v1'")
        .satisfies(x -> assertThat(((VisitEventException) x).getEvent()).isEqualTo(other));
    assertThat(log.get("v1").orElseThrow().on()).isEqualTo(D);
  }

  @Test
  void apply_leavesEarlierLogsUnchanged() {
    VisitLog a = VisitLog.empty().apply(new VisitEvent.Tagged("t", D, "h1", CareTag.DISPUTE_PARTY));
    VisitLog b = a.apply(new VisitEvent.Untagged("u", D.plusDays(3), "h1", CareTag.DISPUTE_PARTY));

    assertThat(a.size()).isEqualTo(1);
    assertThat(b.eventsOf("h1")).extracting(VisitEvent::id).containsExactly("t", "u");
  }

  @Test
  void eventsOf_sortsByDayKeepingTheAppliedOrderWithinADay() {
    VisitLog log = VisitLog.replay(List.of(new VisitEvent.Visited("late", D.plusDays(2), "h", Optional.empty()),
        new VisitEvent.Visited("b", D, "h", Optional.empty()), new VisitEvent.Visited("a", D, "h", Optional.empty())));

    assertThat(log.eventsOf("h")).extracting(VisitEvent::id).containsExactly("b", "a", "late");
    assertThat(log.events()).extracting(VisitEvent::id).containsExactly("late", "b", "a");
  }

  @Test
  void events_refuseBlankIds() {
    assertThatThrownBy(() -> new VisitEvent.Visited(" ", D, "h", Optional.empty())).isInstanceOf(IllegalArgumentException.class);
  }
}
