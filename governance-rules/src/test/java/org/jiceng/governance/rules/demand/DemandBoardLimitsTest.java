package org.jiceng.governance.rules.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The board's limits (issue 14). Before the fix the board ignored a reused event id with other
 * content (the ledger refuses it), accepted blank ids, accepted events out of time order (a claim
 * before the demand was submitted gave a negative response time; a resolution at {@code
 * Instant.MAX} counted as on time) and any rating score. Each is refused now, by {@code apply} and
 * by {@code replay} alike, with a message naming the problem, and the board stays as it was.
 */
class DemandBoardLimitsTest {
  static final Instant T = Instant.parse("2024-03-01T02:00:00Z");
  static final Demand D = Demand.builder().id("d1").community("c1").grid("g1").category("elderly-care")
      .source(DemandSource.RESIDENT_ORDER).size(DemandSize.LARGE).submittedAt(T).build();
  static final List<DemandEvent> OPEN = List.of(DemandEvent.Submitted.of("e1", D),
      DemandEvent.Admitted.of("e2", "d1", T.plusSeconds(60), DemandLevel.COMMUNITY));
  static final List<DemandEvent> RESOLVED = List.of(DemandEvent.Submitted.of("e1", D),
      DemandEvent.Admitted.of("e2", "d1", T.plusSeconds(60), DemandLevel.COMMUNITY),
      DemandEvent.Claimed.of("e3", "d1", T.plusSeconds(3600), "unit-1"),
      DemandEvent.Resolved.of("e4", "d1", T.plusSeconds(7200)));

  /** Applies the events one by one, then the refused one; and replays all of them. */
  private static void assertRefused(List<DemandEvent> before, DemandEvent refused, String problem) {
    DemandBoard board = DemandBoard.replay(before);
    assertThatThrownBy(() -> board.apply(refused))
        .isInstanceOf(DemandTransitionException.class)
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
    assertThat(board).isEqualTo(DemandBoard.replay(before));
    List<DemandEvent> all = new java.util.ArrayList<>(before);
    all.add(refused);
    assertThatThrownBy(() -> DemandBoard.replay(all)).isInstanceOf(DemandTransitionException.class).hasMessageContaining(problem);
  }

  @Test
  void apply_refusesAReusedEventIdWithOtherContent() {
    assertRefused(OPEN, DemandEvent.Admitted.of("e2", "d1", T.plusSeconds(60), DemandLevel.STREET), "the event id was used by another event");
    assertRefused(OPEN, DemandEvent.Withdrawn.of("e1", "d1", T.plusSeconds(90)), "the event id was used by another event");
    // The same content again is a repeat, not a refusal.
    DemandBoard b = DemandBoard.replay(OPEN);
    assertThat(b.apply(OPEN.get(1))).isSameAs(b);
  }

  @Test
  void apply_refusesBlankIds() {
    assertRefused(OPEN, DemandEvent.Claimed.of(" ", "d1", T.plusSeconds(120), "u"), "the event id is blank");
    assertRefused(OPEN, DemandEvent.Claimed.of("e3", "", T.plusSeconds(120), "u"), "the demand id is blank");
    assertRefused(List.of(), DemandEvent.Submitted.of("e1",
        Demand.builder().id("\t").community("c1").grid("g1").category("elderly-care")
            .source(DemandSource.RESIDENT_ORDER).size(DemandSize.LARGE).submittedAt(T)
            .build()), "the demand id is blank");
  }

  @Test
  void apply_refusesIdsLongerThanTheMaximumWithoutEchoingThem() {
    String huge = "x".repeat(1 << 20);
    assertRefused(OPEN, DemandEvent.Claimed.of(huge, "d1", T.plusSeconds(120), "u"), "the event id has 1048576 characters, at most 256");
    assertRefused(OPEN, DemandEvent.Claimed.of("e3", huge, T.plusSeconds(120), "u"), "the demand id has 1048576 characters");
    String longest = "y".repeat(DemandBoard.MAX_ID_LENGTH);
    assertThat(DemandBoard.replay(OPEN).apply(DemandEvent.Claimed.of(longest, "d1", T.plusSeconds(120), "u")).hasApplied(longest)).isTrue();
  }

  @Test
  void apply_refusesEventsOutOfTimeOrder() {
    assertRefused(OPEN, DemandEvent.Claimed.of("e3", "d1", T.minusSeconds(3600), "u"), "before the demand's latest event");
    // After admission at T+60, a claim at T+30 is out of order though after submission.
    assertRefused(OPEN, DemandEvent.Claimed.of("e3", "d1", T.plusSeconds(30), "u"), "before the demand's latest event");
    assertRefused(OPEN, DemandEvent.Resolved.of("e3", "d1", T.minusSeconds(1)), "before the demand's latest event");
    assertRefused(RESOLVED, DemandEvent.Rated.of("e5", "d1", T.plusSeconds(7000), Rating.SATISFIED),
        "before the demand's latest event");
    assertRefused(RESOLVED, DemandEvent.Reopened.of("e5", "d1", T.plusSeconds(3600), "again"), "before the demand's latest event");
    // The same instant as the latest event is in order.
    assertThat(DemandBoard.replay(OPEN).apply(DemandEvent.Claimed.of("e3", "d1", T.plusSeconds(60), "u")).get("d1").orElseThrow().getStatus())
        .isEqualTo(DemandStatus.CLAIMED);
  }

