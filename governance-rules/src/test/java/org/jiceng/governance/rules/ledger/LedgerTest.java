package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.governance.rules.ledger.LedgerException.Reason;
import org.jiceng.governance.rules.ledger.Operation.Accrue;
import org.jiceng.governance.rules.ledger.Operation.Donate;
import org.jiceng.governance.rules.ledger.Operation.Expire;
import org.jiceng.governance.rules.ledger.Operation.OpenAccount;
import org.jiceng.governance.rules.ledger.Operation.Redeem;
import org.jiceng.governance.rules.ledger.Operation.Restock;
import org.jiceng.governance.rules.ledger.Operation.Reverse;
import org.jiceng.governance.rules.ledger.Operation.Transfer;
import org.junit.jupiter.api.Test;

class LedgerTest {
  static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");
  static final LedgerPolicy JIANPING = LedgerPolicies.find("liaoning-jianping-points").orElseThrow();
  static final LedgerPolicy BEIJING = LedgerPolicies.find("beijing-time-bank").orElseThrow();
  static final LedgerPolicy NANJING = LedgerPolicies.find("nanjing-time-bank").orElseThrow();

  static Instant day(int days) {
    return T0.plusSeconds(86_400L * days);
  }

  static OpenAccount passbook(String id) {
    return OpenAccount.of("open-" + id, T0, Account.builder().id(id).kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS).communityId("c1").build());
  }

  static Accrue parcel(String id, String account, Instant at, long acts) {
    return Accrue.of(id, at, account, "parcel-collection", acts);
  }

  private Ledger points() {
    Ledger l = Ledger.of(JIANPING);
    l.apply(passbook("alice"));
    l.apply(passbook("bob"));
    l.apply(Restock.builder().id("stock-soap").at(T0).item("soap").price(5).quantity(10).build());
    return l;
  }

  @Test
  void accrue_postsFromIssuingIntoALot() {
    Ledger l = points();
    Ledger.Result r = l.apply(parcel("a1", "alice", T0, 3));
    assertThat(r.getApplied()).isEqualTo(6);
    assertThat(r.getPostings()).singleElement().satisfies(p -> {
      assertThat(p.getDebit()).isEqualTo("system:issuing:points");
      assertThat(p.getCredit()).isEqualTo("alice");
      assertThat(p.getLotId()).contains("a1");
    });
    assertThat(l.balance("alice")).isEqualTo(6);
    assertThat(l.sum(LedgerUnit.POINTS)).isZero();
    assertThat(l.lots("alice")).singleElement().satisfies(lot -> assertThat(lot.getExpiresAt()).contains(Instant.parse("2026-12-31T16:00:00Z")));
  }

  @Test
  void accrue_isClippedAtTheDailyCapThenRefused() {
    Ledger l = points();
    assertThat(l.apply(parcel("a1", "alice", T0, 4)).getApplied()).isEqualTo(8);
    Ledger.Result clipped = l.apply(parcel("a2", "alice", T0.plusSeconds(60), 4));
    assertThat(clipped.getRequested()).isEqualTo(8);
    assertThat(clipped.getApplied()).isEqualTo(2);
    assertThatThrownBy(() -> l.apply(parcel("a3", "alice", T0.plusSeconds(120), 1)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.CAP_REACHED));
    assertThat(l.apply(parcel("a4", "alice", day(1), 1)).getApplied()).isEqualTo(2);
  }

  @Test
  void accrue_needsConfirmationWhereThePolicyAsks() {
    Ledger l = points();
    assertThatThrownBy(() -> l.apply(Accrue.of("c1", T0, "alice", "temporary-care", 1)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.CONFIRMATION_REQUIRED));
    assertThat(l.apply(Accrue.of("c2", T0, "alice", "temporary-care", 1, "grid-worker-7")).getApplied()).isEqualTo(5);
  }

  @Test
  void accrue_refusesUnknownActivityAndWrongUnit() {
    Ledger l = points();
    assertThatThrownBy(() -> l.apply(Accrue.of("x", T0, "alice", "dancing", 1)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.UNKNOWN));
    assertThatThrownBy(() -> l.apply(parcel("y", "system:redemption:points", T0, 1)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.WRONG_KIND));
    assertThatThrownBy(() -> l.apply(parcel("z", "alice", T0, 0)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.BAD_AMOUNT));
  }

  @Test
  void sameIdSameContent_returnsTheFirstResultAndChangesNothing() {
    Ledger l = points();
    Ledger.Result first = l.apply(parcel("a1", "alice", T0, 2));
    Ledger.Result again = l.apply(parcel("a1", "alice", T0, 2));
    assertThat(again.isRepeated()).isTrue();
    assertThat(again.getPostings()).isEqualTo(first.getPostings());
    assertThat(l.balance("alice")).isEqualTo(4);
    assertThat(l.log()).hasSize(4).filteredOn(o -> o.getId().equals("a1")).hasSize(1);
  }

  @Test
  void sameIdOtherContent_isRefused() {
    Ledger l = points();
    l.apply(parcel("a1", "alice", T0, 2));
    assertThatThrownBy(() -> l.apply(parcel("a1", "alice", T0, 3)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.ID_REUSED));
    assertThat(l.balance("alice")).isEqualTo(4);
  }

  @Test
  void redeem_spendsOldestLotsFirstAndTakesStock() {
    Ledger l = points();
    l.apply(parcel("old", "alice", T0, 2));
    l.apply(parcel("new", "alice", day(3), 3));
    Ledger.Result r = l.apply(Redeem.of("r1", day(4), "alice", "soap", 1));
    assertThat(r.getPostings()).extracting(p -> p.getLotId().orElseThrow(), Posting::getAmount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("old", 4L), org.assertj.core.groups.Tuple.tuple("new", 1L));
    assertThat(l.lots("alice")).extracting(Lot::getId, Lot::getRemaining).containsExactly(org.assertj.core.groups.Tuple.tuple("new", 5L));
    assertThat(l.stock("soap")).hasValue(9);
    assertThat(l.balance("system:redemption:points")).isEqualTo(5);
  }

  @Test
  void redeem_refusals_changeNothing() {
    Ledger l = points();
    l.apply(parcel("a1", "alice", T0, 1));
    assertThatThrownBy(() -> l.apply(Redeem.of("r1", T0, "alice", "soap", 1)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.INSUFFICIENT_BALANCE));
    assertThatThrownBy(() -> l.apply(Redeem.of("r2", T0, "alice", "soap", 11)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.OUT_OF_STOCK));
    assertThatThrownBy(() -> l.apply(Redeem.of("r3", T0, "alice", "caviar", 1)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.UNKNOWN));
    assertThat(l.balance("alice")).isEqualTo(2);
    assertThat(l.stock("soap")).hasValue(10);
  }

  @Test
  void merchantOffer_paysTheMerchantAndChecksEligibility() {
    Ledger l = points();
    l.apply(OpenAccount.of("open-m", T0, Account.builder().id("barber").kind(AccountKind.MERCHANT).unit(LedgerUnit.POINTS).build()));
    l.apply(Restock.builder().id("offer").at(T0).item("haircut").price(4).quantity(100).merchant("barber").inNeedOnly(true).build());
    l.apply(OpenAccount.of("open-c", T0, Account.builder().id("carol").kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS).inNeed(true).build()));
    l.apply(parcel("a1", "alice", T0, 2));
    l.apply(parcel("a2", "carol", T0, 2));
    assertThatThrownBy(() -> l.apply(Redeem.of("r1", T0, "alice", "haircut", 1)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.NOT_ELIGIBLE));
    l.apply(Redeem.of("r2", T0, "carol", "haircut", 1));
    assertThat(l.balance("barber")).isEqualTo(4);
    assertThat(l.totals(LedgerUnit.POINTS).getRedeemed()).isEqualTo(4);
  }

  @Test
  void expire_lapsesLotsAtTheEndOfTheFollowingYearAndIsReplayable() {
    Ledger l = points();
    l.apply(parcel("a1", "alice", T0, 2));
    Instant due = Instant.parse("2026-12-31T16:00:00Z");
    assertThat(l.apply(Expire.of("e0", due.minusSeconds(1))).getPostings()).isEmpty();
    assertThat(l.apply(Expire.of("e1", due)).getApplied()).isEqualTo(4);
    assertThat(l.balance("alice")).isZero();
    assertThat(l.balance("system:expiry:points")).isEqualTo(4);
    assertThat(l.apply(Expire.of("e2", due)).getPostings()).isEmpty();
    assertThat(l.totals(LedgerUnit.POINTS).conservationHolds()).isTrue();
  }

  @Test
  void expiredLots_cannotBeSpentEvenBeforeTheExpiryRuns() {
    Ledger l = points();
    l.apply(parcel("a1", "alice", T0, 3));
    assertThatThrownBy(() -> l.apply(Redeem.of("r", Instant.parse("2027-01-05T00:00:00Z"), "alice", "soap", 1)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.INSUFFICIENT_BALANCE));
  }

  @Test
  void reverse_undoesAnAccrualUnlessItWasSpent() {
    Ledger l = points();
    l.apply(parcel("a1", "alice", T0, 3));
    l.apply(parcel("a2", "alice", day(1), 3));
    l.apply(Redeem.of("r1", day(2), "alice", "soap", 1));
    assertThatThrownBy(() -> l.apply(Reverse.of("x1", day(3), "a1")))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.NOT_REVERSIBLE));
    l.apply(Reverse.of("x2", day(3), "a2"));
    assertThat(l.balance("alice")).isEqualTo(1);
    assertThatThrownBy(() -> l.apply(Reverse.of("x3", day(3), "a2")))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.NOT_REVERSIBLE));
    // The daily cap is freed again by the reversal.
    assertThat(l.apply(parcel("a3", "alice", day(1).plusSeconds(5), 5)).getApplied()).isEqualTo(10);
  }

  @Test
  void reverse_aRedemptionRestoresLotsAndStock() {
    Ledger l = points();
    l.apply(parcel("a1", "alice", T0, 3));
    l.apply(Redeem.of("r1", T0, "alice", "soap", 1));
    l.apply(Reverse.of("x1", T0, "r1"));
    assertThat(l.balance("alice")).isEqualTo(6);
    assertThat(l.stock("soap")).hasValue(10);
    assertThat(l.balance("system:redemption:points")).isZero();
    assertThat(l.lots("alice")).extracting(Lot::getRemaining).containsExactly(6L);
  }

  @Test
  void timeBank_transfersHoursToLinealRelativesOnly() {
    Ledger l = Ledger.of(BEIJING);
    l.apply(OpenAccount.of("o1", T0, Account.builder().id("son").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES).addRelatives("mother").build()));
    l.apply(OpenAccount.of("o2", T0, Account.builder().id("mother").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES)
        .birthDate(LocalDate.of(1955, 5, 1)).build()));
    l.apply(OpenAccount.of("o3", T0, Account.builder().id("stranger").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES).build()));
    l.apply(Accrue.of("s1", T0, "son", "volunteer-service", 90, "organizer"));
    assertThat(l.balance("son")).isEqualTo(90);
    l.apply(Transfer.of("t1", T0, "son", "mother", 60));
    assertThat(l.balance("mother")).isEqualTo(60);
    assertThatThrownBy(() -> l.apply(Transfer.of("t2", T0, "son", "stranger", 10)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.NOT_ALLOWED));
    l.apply(Restock.builder().id("care").at(T0).item("home-care-hour").unit(LedgerUnit.MINUTES).price(60).quantity(5).care(true).build());
    l.apply(Redeem.of("c1", T0, "mother", "home-care-hour", 1));
    assertThat(l.balance("mother")).isZero();
  }

  @Test
  void timeBank_careOnlyFromTheAgeThePolicySets() {
    Ledger l = Ledger.of(BEIJING);
    l.apply(OpenAccount.of("o1", T0, Account.builder().id("young").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES)
        .birthDate(LocalDate.of(1990, 1, 1)).build()));
    l.apply(Accrue.of("s1", T0, "young", "volunteer-service", 120, "organizer"));
    l.apply(Restock.builder().id("care").at(T0).item("home-care-hour").unit(LedgerUnit.MINUTES).price(60).quantity(5).care(true).build());
    assertThatThrownBy(() -> l.apply(Redeem.of("c1", T0, "young", "home-care-hour", 1)))
        .isInstanceOfSatisfying(LedgerException.class, e -> {
          assertThat(e.getReason()).isEqualTo(Reason.NOT_ELIGIBLE);
          assertThat(e).hasMessageContaining("from age 60");
        });
  }

  @Test
  void nanjing_donatesWhatAccruesAboveTheCap() {
    Ledger l = Ledger.of(NANJING);
    l.apply(OpenAccount.of("o1", T0, Account.builder().id("v").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES).build()));
    l.apply(Accrue.of("s1", T0, "v", "volunteer-service", 1_499L * 60, "org"));
    Ledger.Result r = l.apply(Accrue.of("s2", day(1), "v", "volunteer-service", 3 * 60, "org"));
    assertThat(l.balance("v")).isEqualTo(1_500L * 60);
    assertThat(l.balance("system:donation:minutes")).isEqualTo(2 * 60);
    assertThat(r.getPostings()).extracting(Posting::getKind).containsExactly(PostingKind.ACCRUAL, PostingKind.CAP_DONATION);
    assertThat(l.totals(LedgerUnit.MINUTES).conservationHolds()).isTrue();
  }

  @Test
  void donate_andTotals() {
    Ledger l = points();
    l.apply(parcel("a1", "alice", T0, 5));
    l.apply(Donate.of("d1", T0, "alice", 4));
    Ledger.Totals t = l.totals(LedgerUnit.POINTS);
    assertThat(t).isEqualTo(ImmutableTotals.of(LedgerUnit.POINTS, 10, 0, 0, 4, 6, 2, 2));
  }

  @Test
  void statementRankingAndTotalsPerCommunity() {
    Ledger l = points();
    l.apply(parcel("a1", "alice", T0, 2));
    l.apply(parcel("b1", "bob", T0, 5));
    l.apply(parcel("b2", "bob", day(40), 5));
    assertThat(l.statement("bob", T0, day(10))).hasSize(1);
    assertThat(l.ranking(LedgerUnit.POINTS, T0, day(10), 10))
        .containsExactly(java.util.Map.entry("bob", 10L), java.util.Map.entry("alice", 4L));
    assertThat(l.totalsByCommunity(LedgerUnit.POINTS)).containsEntry("c1", 24L);
  }

  @Test
  void replay_ofTheLogGivesTheSameBook() {
    Ledger l = points();
    l.apply(parcel("a1", "alice", T0, 2));
    l.apply(parcel("b1", "bob", day(1), 5));
    l.apply(Redeem.of("r1", day(2), "bob", "soap", 1));
    l.apply(Reverse.of("x1", day(3), "a1"));
    Ledger again = Ledger.replay(JIANPING, l.log());
    assertThat(again.postings()).isEqualTo(l.postings());
    assertThat(again.lots("bob")).isEqualTo(l.lots("bob"));
    assertThat(again.balance("alice")).isEqualTo(l.balance("alice"));
  }

  /**
   * Regression: reversing an expiry gave lapsed hours back even when the account had since filled
   * up to its cap again, lifting it above the cap. Root cause: caps were enforced on accruals and
   * transfers only; the commit now refuses any posting that lifts an account above its cap.
   */
  @Test
  void reverse_neverLiftsAnAccountAboveItsCap() {
    Ledger l = Ledger.of(LedgerProperties.POLICY);
    l.apply(OpenAccount.of("o", T0, Account.builder().id("t").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES).build()));
    l.apply(Accrue.of("s1", Instant.parse("2025-01-01T00:00:00Z"), "t", "serve", 600));
    l.apply(Expire.of("e1", Instant.parse("2027-01-01T00:00:00Z")));
    l.apply(Accrue.of("s2", Instant.parse("2027-01-02T00:00:00Z"), "t", "serve", 600));
    assertThatThrownBy(() -> l.apply(Reverse.of("x", Instant.parse("2027-01-03T00:00:00Z"), "e1")))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.NOT_ALLOWED));
    assertThat(l.balance("t")).isEqualTo(600);
  }

  @Test
  void returnedLists_areFixedViewsThatLaterOperationsDoNotChange() {
    Ledger l = points();
    l.apply(parcel("a1", "alice", T0, 3));
    List<Posting> postings = l.postings();
    List<Operation> log = l.log();
    Ledger.Result first = l.apply(parcel("a2", "bob", T0, 1));
    l.apply(Redeem.of("r1", day(1), "alice", "soap", 1));
    assertThat(postings).hasSize(1).singleElement().satisfies(p -> assertThat(p.getOperationId()).isEqualTo("a1"));
    assertThat(log).extracting(Operation::getId).containsExactly("open-alice", "open-bob", "stock-soap", "a1");
    assertThat(first.getPostings()).singleElement().satisfies(p -> assertThat(p.getCredit()).isEqualTo("bob"));
    assertThat(l.postings()).hasSize(3);
    assertThatThrownBy(() -> postings.add(postings.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void manyOperations_everyIdIsFoundAgainAfterTheIdTableGrows() {
    LedgerPolicy policy = LedgerProperties.POLICY;
    Ledger l = Ledger.of(policy);
    l.apply(OpenAccount.of("open", T0, Account.builder().id("h").kind(AccountKind.PARTY_MEMBER).unit(LedgerUnit.MINUTES).build()));
    int n = 40_000;
    for (int i = 0; i < n; i++) {
      assertThat(l.apply(Accrue.of("s" + i, T0.plusSeconds(i), "h", "serve", 60)).isRepeated()).isFalse();
    }
    for (int i = n - 1; i >= 0; i -= 7) {
      Ledger.Result again = l.apply(Accrue.of("s" + i, T0.plusSeconds(i), "h", "serve", 60));
      assertThat(again.isRepeated()).isTrue();
      assertThat(again.getPostings()).singleElement().extracting(Posting::getLotId).isEqualTo(Optional.of("s" + i));
    }
    assertThatThrownBy(() -> l.apply(Accrue.of("s123", T0, "h", "serve", 60)))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.ID_REUSED));
    assertThat(l.postings()).hasSize(n);
    assertThat(l.balance("h")).isEqualTo(60L * n);
    assertThat(l.log()).hasSize(n + 1);
  }
}
