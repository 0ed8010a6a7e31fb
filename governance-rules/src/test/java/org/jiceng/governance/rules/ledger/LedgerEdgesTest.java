package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiceng.governance.rules.ledger.LedgerTest.BEIJING;
import static org.jiceng.governance.rules.ledger.LedgerTest.JIANPING;
import static org.jiceng.governance.rules.ledger.LedgerTest.T0;
import static org.jiceng.governance.rules.ledger.LedgerTest.passbook;

import java.time.Instant;
import org.jiceng.governance.rules.ledger.LedgerException.Reason;
import org.jiceng.governance.rules.ledger.Operation.Accrue;
import org.jiceng.governance.rules.ledger.Operation.OpenAccount;
import org.jiceng.governance.rules.ledger.Operation.Redeem;
import org.jiceng.governance.rules.ledger.Operation.Restock;
import org.junit.jupiter.api.Test;

/**
 * The ledger at its edges: ids whose hashes collide, each refusal of opening, accruing and
 * restocking with its reason and message (and nothing changed), monthly caps, lots of the same
 * instant taken in the order of their ids, lots that never lapse, statements of unknown accounts
 * and at sub-second bounds.
 */
class LedgerEdgesTest {
  private static void refused(Ledger l, Operation op, Reason reason, String message) {
    long before = l.log().size();
    assertThatThrownBy(() -> l.apply(op)).isInstanceOfSatisfying(LedgerException.class, e -> {
      assertThat(e.getReason()).isEqualTo(reason);
      assertThat(e.getMessage()).contains(message);
    });
    assertThat(l.log()).hasSize((int) before);
  }

  private static Ledger points() {
    Ledger l = Ledger.of(JIANPING);
    l.apply(passbook("alice"));
    return l;
  }

  /** Ids that share the table's 32-bit hash, found by search: the same length, and lengths 7 and 8. */
  @Test
  void ids_whoseHashesCollideAreToldApart() {
    String[][] pairs = {{"a14936u", "b10833a"}, {"c43323a", "d101928h"}};
    Ledger l = points();
    for (String[] p : pairs) {
      assertThat(IdTable.hash(p[0])).isEqualTo(IdTable.hash(p[1]));
      Restock first = Restock.builder().id(p[0]).at(T0).item("item-" + p[0]).price(1).quantity(1).build();
      Restock second = Restock.builder().id(p[1]).at(T0).item("item-" + p[1]).price(1).quantity(1).build();
      assertThat(l.apply(first).isRepeated()).isFalse();
      assertThat(l.apply(second).isRepeated()).isFalse();
      assertThat(l.apply(first).isRepeated()).isTrue();
      assertThat(l.apply(second).isRepeated()).isTrue();
      refused(l, Restock.builder().id(p[1]).at(T0).item("other").price(1).quantity(1).build(), Reason.ID_REUSED, "the id was used by");
    }
    assertThat(l.stock("item-b10833a")).hasValue(1);
    assertThat(l.stock("item-d101928h")).hasValue(1);
  }

