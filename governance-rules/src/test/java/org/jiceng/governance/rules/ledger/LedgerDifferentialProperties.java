package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jiceng.governance.rules.profile.Source;

/**
 * The columnar {@link Ledger} against the plain {@link ReferenceLedger}: the same random
 * operations (catalog and merchant redemptions, care for the old, transfers back and forth between
 * relatives, caps, instants out of order and shared, expiry, reversals, repeats and reused ids)
 * must give the same results and refusals, and after every step the same balances, lots, stock and
 * totals; at the end the same postings, log, statements and ranking.
 */
class LedgerDifferentialProperties {
  static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  static final Source TEST = Source.of("test", "");
  static final LedgerPolicy POLICY = LedgerPolicy.builder().id("differential").source(TEST)
      .putActivities("help", ActivityRule.builder().activity("help").unit(LedgerUnit.POINTS).amount(3).capPerDay(12).capPerMonth(60).capPerYear(300).source(TEST).build())
      .putActivities("wish", ActivityRule.builder().activity("wish").unit(LedgerUnit.POINTS).amount(5).multiplierPercent(150).confirmationRequired(true).source(TEST).build())
      .putActivities("serve", ActivityRule.builder().activity("serve").unit(LedgerUnit.MINUTES).amount(60).perHour(true).source(TEST).build())
      .expiry(LedgerPolicy.Expiry.END_OF_FOLLOWING_YEAR)
      .putAccountCaps(AccountKind.TIME_ACCOUNT, 900L)
      .transferToRelatives(true)
      .careFromAge(60)
      .build();
  static final List<String> POINT_HOLDERS = List.of("p0", "p1", "p2", "p3");
  static final List<String> TIME_HOLDERS = List.of("t0", "t1", "t2");
  static final List<String> ACCOUNTS = List.of("p0", "p1", "p2", "p3", "t0", "t1", "t2", "shop");

  /** One step of a random sequence, before it is turned into an operation. */
  record Step(int kind, int a, int b, int amount, int hours) {}

