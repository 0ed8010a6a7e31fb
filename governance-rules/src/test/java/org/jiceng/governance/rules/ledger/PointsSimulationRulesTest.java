package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The points simulation's own rules, read back from the log of a small run (20 residents, 5
 * merchants, 13 months from January): who is opened and how, what is restocked and when, the ids,
 * instants and quantities of accruals and redemptions, the yearly expiry, and a summary that
 * agrees with the ledger it describes.
 */
class PointsSimulationRulesTest {
  static final LocalDate START = LocalDate.of(2025, 1, 1);
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static PointsScenario scenario() {
    return PointsScenario.builder().policy("liaoning-jianping-points").residents(20).merchants(5).offerPrice(2)
        .putActivityRates("parcel-collection", 3.0).putActivityRates("temporary-care", 0.5).putActivityRates("volunteer-service", 0.5)
        .redemptionRate(1.0).addCatalog(PointsScenario.CatalogItem.of("soap", 1, 3)).start(START).build();
  }

  @Test
  void run_refusesFewerThanOneMonth() {
    assertThatThrownBy(() -> PointsSimulation.run(scenario(), 1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Simulate at least 1 month, found 0");
  }

  @Test
  void accountsAndOffers_openedAtTheStartWithOneResidentInTenInNeed() {
    Ledger l = PointsSimulation.run(scenario(), 3, 1).getLedger();
    Instant t0 = START.atStartOfDay(ZONE).toInstant();

    for (int r = 1; r <= 20; r++) {
      Account a = l.getAccount(String.format("passbook-%05d", r)).orElseThrow();
      assertThat(a.getKind()).isEqualTo(AccountKind.PASSBOOK);
      assertThat(a.getCommunityId()).contains("community");
      assertThat(a.isInNeed()).as("passbook %s", r).isEqualTo(r % 10 == 1);
    }
    assertThat(l.getAccount("passbook-00021")).isEmpty();
    List<Operation.Restock> offers = l.log().stream().filter(o -> o.getId().startsWith("offer-")).map(Operation.Restock.class::cast).toList();
    assertThat(offers).extracting(o -> o.getItem() + " " + o.getMerchant().orElseThrow() + " " + o.isInNeedOnly() + " " + o.getPrice())
        .containsExactly("offer-merchant-01 merchant-01 true 2", "offer-merchant-02 merchant-02 false 2", "offer-merchant-03 merchant-03 false 2",
            "offer-merchant-04 merchant-04 false 2", "offer-merchant-05 merchant-05 true 2");
    assertThat(offers).allSatisfy(o -> {
      assertThat(o.getAt()).isEqualTo(t0);
      assertThat(o.getQuantity()).isEqualTo(1_000_000);
    });
    assertThat(l.getAccount("merchant-05")).map(Account::getKind).contains(AccountKind.MERCHANT);
  }

  @Test
  void everyMonth_restocksAtItsStartAccruesWithinItAndRedeemsInItsLastSecond() {
    PointsSimulation.Run run = PointsSimulation.run(scenario(), 3, 13);
    Ledger l = run.getLedger();
    Map<LocalDate, List<Operation>> byMonth = new TreeMap<>();
    for (Operation op : l.log()) {
      LocalDate local = op.getAt().atZone(ZONE).toLocalDate();
      byMonth.computeIfAbsent(local.withDayOfMonth(1), k -> new ArrayList<>()).add(op);
    }
    long gaps = 0;
    for (int m = 0; m < 13; m++) {
      LocalDate first = START.plusMonths(m);
      Instant start = first.atStartOfDay(ZONE).toInstant();
      Instant end = first.plusMonths(1).atStartOfDay(ZONE).toInstant();
      List<Operation> ops = byMonth.get(first);
      assertThat(ops).as("month %s", first).anySatisfy(o -> assertThat(o).isEqualTo(Operation.Restock.builder().id("restock-soap-" + first)
          .at(start).item("soap").price(1).quantity(3).build()));
      Set<Integer> numbers = new HashSet<>();
      int max = -1;
      for (Operation o : ops) {
        if (o instanceof Operation.Accrue a) {
          assertThat(a.getId()).matches("accrue-" + first + "-\\d+");
          assertThat(a.getAt()).isBetween(start, end.minusNanos(1));
          assertThat(a.getQuantity()).isEqualTo(a.getActivity().equals("volunteer-service") ? 60 : 1);
          assertThat(a.getConfirmedBy()).isEqualTo(a.getActivity().equals("temporary-care") ? java.util.Optional.of("grid-worker")
              : java.util.Optional.empty());
        } else if (o instanceof Operation.Redeem r) {
          assertThat(r.getId()).matches("redeem-" + first + "-\\d+");
          assertThat(r.getAt()).isEqualTo(end.minusSeconds(1));
          assertThat(r.getQuantity()).isEqualTo(1);
          assertThat(r.getItem()).matches("soap|offer-merchant-0[1-5]");
        } else {
          continue;
        }
        int n = Integer.parseInt(o.getId().substring(o.getId().lastIndexOf('-') + 1));
        numbers.add(n);
        max = Math.max(max, n);
      }
      gaps += max + 1 - numbers.size();
      boolean expires = m > 0 && first.getMonthValue() == 1;
      assertThat(ops).as("month %s", first).filteredOn(o -> o instanceof Operation.Expire)
          .containsExactlyElementsOf(expires ? List.of(Operation.Expire.of("expire-" + first, start)) : List.of());
    }
    assertThat(l.log()).filteredOn(o -> o instanceof Operation.Redeem).isNotEmpty();
    // Numbers skipped are operations refused (soap runs out, caps are reached, balances are short).
    assertThat(gaps).isPositive();
    assertThat(run.getSummary().getRefused()).isGreaterThanOrEqualTo(gaps);
  }

  @Test
  void summary_agreesWithTheLedger() {
    PointsSimulation.Run run = PointsSimulation.run(scenario(), 3, 13);
    Ledger l = run.getLedger();
    PointsSimulation.Summary s = run.getSummary();
    Instant from = START.atStartOfDay(ZONE).toInstant();
    Instant to = START.plusMonths(13).atStartOfDay(ZONE).toInstant();
    Map<String, Long> earned = new TreeMap<>();
    l.ranking(LedgerUnit.POINTS, from, to, Integer.MAX_VALUE).forEach(e -> earned.put(e.getKey(), e.getValue()));
    int active = 0;
    List<Long> all = new ArrayList<>();
    for (int r = 1; r <= 20; r++) {
      String id = String.format("passbook-%05d", r);
      if (earned.containsKey(id) || l.balance(id) != 0) {
        active++;
      }
      all.add(earned.getOrDefault(id, 0L));
    }
    all.sort(java.util.Comparator.reverseOrder());
    long total = all.stream().mapToLong(Long::longValue).sum();

    assertThat(s.getPolicy()).isEqualTo("liaoning-jianping-points");
    assertThat(s.getSeed()).isEqualTo(3);
    assertThat(s.getMonths()).isEqualTo(13);
    assertThat(s.getTotals()).isEqualTo(l.totals(LedgerUnit.POINTS));
    assertThat(s.getActiveAccounts()).isEqualTo(active).isBetween(1, 20);
    // The top tenth of 20 residents: the 2 who earned most.
    assertThat(s.getTopEarnersShare()).isEqualTo(Math.round((all.get(0) + all.get(1)) * 10_000.0 / total) / 10_000.0)
        .isBetween(0.1, 1.0);
    assertThat(run.toString()).startsWith("Run{policy=liaoning-jianping-points, summary=Summary{policy=liaoning-jianping-points, seed=3");
  }
}