  @Test
  void open_refusesAnAccountTwiceAndTheLedgersOwnKinds() {
    Ledger l = points();

    refused(l, OpenAccount.of("again", T0, Account.builder().id("alice").kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS).build()),
        Reason.ACCOUNT_EXISTS, "account 'alice' exists");
    refused(l, OpenAccount.of("own", T0, Account.builder().id("mine").kind(AccountKind.ISSUING).unit(LedgerUnit.POINTS).build()),
        Reason.WRONG_KIND, "the ledger opens its own ISSUING accounts");
    l.apply(OpenAccount.of("shop", T0, Account.builder().id("shop").kind(AccountKind.MERCHANT).unit(LedgerUnit.POINTS).build()));
    assertThat(l.getAccount("shop")).map(Account::getKind).contains(AccountKind.MERCHANT);
    assertThat(l.balance("shop")).isZero();
  }

  @Test
  void accrue_refusesNothingEarnedAndAnotherUnitByName() {
    Ledger l = points();
    l.apply(OpenAccount.of("open-t", T0, Account.builder().id("t").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES).build()));
    l.apply(Accrue.of("ok", T0, "alice", "parcel-collection", 1));

    refused(l, Accrue.of("q0", T0, "alice", "parcel-collection", 0), Reason.BAD_AMOUNT, "the quantity must be more than 0, found 0");
    // Volunteer service earns 10 points an hour: one minute earns nothing.
    refused(l, Accrue.of("q1", T0, "alice", "volunteer-service", 1), Reason.BAD_AMOUNT, "what the quantity earns must be more than 0, found 0");
    refused(l, Accrue.of("u", T0, "t", "parcel-collection", 1), Reason.WRONG_KIND,
        "activity 'parcel-collection' earns POINTS, account 't' holds MINUTES");
    refused(l, Accrue.of("s", T0, "system:issuing:points", "parcel-collection", 1), Reason.WRONG_KIND, "not a holder's account");
    refused(l, Accrue.of("n", T0, "nobody", "parcel-collection", 1), Reason.UNKNOWN, "no account 'nobody'");
    assertThat(l.balance("alice")).isEqualTo(2);
  }

  @Test
  void accrue_monthlyCapClipsThenRefusesUntilTheNextMonth() {
    Ledger l = points();
    // 3000 minutes at 10 points an hour: 500 points asked, 400 a month allowed.
    Ledger.Result r = l.apply(Accrue.of("v1", T0, "alice", "volunteer-service", 3000));
    assertThat(r.getRequested()).isEqualTo(500);
    assertThat(r.getApplied()).isEqualTo(400);
    refused(l, Accrue.of("v2", T0.plusSeconds(86_400L * 20), "alice", "volunteer-service", 60), Reason.CAP_REACHED,
        "activity 'volunteer-service' has reached its cap for account 'alice'");
    assertThat(l.apply(Accrue.of("v3", Instant.parse("2025-04-01T02:00:00Z"), "alice", "volunteer-service", 60)).getApplied()).isEqualTo(10);
    assertThat(l.balance("alice")).isEqualTo(410);
  }

  @Test
  void restock_refusesNoPriceNegativeStockAndWhatIsNotAMerchantOfItsUnit() {
    Ledger l = points();
    l.apply(OpenAccount.of("open-shop", T0, Account.builder().id("shop").kind(AccountKind.MERCHANT).unit(LedgerUnit.POINTS).build()));
    l.apply(OpenAccount.of("open-clock", T0, Account.builder().id("clock").kind(AccountKind.MERCHANT).unit(LedgerUnit.MINUTES).build()));

    refused(l, Restock.builder().id("r1").at(T0).item("pen").price(0).quantity(1).build(), Reason.BAD_AMOUNT,
        "the price must be more than 0, found 0");
    refused(l, Restock.builder().id("r2").at(T0).item("pen").price(1).quantity(-1).build(), Reason.BAD_AMOUNT,
        "the stock added must be at least 0, found -1");
    for (String notAMerchant : new String[] {"nobody", "alice", "clock"}) {
      refused(l, Restock.builder().id("r-" + notAMerchant).at(T0).item("pen").price(1).quantity(1).merchant(notAMerchant).build(),
          Reason.WRONG_KIND, "'" + notAMerchant + "' is not a merchant account in POINTS");
    }
    l.apply(Restock.builder().id("r3").at(T0).item("pen").price(1).quantity(0).merchant("shop").build());
    assertThat(l.stock("pen")).hasValue(0);
  }

  @Test
  void lots_ofOneInstantAreSpentInTheOrderOfTheirIds() {
    Ledger l = points();
    // Applied a10 first; "a1" sorts before "a10", so a1's lot is the older one.
    l.apply(Accrue.of("a10", T0, "alice", "parcel-collection", 1));
    l.apply(Accrue.of("a1", T0, "alice", "parcel-collection", 2));
    l.apply(Restock.builder().id("stock-pen").at(T0).item("pen").price(3).quantity(5).build());
    l.apply(Redeem.of("buy", T0.plusSeconds(60), "alice", "pen", 1));

    assertThat(l.lots("alice")).extracting(Lot::getId, Lot::getRemaining).containsExactly(
        org.assertj.core.groups.Tuple.tuple("a1", 1L), org.assertj.core.groups.Tuple.tuple("a10", 2L));
  }

  @Test
  void lots_ofAPolicyWithoutExpiryNeverLapse() {
    Ledger l = Ledger.of(BEIJING);
    l.apply(OpenAccount.of("o", T0, Account.builder().id("son").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES).build()));
    l.apply(Accrue.of("s1", T0, "son", "volunteer-service", 90, "organizer"));

    assertThat(l.lots("son")).singleElement().satisfies(lot -> {
      assertThat(lot.getExpiresAt()).isEmpty();
      assertThat(lot.getEarnedAt()).isEqualTo(T0);
    });
  }

  @Test
  void queries_ofUnknownAccountsAreEmptyAndPeriodsHoldTheirStartNotTheirEnd() {
    Ledger l = points();
    Instant at = T0.plusMillis(500);
    l.apply(Accrue.of("a1", at, "alice", "parcel-collection", 1));

    assertThat(l.lots("nobody")).isEmpty();
    assertThat(l.statement("nobody", Instant.MIN, Instant.MAX)).isEmpty();
    assertThat(l.statement("alice", at, at.plusNanos(1))).hasSize(1);
    assertThat(l.statement("alice", at.plusNanos(1), Instant.MAX)).isEmpty();
    assertThat(l.statement("alice", Instant.MIN, at)).isEmpty();
    assertThat(l.statement("alice", T0, T0.plusSeconds(1))).hasSize(1);
    assertThat(l.statement("alice", T0.plusSeconds(1), Instant.MAX)).isEmpty();
    assertThat(l.statement("alice", Instant.MIN, T0.plusSeconds(1))).hasSize(1);
    assertThat(l.ranking(LedgerUnit.POINTS, at, at.plusNanos(1), 5)).extracting(java.util.Map.Entry::getKey).containsExactly("alice");
    assertThat(l.ranking(LedgerUnit.POINTS, at.plusNanos(1), Instant.MAX, 5)).isEmpty();
  }

  @Test
  void redeem_refusesAnotherUnitNoQuantityAndMoreThanTheStockLeft() {
    Ledger l = points();
    l.apply(Accrue.of("a1", T0, "alice", "parcel-collection", 5));
    l.apply(Restock.builder().id("hours").at(T0).item("hour").unit(LedgerUnit.MINUTES).price(1).quantity(5).build());
    l.apply(Restock.builder().id("pens").at(T0).item("pen").price(1).quantity(2).build());

    refused(l, Redeem.of("r1", T0, "alice", "hour", 1), Reason.WRONG_KIND, "item 'hour' is priced in MINUTES");
    refused(l, Redeem.of("r2", T0, "alice", "pen", 0), Reason.BAD_AMOUNT, "the quantity must be more than 0, found 0");
    refused(l, Redeem.of("r3", T0, "alice", "pen", 3), Reason.OUT_OF_STOCK, "item 'pen' has 2 left, 3 asked");
    l.apply(Redeem.of("r4", T0, "alice", "pen", 2));
    assertThat(l.stock("pen")).hasValue(0);
    refused(l, Redeem.of("r5", T0, "alice", "pen", 1), Reason.OUT_OF_STOCK, "item 'pen' has 0 left, 1 asked");
    refused(l, Operation.Donate.of("d0", T0, "alice", 0), Reason.BAD_AMOUNT, "the amount must be more than 0, found 0");
    assertThat(l.balance("alice")).isEqualTo(8);
  }

  @Test
  void redeem_lotIsSpendableUntilTheInstantItLapses() {
    Ledger l = points();
    l.apply(Accrue.of("a1", T0, "alice", "parcel-collection", 1));
    l.apply(Restock.builder().id("pens").at(T0).item("pen").price(1).quantity(5).build());
    // Earned in 2025 (Asia/Shanghai): lapses at 2027-01-01T00:00 local, 2026-12-31T16:00:00Z.
    Instant lapse = Instant.parse("2026-12-31T16:00:00Z");

    refused(l, Redeem.of("late", lapse, "alice", "pen", 1), Reason.INSUFFICIENT_BALANCE, "account 'alice' can spend 0, 1 needed");
    l.apply(Redeem.of("in-time", lapse.minusSeconds(1), "alice", "pen", 1));
    assertThat(l.balance("alice")).isEqualTo(1);
    // Spending the whole balance leaves exactly 0, which is allowed.
    l.apply(Redeem.of("the-rest", lapse.minusSeconds(1), "alice", "pen", 1));
    assertThat(l.balance("alice")).isZero();
  }

  @Test
  void care_fromTheDayTheHolderReachesThePolicysAge() {
    Ledger l = Ledger.of(BEIJING);
    java.time.LocalDate today = java.time.LocalDate.of(2025, 3, 1);
    l.apply(OpenAccount.of("o1", T0, Account.builder().id("sixty").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES)
        .birthDate(today.minusYears(60)).build()));
    l.apply(OpenAccount.of("o2", T0, Account.builder().id("almost").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES)
        .birthDate(today.minusYears(60).plusDays(1)).build()));
    l.apply(OpenAccount.of("o3", T0, Account.builder().id("unknown").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES).build()));
    for (String id : new String[] {"sixty", "almost", "unknown"}) {
      l.apply(Accrue.of("s-" + id, T0, id, "volunteer-service", 120, "organizer"));
    }
    l.apply(Restock.builder().id("care").at(T0).item("home-care-hour").unit(LedgerUnit.MINUTES).price(60).quantity(5).care(true).build());

    l.apply(Redeem.of("c1", T0, "sixty", "home-care-hour", 1));
    refused(l, Redeem.of("c2", T0, "almost", "home-care-hour", 1), Reason.NOT_ELIGIBLE, "care is redeemed from age 60; the holder is 59");
    refused(l, Redeem.of("c3", T0, "unknown", "home-care-hour", 1), Reason.NOT_ELIGIBLE,
        "care is redeemed from age 60; the holder's birth date is not known");
    assertThat(l.balance("sixty")).isEqualTo(60);
  }

  @Test
  void accounts_systemOnesAreReadLikeAnyOtherAndUnknownOnesRefused() {
    Ledger l = points();
    l.apply(Accrue.of("a1", T0, "alice", "parcel-collection", 1));

    assertThat(l.apply(passbook("alice")).isRepeated()).isTrue();
    assertThat(l.balance("system:issuing:points")).isEqualTo(-2);
    assertThat(l.getAccount("system:issuing:points")).map(Account::getKind).contains(AccountKind.ISSUING);
    assertThat(l.getAccount("nobody")).isEmpty();
    assertThatThrownBy(() -> l.balance("nobody")).isInstanceOf(IllegalArgumentException.class).hasMessage("No account 'nobody'");
    for (Account a : new Account[] {l.getAccount("alice").orElseThrow(), l.getAccount("system:issuing:points").orElseThrow()}) {
      assertThat(l.getAccount(a.getId())).contains(a);
    }
  }
}
