package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Operations with amounts and instants anywhere in their types' ranges (edge cases first): the
 * ledger refuses with a {@link LedgerException} or applies, never throws anything else, and after
 * every step the balances of each unit sum to zero, holders hold at least zero and every total is
 * conserved. Before issue 14 such operations escaped as {@code ArithmeticException} or {@code
 * DateTimeException}, or wrapped a balance negative.
 */
class LedgerLimitsProperties {
  static final Instant T0 = LedgerLimitsTest.T0;

  record Step(int kind, long amount, Instant at, int account) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Long> amounts = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(1, 1_000),
        Arbitraries.of(Long.MAX_VALUE / 100, Long.MAX_VALUE / 60, Long.MAX_VALUE / 2, Long.MAX_VALUE, Long.MIN_VALUE));
    Arbitrary<Instant> instants = Arbitraries.oneOf(
        Arbitraries.of(Instant.MIN, Instant.MAX, OperationLimits.EARLIEST, OperationLimits.LATEST, OperationLimits.LATEST.plusNanos(1)),
        Arbitraries.longs().between(0, 86_400L * 365 * 5).map(T0::plusSeconds));
    return Combinators.combine(Arbitraries.integers().between(0, 5), amounts, instants, Arbitraries.integers().between(0, 2))
        .as(Step::new).list().ofMinSize(5).ofMaxSize(60);
  }

  @Property(tries = 300)
  void extremeOperations_areRefusedOrConservedNeverWrapped(@ForAll("steps") List<Step> steps) {
    Ledger l = Ledger.of(LedgerLimitsTest.POLICY);
    l.apply(Operation.OpenAccount.of("open-p", T0, Account.builder().id("p").kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS).build()));
    l.apply(Operation.OpenAccount.of("open-a", T0, Account.builder().id("a").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES)
        .addRelatives("b").build()));
    l.apply(Operation.OpenAccount.of("open-b", T0, Account.builder().id("b").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES)
        .addRelatives("a").build()));
    l.apply(Operation.Restock.builder().id("stock").at(T0).item("soap").price(5).quantity(1_000).build());
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      String id = "op" + i;
      String holder = s.account() == 0 ? "p" : s.account() == 1 ? "a" : "b";
      Operation op = switch (s.kind()) {
        case 0 -> Operation.Accrue.of(id, s.at(), holder, holder.equals("p") ? "help" : "serve", s.amount());
        case 1 -> Operation.Transfer.of(id, s.at(), holder.equals("a") ? "a" : "b", holder.equals("a") ? "b" : "a", s.amount());
        case 2 -> Operation.Donate.of(id, s.at(), holder, s.amount());
        case 3 -> Operation.Redeem.of(id, s.at(), "p", "soap", s.amount());
        case 4 -> Operation.Restock.builder().id(id).at(s.at()).item("soap").price(5).quantity(s.amount()).build();
        default -> Operation.Expire.of(id, s.at());
      };
      try {
        l.apply(op);
        Statistics.label("outcome").collect("applied");
      } catch (LedgerException refused) {
        Statistics.label("outcome").collect(refused.getReason().name());
      }
      for (LedgerUnit unit : LedgerUnit.values()) {
        assertThat(l.sum(unit)).isZero();
        Ledger.Totals t = l.totals(unit);
        assertThat(t.conservationHolds()).isTrue();
        assertThat(List.of(t.getIssued(), t.getRedeemed(), t.getExpired(), t.getDonated(), t.getOutstanding())).allSatisfy(v -> assertThat(v).isNotNegative());
      }
      for (String account : List.of("p", "a", "b")) {
        assertThat(l.balance(account)).isNotNegative();
      }
    }
    Statistics.label("outcome").coverage(c -> {
      c.check("applied").count(n -> n > 0);
      c.check("OUT_OF_RANGE").count(n -> n > 0);
    });
  }
}