  @Provide
  Arbitrary<List<Step>> sequences() {
    Arbitrary<Step> step = Combinators.combine(
            Arbitraries.integers().between(0, 14), Arbitraries.integers().between(0, 99),
            Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 9),
            // Often the same few instants (lots earned together are ordered by id), else any hour over three years.
            Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.integers().between(0, 3)), Tuple.of(3, Arbitraries.integers().between(0, 24 * 1100))))
        .as(Step::new);
    return step.list().ofMinSize(40).ofMaxSize(150);
  }

  static List<Operation> setup() {
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < POINT_HOLDERS.size(); i++) {
      ops.add(Operation.OpenAccount.of("open-" + POINT_HOLDERS.get(i), T0, Account.builder().id(POINT_HOLDERS.get(i))
          .kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS).communityId(i < 2 ? "c1" : "c2").inNeed(i == 0).build()));
    }
    ops.add(Operation.OpenAccount.of("open-t0", T0, Account.builder().id("t0").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES)
        .birthDate(LocalDate.of(1950, 3, 1)).addRelatives("t1").build()));
    ops.add(Operation.OpenAccount.of("open-t1", T0, Account.builder().id("t1").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES)
        .birthDate(LocalDate.of(1966, 6, 30)).addRelatives("t0", "t2").build()));
    ops.add(Operation.OpenAccount.of("open-t2", T0, Account.builder().id("t2").kind(AccountKind.PARTY_MEMBER).unit(LedgerUnit.MINUTES)
        .addRelatives("t1").build()));
    ops.add(Operation.OpenAccount.of("open-shop", T0, Account.builder().id("shop").kind(AccountKind.MERCHANT).unit(LedgerUnit.POINTS).build()));
    ops.add(Operation.Restock.builder().id("stock-soap").at(T0).item("soap").price(5).quantity(20).build());
    ops.add(Operation.Restock.builder().id("stock-meal").at(T0).item("meal").price(7).quantity(10).merchant("shop").inNeedOnly(true).build());
    ops.add(Operation.Restock.builder().id("stock-care").at(T0).item("care").unit(LedgerUnit.MINUTES).price(45).quantity(50).care(true).build());
    return ops;
  }

  static Operation toOperation(Step s, int index, List<Operation> earlier) {
    Instant at = T0.plusSeconds(3600L * s.hours());
    String id = "op" + index;
    String p = POINT_HOLDERS.get(s.a() % POINT_HOLDERS.size());
    String t = TIME_HOLDERS.get(s.a() % TIME_HOLDERS.size());
    switch (s.kind()) {
      case 0:
      case 1:
        return Operation.Accrue.of(id, at, p, "help", s.amount());
      case 2:
        return ImmutableAccrue.of(id, at, p, "wish", 1 + s.amount() % 2, s.b() % 3 == 0 ? Optional.empty() : Optional.of("gw" + s.b() % 2));
      case 3:
        return Operation.Accrue.of(id, at, t, "serve", 30L * s.amount());
      case 4:
        return Operation.Redeem.of(id, at, p, "soap", 1 + s.amount() % 3);
      case 5:
        return Operation.Redeem.of(id, at, p, "meal", 1);
      case 6:
        return Operation.Redeem.of(id, at, t, "care", 1 + s.amount() % 2);
      case 7:
        return Operation.Transfer.of(id, at, t, TIME_HOLDERS.get(s.b() % TIME_HOLDERS.size()), 15L * s.amount());
      case 8:
        return Operation.Donate.of(id, at, s.b() % 2 == 0 ? p : t, s.amount());
      case 9:
        return Operation.Expire.of(id, at);
      case 10:
        return earlier.isEmpty() ? Operation.Expire.of(id, at) : Operation.Reverse.of(id, at, earlier.get(s.b() % earlier.size()).getId());
      case 11:
        // Repeat an earlier operation exactly.
        return earlier.isEmpty() ? Operation.Expire.of(id, at) : earlier.get(s.b() % earlier.size());
      case 12:
        // Reuse an earlier id with other content.
        return earlier.isEmpty() ? Operation.Expire.of(id, at) : Operation.Donate.of(earlier.get(s.b() % earlier.size()).getId(), at, p, 999);
      case 13:
        return Operation.Restock.builder().id(id).at(at).item(s.b() % 2 == 0 ? "soap" : "care").unit(s.b() % 2 == 0 ? LedgerUnit.POINTS : LedgerUnit.MINUTES).price(s.b() % 2 == 0 ? 5 : 45).quantity(s.amount()).care(s.b() % 2 != 0).build();
      default:
        // An account, item or activity the ledger does not know.
        return Operation.Redeem.of(id, at, s.b() % 2 == 0 ? "nobody" : p, "nothing", 1);
    }
  }

  @Property(tries = 300)
  void columnarLedger_matchesTheReferenceStepByStep(@ForAll("sequences") List<Step> steps) {
    Ledger ledger = Ledger.of(POLICY);
    ReferenceLedger reference = ReferenceLedger.of(POLICY);
    List<Operation> earlier = new ArrayList<>();
    for (Operation op : setup()) {
      ledger.apply(op);
      reference.apply(op);
    }
    for (int i = 0; i < steps.size(); i++) {
      Operation op = toOperation(steps.get(i), i, earlier);
      Object expected = outcome(() -> reference.apply(op));
      Object actual = outcome(() -> ledger.apply(op));
      assertThat(actual).as("step %d: %s", i, op).isEqualTo(expected);
      if (actual instanceof Outcome.Applied a && !a.repeated()) {
        earlier.add(op);
      }
      Statistics.label("outcome").collect(actual instanceof Outcome.Refused r ? r.reason().name() : "applied");
      for (String account : ACCOUNTS) {
        assertThat(ledger.balance(account)).as("balance of %s after step %d", account, i).isEqualTo(reference.balance(account));
        assertThat(ledger.lots(account)).as("lots of %s after step %d", account, i).isEqualTo(reference.lots(account));
      }
      for (String item : List.of("soap", "meal", "care")) {
        assertThat(ledger.stock(item)).isEqualTo(reference.stock(item));
      }
      for (LedgerUnit unit : LedgerUnit.values()) {
        Ledger.Totals t = ledger.totals(unit);
        ReferenceLedger.Totals r = reference.totals(unit);
        assertThat(List.of(t.getIssued(), t.getRedeemed(), t.getExpired(), t.getDonated(), t.getOutstanding(), (long) t.getAccounts(), t.getPostings()))
            .isEqualTo(List.of(r.issued(), r.redeemed(), r.expired(), r.donated(), r.outstanding(), (long) r.accounts(), r.postings()));
      }
    }
    assertThat(ledger.postings()).isEqualTo(reference.postings());
    assertThat(ledger.log()).isEqualTo(reference.log());
    Instant end = T0.plusSeconds(3600L * 24 * 1200);
    for (String account : ACCOUNTS) {
      assertThat(ledger.statement(account, T0.plusSeconds(3600L * 24 * 100), end))
          .isEqualTo(reference.statement(account, T0.plusSeconds(3600L * 24 * 100), end));
    }
    for (LedgerUnit unit : LedgerUnit.values()) {
      assertThat(ledger.ranking(unit, T0, T0.plusSeconds(3600L * 24 * 400), 3)).isEqualTo(reference.ranking(unit, T0, T0.plusSeconds(3600L * 24 * 400), 3));
      assertThat(ledger.totalsByCommunity(unit)).isEqualTo(reference.totalsByCommunity(unit));
    }
    Statistics.label("outcome").coverage(c -> {
      c.check("applied").count(n -> n > 0);
      c.check("NOT_REVERSIBLE").count(n -> n > 0);
      c.check("NOT_ELIGIBLE").count(n -> n > 0);
      c.check("CONFIRMATION_REQUIRED").count(n -> n > 0);
    });
  }

  /** What applying an operation came to, comparable across the two implementations. */
  sealed interface Outcome {
    record Applied(String id, List<Posting> postings, long requested, long applied, boolean repeated) implements Outcome {}

    record Refused(LedgerException.Reason reason, String message) implements Outcome {}
  }

  private static Outcome outcome(java.util.function.Supplier<Object> apply) {
    try {
      Object result = apply.get();
      if (result instanceof Ledger.Result r) {
        return new Outcome.Applied(r.getOperationId(), List.copyOf(r.getPostings()), r.getRequested(), r.getApplied(), r.isRepeated());
      }
      ReferenceLedger.Result r = (ReferenceLedger.Result) result;
      return new Outcome.Applied(r.operationId(), List.copyOf(r.postings()), r.requested(), r.applied(), r.repeated());
    } catch (LedgerException refused) {
      return new Outcome.Refused(refused.getReason(), refused.getMessage());
    }
  }
}
