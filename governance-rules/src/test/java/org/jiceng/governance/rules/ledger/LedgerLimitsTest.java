package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jiceng.governance.rules.ledger.LedgerException.Reason;
import org.jiceng.governance.rules.ledger.Operation.Accrue;
import org.jiceng.governance.rules.ledger.Operation.OpenAccount;
import org.jiceng.governance.rules.ledger.Operation.Transfer;
import org.jiceng.governance.rules.profile.Source;
import org.junit.jupiter.api.Test;

/**
 * The ledger's limits (issue 14): amounts, balances and totals never wrap, instants outside the
 * supported range and over-long ids are refused with a {@link LedgerException} that changes nothing
 * and quotes a long id only in part. Before the fix a huge quantity escaped as {@code
 * ArithmeticException}, {@code Instant.MAX} under a capped policy as {@code DateTimeException}, 101
 * accruals of {@code Long.MAX_VALUE / 100} minutes wrapped a balance negative, and a 1 MB id gave a
 * message of two million characters.
 */
class LedgerLimitsTest {
  static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");
  static final Source TEST = Source.of("test", "");
  static final LedgerPolicy POLICY = LedgerPolicy.builder().id("limits").source(TEST)
      .putActivities("help", ActivityRule.builder().activity("help").unit(LedgerUnit.POINTS).amount(3).capPerDay(30).source(TEST).build())
      .putActivities("serve", ActivityRule.builder().activity("serve").unit(LedgerUnit.MINUTES).amount(60).perHour(true).source(TEST).build())
      .expiry(LedgerPolicy.Expiry.END_OF_FOLLOWING_YEAR)
      .transferToRelatives(true)
      .build();

