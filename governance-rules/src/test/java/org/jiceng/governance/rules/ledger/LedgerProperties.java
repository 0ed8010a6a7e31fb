package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jiceng.governance.rules.profile.Source;

/**
 * Random sequences of operations (with repeated ids, conflicting ids, expiry at random instants,
 * reversals) against the ledger's guarantees, checked after every step.
 */
class LedgerProperties {
  static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  static final Source TEST = Source.of("test", "");
  static final LedgerPolicy POLICY = LedgerPolicy.builder().id("test").source(TEST)
      .putActivities("help", ActivityRule.builder().activity("help").unit(LedgerUnit.POINTS).amount(3).capPerDay(12).capPerYear(400).source(TEST).build())
      .putActivities("serve", ActivityRule.builder().activity("serve").unit(LedgerUnit.MINUTES).amount(60).perHour(true).source(TEST).build())
      .expiry(LedgerPolicy.Expiry.END_OF_FOLLOWING_YEAR)
      .putAccountCaps(AccountKind.TIME_ACCOUNT, 600L)
      .transferToRelatives(true)
      .build();
  static final List<String> POINT_HOLDERS = List.of("p0", "p1", "p2");
  static final List<String> TIME_HOLDERS = List.of("t0", "t1");

  /** One step of a random sequence, before it is turned into an operation. */
  record Step(int kind, int a, int b, int amount, int hours) {}

  @Provide
  Arbitrary<List<Step>> sequences() {
    Arbitrary<Step> step = Combinators.combine(
            Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 99),
            Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 8), Arbitraries.integers().between(0, 24 * 900))
        .as(Step::new);
    return step.list().ofMinSize(20).ofMaxSize(120);
  }

  static List<Operation> setup() {
    List<Operation> ops = new ArrayList<>();
    for (String p : POINT_HOLDERS) {
      ops.add(Operation.OpenAccount.of("open-" + p, T0, Account.builder().id(p).kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS).communityId("c").build()));
    }
    ops.add(Operation.OpenAccount.of("open-t0", T0, Account.builder().id("t0").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES).addRelatives("t1").build()));
    ops.add(Operation.OpenAccount.of("open-t1", T0, Account.builder().id("t1").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES).build()));
    ops.add(Operation.Restock.builder().id("stock").at(T0).item("soap").price(5).quantity(30).build());
    return ops;
  }

  static Operation toOperation(Step s, int index, List<Operation> earlier) {
    Instant at = T0.plusSeconds(3600L * s.hours());
    String id = "op" + index;
    String p = POINT_HOLDERS.get(s.a() % POINT_HOLDERS.size());
    switch (s.kind()) {
      case 0:
      case 1:
        return Operation.Accrue.of(id, at, p, "help", s.amount());
      case 2:
        return Operation.Accrue.of(id, at, TIME_HOLDERS.get(s.a() % 2), "serve", 30L * s.amount());
      case 3:
        return Operation.Redeem.of(id, at, p, "soap", 1 + s.amount() % 2);
      case 4:
        return Operation.Transfer.of(id, at, "t0", "t1", 15L * s.amount());
      case 5:
        return Operation.Donate.of(id, at, p, s.amount());
      case 6:
        return Operation.Expire.of(id, at);
      case 7:
        return earlier.isEmpty() ? Operation.Expire.of(id, at) : Operation.Reverse.of(id, at, earlier.get(s.b() % earlier.size()).getId());
      case 8:
        // Repeat an earlier operation exactly.
        return earlier.isEmpty() ? Operation.Expire.of(id, at) : earlier.get(s.b() % earlier.size());
      default:
        // Reuse an earlier id with other content.
        return earlier.isEmpty() ? Operation.Expire.of(id, at) : Operation.Donate.of(earlier.get(s.b() % earlier.size()).getId(), at, p, 999);
    }
  }

  @Property(tries = 300)
  void everyStep_keepsTheBookBalancedNonNegativeAndIdempotent(@ForAll("sequences") List<Step> steps) {
    Ledger ledger = Ledger.of(POLICY);
    List<Operation> earlier = new ArrayList<>();
    setup().forEach(ledger::apply);
    for (int i = 0; i < steps.size(); i++) {
      Operation op = toOperation(steps.get(i), i, earlier);
      int postingsBefore = ledger.postings().size();
      boolean seen = earlier.stream().anyMatch(e -> e.getId().equals(op.getId()));
      try {
        Ledger.Result r = ledger.apply(op);
        assertThat(r.isRepeated()).isEqualTo(seen);
        if (r.isRepeated()) {
          assertThat(ledger.postings()).hasSize(postingsBefore);
        } else {
          earlier.add(op);
          checkOldestFirst(ledger, op, r);
        }
        Statistics.label("outcome").collect(r.isRepeated() ? "repeated" : "applied");
      } catch (LedgerException refused) {
        assertThat(ledger.postings()).as("a refusal changes nothing").hasSize(postingsBefore);
        Statistics.label("outcome").collect(refused.getReason().name());
      }
      for (LedgerUnit unit : LedgerUnit.values()) {
        assertThat(ledger.sum(unit)).isZero();
        assertThat(ledger.totals(unit).conservationHolds()).isTrue();
      }
      for (String h : List.of("p0", "p1", "p2", "t0", "t1")) {
        long balance = ledger.balance(h);
        assertThat(balance).isNotNegative();
        assertThat(ledger.lots(h).stream().mapToLong(Lot::getRemaining).sum()).isEqualTo(balance);
      }
      assertThat(ledger.balance("t1")).isLessThanOrEqualTo(600L);
    }
    Ledger replayed = Ledger.replay(POLICY, ledger.log());
    assertThat(replayed.postings()).isEqualTo(ledger.postings());
    for (String h : List.of("p0", "p1", "p2", "t0", "t1")) {
      assertThat(replayed.lots(h)).isEqualTo(ledger.lots(h));
    }
    Statistics.label("outcome").coverage(c -> {
      c.check("applied").count(n -> n > 0);
      c.check("repeated").count(n -> n > 0);
      c.check("ID_REUSED").count(n -> n > 0);
      c.check("INSUFFICIENT_BALANCE").count(n -> n > 0);
    });
  }

  /** After spending, no older lot that was spendable then still holds anything. */
  private static void checkOldestFirst(Ledger ledger, Operation op, Ledger.Result r) {
    List<Posting> spent = r.getPostings().stream()
        .filter(p -> p.getKind() == PostingKind.REDEMPTION || p.getKind() == PostingKind.DONATION || p.getKind() == PostingKind.TRANSFER)
        .toList();
    if (spent.isEmpty()) {
      return;
    }
    String holder = spent.get(0).getDebit();
    String lastLot = spent.get(spent.size() - 1).getLotId().orElseThrow();
    Lot last = ledger.lots(holder).stream().filter(l -> l.getId().equals(lastLot)).findFirst().orElse(null);
    Instant lastEarned = last != null ? last.getEarnedAt() : null;
    if (lastEarned == null) {
      return;
    }
    for (Lot l : ledger.lots(holder)) {
      boolean older = l.getEarnedAt().isBefore(lastEarned) || (l.getEarnedAt().equals(lastEarned) && l.getId().compareTo(lastLot) < 0);
      boolean spendable = l.getExpiresAt().map(e -> e.isAfter(op.getAt())).orElse(true);
      assertThat(older && spendable).as("lot %s left while a younger one was spent", l.getId()).isFalse();
    }
  }
}
