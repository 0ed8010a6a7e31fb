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
    VisitEvent e = VisitEvent.Visited.of("v1", D, "h1", "gw1");
    VisitLog once = VisitLog.empty().apply(e);

    assertThat(once.apply(e)).isSameAs(once);
    assertThat(once.size()).isEqualTo(1);
  }

  @Test
  void apply_reusedIdWithOtherContentIsRefusedAndChangesNothing() {
    VisitLog log = VisitLog.empty().apply(VisitEvent.Visited.of("v1", D, "h1"));
    VisitEvent other = VisitEvent.Visited.of("v1", D.plusDays(1), "h1");

    assertThatThrownBy(() -> log.apply(other)).isInstanceOf(VisitEventException.class).hasMessageContaining("'v1'")
        .satisfies(x -> assertThat(((VisitEventException) x).getEvent()).isEqualTo(other));
    assertThat(log.get("v1").orElseThrow().getOn()).isEqualTo(D);
  }

  @Test
  void apply_leavesEarlierLogsUnchanged() {
    VisitLog a = VisitLog.empty().apply(VisitEvent.Tagged.of("t", D, "h1", CareTag.DISPUTE_PARTY));
    VisitLog b = a.apply(VisitEvent.Untagged.of("u", D.plusDays(3), "h1", CareTag.DISPUTE_PARTY));

    assertThat(a.size()).isEqualTo(1);
    assertThat(b.eventsOf("h1")).extracting(VisitEvent::getId).containsExactly("t", "u");
  }

  @Test
  void eventsOf_sortsByDayKeepingTheAppliedOrderWithinADay() {
    VisitLog log = VisitLog.replay(List.of(VisitEvent.Visited.of("late", D.plusDays(2), "h"),
        VisitEvent.Visited.of("b", D, "h"), VisitEvent.Visited.of("a", D, "h")));

    assertThat(log.eventsOf("h")).extracting(VisitEvent::getId).containsExactly("b", "a", "late");
    assertThat(log.events()).extracting(VisitEvent::getId).containsExactly("late", "b", "a");
  }

  @Test
  void events_refuseBlankIds() {
    assertThatThrownBy(() -> VisitEvent.Visited.of(" ", D, "h")).isInstanceOf(IllegalArgumentException.class);
  }
}