  @Test
  void apply_refusesInstantsOutsideTheRange() {
    assertRefused(OPEN, DemandEvent.Resolved.of("e3", "d1", Instant.MAX), "outside 0001-01-01T00:00:00Z..9999-12-31T23:59:59.999999999Z");
    assertRefused(OPEN, DemandEvent.Assigned.of("e3", "d1", T.plusSeconds(120), "dept", Instant.MAX), "the deadline");
    assertRefused(List.of(), DemandEvent.Submitted.of("e1",
        Demand.builder().id("d1").community("c1").grid("g1").category("elderly-care")
            .source(DemandSource.RESIDENT_ORDER).size(DemandSize.LARGE).submittedAt(Instant.MIN)
            .build()), "the instant");
  }

  @Test
  void apply_refusesScoresOutsideTheScale() {
    assertRefused(RESOLVED, DemandEvent.Rated.of("e5", "d1", T.plusSeconds(9000), Rating.SATISFIED, 101),
        "the score 101 is outside the scale 0..100");
    assertRefused(RESOLVED, DemandEvent.Rated.of("e5", "d1", T.plusSeconds(9000), Rating.SATISFIED, -1),
        "the score -1 is outside the scale 0..100");
    for (int score : new int[] {DemandBoard.MIN_SCORE, DemandBoard.MAX_SCORE}) {
      assertThat(DemandBoard.replay(RESOLVED).apply(DemandEvent.Rated.of("e5", "d1", T.plusSeconds(9000), Rating.SATISFIED, score)).get("d1").orElseThrow().getStatus()).isEqualTo(DemandStatus.RATED);
    }
  }

  @Test
  void of_refusesAStateRespondedToBeforeItsSubmission() {
    DemandState early = DemandState.builder().demand(D).status(DemandStatus.CLAIMED).level(DemandLevel.COMMUNITY)
        .unit(java.util.Optional.of("u")).department(java.util.Optional.empty()).deadline(java.util.Optional.empty())
        .firstResponseAt(java.util.Optional.of(T.minusSeconds(1))).resolvedAt(java.util.Optional.empty())
        .rating(java.util.Optional.empty()).reopened(0).build();
    assertThatThrownBy(() -> DemandBoard.of(List.of(early), List.of("e1"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before it was submitted");
  }

  @Test
  void boardOf_ordersLaterEventsAfterTheRecordedInstants() {
    DemandBoard stored = DemandBoard.of(DemandBoard.replay(RESOLVED).all(), List.of("e1", "e2", "e3", "e4"));
    Function<Instant, DemandEvent> rate = at -> DemandEvent.Rated.of("e5", "d1", at, Rating.SATISFIED);
    assertThatThrownBy(() -> stored.apply(rate.apply(T.plusSeconds(7199)))).isInstanceOf(DemandTransitionException.class);
    assertThat(stored.apply(rate.apply(T.plusSeconds(7200))).get("d1").orElseThrow().getRating()).contains(Rating.SATISFIED);
    // An id the stored board knows without its content counts as applied.
    assertThat(stored.apply(DemandEvent.Withdrawn.of("e2", "d1", T))).isSameAs(stored);
  }

  @Test
  void refusal_messageIsOneSafeLineWhateverTheIdsHold() {
    assertRefused(OPEN, DemandEvent.Claimed.of("e3\n\u001B[2J\u202E13812345678", "d1", T.minusSeconds(1), "u"),
        "e3\\u000A\\u001B[2J\\u202E138****5678");
  }

  /** Issue 17: a refusal reads in Chinese too, statuses and fields by their Chinese names. */
  @Test
  void refusal_inChineseAndEnglish() {
    DemandBoard board = DemandBoard.replay(RESOLVED);
    DemandTransitionException e = org.assertj.core.api.Assertions.catchThrowableOfType(DemandTransitionException.class,
        () -> board.apply(DemandEvent.Claimed.of("e5", "d1", T.plusSeconds(9000), "u")));
    assertThat(e.getMessage(java.util.Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("事件“e5”（Claimed，诉求“d1”）被拒绝：诉求的状态是已解决；该事件要求的状态：待处理");
    assertThat(e.getMessage(java.util.Locale.ENGLISH)).isEqualTo(e.getMessage())
        .isEqualTo("Event 'e5' (Claimed) on demand 'd1': the demand is RESOLVED; this event needs it OPEN");
    DemandTransitionException reused = org.assertj.core.api.Assertions.catchThrowableOfType(DemandTransitionException.class,
        () -> board.apply(DemandEvent.Withdrawn.of("e1", "d1", T.plusSeconds(9000))));
    assertThat(reused.getMessage(java.util.Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("事件“e1”（Withdrawn，诉求“d1”）被拒绝：事件编号已被另一事件使用：事件“e1”（Submitted，诉求“d1”）");
    DemandTransitionException blank = org.assertj.core.api.Assertions.catchThrowableOfType(DemandTransitionException.class,
        () -> board.apply(DemandEvent.Claimed.of(" ", "d1", T.plusSeconds(9000), "u")));
    assertThat(blank.getMessage(java.util.Locale.SIMPLIFIED_CHINESE)).endsWith("被拒绝：事件编号为空");
  }
}
