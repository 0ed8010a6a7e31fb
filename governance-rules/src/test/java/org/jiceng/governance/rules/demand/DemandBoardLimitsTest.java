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
  static final Demand D = new Demand("d1", "c1", "g1", "elderly-care", DemandSource.RESIDENT_ORDER, DemandSize.LARGE, T);
  static final List<DemandEvent> OPEN = List.of(new DemandEvent.Submitted("e1", D),
      new DemandEvent.Admitted("e2", "d1", T.plusSeconds(60), DemandLevel.COMMUNITY));
  static final List<DemandEvent> RESOLVED = List.of(new DemandEvent.Submitted("e1", D),
      new DemandEvent.Admitted("e2", "d1", T.plusSeconds(60), DemandLevel.COMMUNITY),
      new DemandEvent.Claimed("e3", "d1", T.plusSeconds(3600), "unit-1"),
      new DemandEvent.Resolved("e4", "d1", T.plusSeconds(7200)));

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
    assertRefused(OPEN, new DemandEvent.Admitted("e2", "d1", T.plusSeconds(60), DemandLevel.STREET), "the event id was used by another event");
    assertRefused(OPEN, new DemandEvent.Withdrawn("e1", "d1", T.plusSeconds(90)), "the event id was used by another event");
    // The same content again is a repeat, not a refusal.
    DemandBoard b = DemandBoard.replay(OPEN);
    assertThat(b.apply(OPEN.get(1))).isSameAs(b);
  }

  @Test
  void apply_refusesBlankIds() {
    assertRefused(OPEN, new DemandEvent.Claimed(" ", "d1", T.plusSeconds(120), "u"), "the event id is blank");
    assertRefused(OPEN, new DemandEvent.Claimed("e3", "", T.plusSeconds(120), "u"), "the demand id is blank");
    assertRefused(List.of(), new DemandEvent.Submitted("e1",
        new Demand("\t", "c1", "g1", "elderly-care", DemandSource.RESIDENT_ORDER, DemandSize.LARGE, T)), "the demand id is blank");
  }

  @Test
  void apply_refusesIdsLongerThanTheMaximumWithoutEchoingThem() {
    String huge = "x".repeat(1 << 20);
    assertRefused(OPEN, new DemandEvent.Claimed(huge, "d1", T.plusSeconds(120), "u"), "the event id has 1048576 characters, at most 256");
    assertRefused(OPEN, new DemandEvent.Claimed("e3", huge, T.plusSeconds(120), "u"), "the demand id has 1048576 characters");
    String longest = "y".repeat(DemandBoard.MAX_ID_LENGTH);
    assertThat(DemandBoard.replay(OPEN).apply(new DemandEvent.Claimed(longest, "d1", T.plusSeconds(120), "u")).hasApplied(longest)).isTrue();
  }

  @Test
  void apply_refusesEventsOutOfTimeOrder() {
    assertRefused(OPEN, new DemandEvent.Claimed("e3", "d1", T.minusSeconds(3600), "u"), "before the demand's latest event");
    // After admission at T+60, a claim at T+30 is out of order though after submission.
    assertRefused(OPEN, new DemandEvent.Claimed("e3", "d1", T.plusSeconds(30), "u"), "before the demand's latest event");
    assertRefused(OPEN, new DemandEvent.Resolved("e3", "d1", T.minusSeconds(1)), "before the demand's latest event");
    assertRefused(RESOLVED, new DemandEvent.Rated("e5", "d1", T.plusSeconds(7000), Rating.SATISFIED, OptionalInt.empty()),
        "before the demand's latest event");
    assertRefused(RESOLVED, new DemandEvent.Reopened("e5", "d1", T.plusSeconds(3600), "again"), "before the demand's latest event");
    // The same instant as the latest event is in order.
    assertThat(DemandBoard.replay(OPEN).apply(new DemandEvent.Claimed("e3", "d1", T.plusSeconds(60), "u")).get("d1").orElseThrow().status())
        .isEqualTo(DemandStatus.CLAIMED);
  }

  @Test
  void apply_refusesInstantsOutsideTheRange() {
    assertRefused(OPEN, new DemandEvent.Resolved("e3", "d1", Instant.MAX), "outside 0001-01-01T00:00:00Z..9999-12-31T23:59:59.999999999Z");
    assertRefused(OPEN, new DemandEvent.Assigned("e3", "d1", T.plusSeconds(120), "dept", Instant.MAX), "the deadline");
    assertRefused(List.of(), new DemandEvent.Submitted("e1",
        new Demand("d1", "c1", "g1", "elderly-care", DemandSource.RESIDENT_ORDER, DemandSize.LARGE, Instant.MIN)), "the instant");
  }

  @Test
  void apply_refusesScoresOutsideTheScale() {
    assertRefused(RESOLVED, new DemandEvent.Rated("e5", "d1", T.plusSeconds(9000), Rating.SATISFIED, OptionalInt.of(101)),
        "the score 101 is outside the scale 0..100");
    assertRefused(RESOLVED, new DemandEvent.Rated("e5", "d1", T.plusSeconds(9000), Rating.SATISFIED, OptionalInt.of(-1)),
        "the score -1 is outside the scale 0..100");
    for (int score : new int[] {DemandBoard.MIN_SCORE, DemandBoard.MAX_SCORE}) {
      assertThat(DemandBoard.replay(RESOLVED).apply(new DemandEvent.Rated("e5", "d1", T.plusSeconds(9000), Rating.SATISFIED,
          OptionalInt.of(score))).get("d1").orElseThrow().status()).isEqualTo(DemandStatus.RATED);
    }
  }

  @Test
  void of_refusesAStateRespondedToBeforeItsSubmission() {
    DemandState early = new DemandState(D, DemandStatus.CLAIMED, DemandLevel.COMMUNITY, java.util.Optional.of("u"), java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.of(T.minusSeconds(1)), java.util.Optional.empty(), java.util.Optional.empty(), 0);
    assertThatThrownBy(() -> DemandBoard.of(List.of(early), List.of("e1"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before it was submitted");
  }

  @Test
  void boardOf_ordersLaterEventsAfterTheRecordedInstants() {
    DemandBoard stored = DemandBoard.of(DemandBoard.replay(RESOLVED).all(), List.of("e1", "e2", "e3", "e4"));
    Function<Instant, DemandEvent> rate = at -> new DemandEvent.Rated("e5", "d1", at, Rating.SATISFIED, OptionalInt.empty());
    assertThatThrownBy(() -> stored.apply(rate.apply(T.plusSeconds(7199)))).isInstanceOf(DemandTransitionException.class);
    assertThat(stored.apply(rate.apply(T.plusSeconds(7200))).get("d1").orElseThrow().rating()).contains(Rating.SATISFIED);
    // An id the stored board knows without its content counts as applied.
    assertThat(stored.apply(new DemandEvent.Withdrawn("e2", "d1", T))).isSameAs(stored);
  }

  @Test
  void refusal_messageIsOneSafeLineWhateverTheIdsHold() {
    assertRefused(OPEN, new DemandEvent.Claimed("e3\n\u001B[2J\u202E13812345678", "d1", T.minusSeconds(1), "u"),
        "e3\\u000A\\u001B[2J\\u202E138****5678");
  }
}
