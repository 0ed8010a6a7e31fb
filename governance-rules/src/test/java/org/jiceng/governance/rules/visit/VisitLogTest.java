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

  /** Issue 17: the refusal and a blank id read in Chinese too, personal data masked. */
  @Test
  void refusals_inChineseAndEnglish() {
    VisitLog log = VisitLog.empty().apply(VisitEvent.Visited.of("v1", D, "h1"));
    VisitEventException e = org.assertj.core.api.Assertions.catchThrowableOfType(VisitEventException.class,
        () -> log.apply(VisitEvent.Tagged.of("v1", D, "h1", CareTag.DISPUTE_PARTY)));
    assertThat(e.getMessage(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("走访事件编号“v1”此前已用于另一事件：2025-05-01住户“h1”的 Visited 事件");
    assertThat(e.getMessage()).isEqualTo(e.getMessage(java.util.Locale.ENGLISH))
        .isEqualTo("Visit event id 'v1' was used before for a different event: Visited on 2025-05-01 for household 'h1'");
    IllegalArgumentException blank = org.assertj.core.api.Assertions.catchThrowableOfType(IllegalArgumentException.class,
        () -> VisitEvent.Visited.of(" ", D, "13812345678"));
    assertThat(org.jiceng.governance.core.Localizable.messageOf(blank, java.util.Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("走访事件的编号和住户不能为空，实际为“ ”“138****5678”");
  }
}