  private static Ledger ledger() {
    Ledger l = Ledger.of(POLICY);
    l.apply(OpenAccount.of("open-p", T0, Account.builder().id("p").kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS).build()));
    l.apply(OpenAccount.of("open-a", T0, Account.builder().id("a").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES).addRelatives("b").build()));
    l.apply(OpenAccount.of("open-b", T0, Account.builder().id("b").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES).addRelatives("a").build()));
    return l;
  }

  /** Everything a refused operation could have changed. */
  private static List<Object> state(Ledger l) {
    return List.of(l.balance("p"), l.balance("a"), l.balance("b"), l.lots("p"), l.lots("a"), List.copyOf(l.postings()), List.copyOf(l.log()),
        l.totals(LedgerUnit.POINTS), l.totals(LedgerUnit.MINUTES));
  }

  private static void assertRefused(Ledger l, Operation op, Reason reason) {
    List<Object> before = state(l);
    assertThatThrownBy(() -> l.apply(op))
        .isInstanceOfSatisfying(LedgerException.class, e -> {
          assertThat(e.getReason()).isEqualTo(reason);
          assertThat(e.getMessage()).hasSizeLessThan(600);
        });
    assertThat(state(l)).isEqualTo(before);
  }

  @Test
  void accrue_quantityWhoseEarningsOverflowIsRefusedOutOfRange() {
    Ledger l = ledger();
    assertRefused(l, Accrue.of("huge", T0, "p", "help", Long.MAX_VALUE), Reason.OUT_OF_RANGE);
    assertRefused(l, Accrue.of("huge-minutes", T0, "a", "serve", Long.MAX_VALUE), Reason.OUT_OF_RANGE);
  }

  @Test
  void accrue_instantOutsideTheRangeIsRefusedUnderACappedPolicy() {
    Ledger l = ledger();
    assertRefused(l, Accrue.of("max", Instant.MAX, "p", "help", 1), Reason.OUT_OF_RANGE);
    assertRefused(l, Accrue.of("min", Instant.MIN, "p", "help", 1), Reason.OUT_OF_RANGE);
    assertRefused(l, Operation.Expire.of("expire-max", Instant.MAX), Reason.OUT_OF_RANGE);
    assertThat(l.apply(Accrue.of("latest", OperationLimits.LATEST, "p", "help", 1)).getApplied()).isEqualTo(3);
    assertThat(l.apply(Accrue.of("earliest", OperationLimits.EARLIEST, "p", "help", 1)).getApplied()).isEqualTo(3);
  }

  @Test
  void accruals_neverWrapABalanceAndATransferOfLongMaxIsRefused() {
    Ledger l = ledger();
    long minutes = Long.MAX_VALUE / 100;
    for (int i = 0; i < 100; i++) {
      l.apply(Accrue.of("serve-" + i, T0.plusSeconds(i), "a", "serve", minutes));
    }
    assertThat(l.balance("a")).isEqualTo(100 * minutes);
    assertRefused(l, Accrue.of("serve-100", T0.plusSeconds(100), "a", "serve", minutes), Reason.OUT_OF_RANGE);
    assertThat(l.balance("a")).isPositive();
    assertThat(l.sum(LedgerUnit.MINUTES)).isZero();
    assertThat(l.totals(LedgerUnit.MINUTES).conservationHolds()).isTrue();
    assertThat(l.totals(LedgerUnit.MINUTES).getIssued()).isEqualTo(100 * minutes);
    assertRefused(l, Transfer.of("all", T0.plusSeconds(200), "a", "b", Long.MAX_VALUE), Reason.INSUFFICIENT_BALANCE);
    assertThat(l.apply(Transfer.of("most", T0.plusSeconds(200), "a", "b", 100 * minutes)).getApplied()).isEqualTo(100 * minutes);
  }

  @Test
  void accrual_thatWouldPushTheIssuedTotalBeyondALongIsRefusedThoughTheBalanceFits() {
    Ledger l = ledger();
    long minutes = Long.MAX_VALUE / 100;
    for (int i = 0; i < 50; i++) {
      l.apply(Accrue.of("a" + i, T0.plusSeconds(i), "a", "serve", minutes));
      l.apply(Accrue.of("b" + i, T0.plusSeconds(i), "b", "serve", minutes));
    }
    long left = Long.MAX_VALUE - 100 * minutes;
    // b's balance would fit, but the issuing account would pass -Long.MAX_VALUE.
    assertRefused(l, Accrue.of("over", T0.plusSeconds(60), "b", "serve", left + 1), Reason.OUT_OF_RANGE);
    assertThat(l.apply(Accrue.of("last", T0.plusSeconds(60), "b", "serve", left)).getApplied()).isEqualTo(left);
    assertThat(l.totals(LedgerUnit.MINUTES).getIssued()).isEqualTo(Long.MAX_VALUE);
    assertThat(l.totals(LedgerUnit.MINUTES).getOutstanding()).isEqualTo(Long.MAX_VALUE);
    assertThat(l.totals(LedgerUnit.MINUTES).conservationHolds()).isTrue();
    assertThat(l.ranking(LedgerUnit.MINUTES, T0, T0.plusSeconds(3600), 2)).extracting(e -> e.getValue())
        .containsExactly(50 * minutes + left, 50 * minutes);
  }

  @Test
  void operationId_longerThanTheMaximumIsRefusedWithAShortMessage() {
    Ledger l = ledger();
    String huge = "x".repeat(1 << 20);
    assertRefused(l, Accrue.of(huge, T0, "p", "help", 1), Reason.ID_TOO_LONG);
    assertRefused(l, Accrue.of("long-account", T0, huge, "help", 1), Reason.ID_TOO_LONG);
    assertRefused(l, Operation.Reverse.of("long-target", T0, huge), Reason.ID_TOO_LONG);
    assertRefused(l, OpenAccount.of("long-open", T0, Account.builder().id(huge).kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS).build()),
        Reason.ID_TOO_LONG);
    String longest = "y".repeat(OperationLimits.MAX_ID_LENGTH);
    assertThat(l.apply(Accrue.of(longest, T0, "p", "help", 1)).getApplied()).isEqualTo(3);
    assertRefused(l, Accrue.of(longest + "y", T0, "p", "help", 1), Reason.ID_TOO_LONG);
  }

  @Test
  void operationId_tooLongIsQuotedInPartWithItsLength() {
    Ledger l = ledger();
    String huge = "z".repeat(100_000);
    assertThatThrownBy(() -> l.apply(Accrue.of(huge, T0, "p", "help", 1)))
        .isInstanceOfSatisfying(LedgerException.class, e -> {
          assertThat(e.getMessage()).contains("100000 characters").contains("at most 256").doesNotContain("z".repeat(41));
          assertThat(e.getOperationId()).isEqualTo(huge);
        });
  }

  @Test
  void refusal_messageIsOneSafeLineWhateverTheIdsHold() {
    Ledger l = ledger();
    assertThatThrownBy(() -> l.apply(Accrue.of("x\nkazuo.json:1:1 /: all good\u001B[2J\u202E", T0, "nobody\r13812345678", "help", 1)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getMessage())
            .doesNotContain("\n").doesNotContain("\r").doesNotContain("\u001B").doesNotContain("\u202E").doesNotContain("13812345678")
            .contains("x\\u000Akazuo.json").contains("138****5678"));
  }

  /** Issue 17: a refusal reads in Chinese too, the reason, the kinds and the words of the detail translated, personal data masked. */
  @Test
  void refusal_inChineseAndEnglish() {
    Ledger l = ledger();
    LedgerException unknown = org.assertj.core.api.Assertions.catchThrowableOfType(LedgerException.class,
        () -> l.apply(Accrue.of("a9", T0, "13812345678", "help", 1)));
    assertThat(unknown.getMessage(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("操作“a9”被拒绝（不存在）：没有账户“138****5678”");
    assertThat(unknown.getMessage(java.util.Locale.ENGLISH)).isEqualTo(unknown.getMessage())
        .isEqualTo("Operation 'a9' refused (UNKNOWN): no account '138****5678'");
    LedgerException zero = org.assertj.core.api.Assertions.catchThrowableOfType(LedgerException.class,
        () -> l.apply(Accrue.of("a8", T0, "p", "help", 0)));
    assertThat(zero.getMessage(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("操作“a8”被拒绝（数量无效）：数量应大于0，实际为0");
    assertThat(zero.getMessage()).isEqualTo("Operation 'a8' refused (BAD_AMOUNT): the quantity must be more than 0, found 0");
    LedgerException longId = org.assertj.core.api.Assertions.catchThrowableOfType(LedgerException.class,
        () -> l.apply(Accrue.of("a7", T0, "p".repeat(300), "help", 1)));
    assertThat(longId.getMessage(java.util.Locale.SIMPLIFIED_CHINESE)).contains("（编号过长）：账户编号“").endsWith("”有300个字符，最多允许256个");
  }
}
