package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PointsSimulationTest {
  @Test
  void sameSeed_sameLedgerPostingForPosting() {
    var a = PointsSimulation.run(PointsScenario.jianping(), 7, 14);
    var b = PointsSimulation.run(PointsScenario.jianping(), 7, 14);
    assertThat(a.getSummary()).isEqualTo(b.getSummary());
    assertThat(a.getLedger().postings()).isEqualTo(b.getLedger().postings());
    assertThat(PointsSimulation.run(PointsScenario.jianping(), 8, 14).getSummary()).isNotEqualTo(a.getSummary());
  }

  @Test
  void jianping_twoYears_conservesAndExpiresAfterTheFollowingYear() {
    var run = PointsSimulation.run(PointsScenario.jianping(), 1, 36);
    Ledger.Totals t = run.getSummary().getTotals();
    assertThat(t.conservationHolds()).isTrue();
    assertThat(run.getLedger().sum(LedgerUnit.POINTS)).isZero();
    assertThat(t.getIssued()).isPositive();
    assertThat(t.getRedeemed()).isPositive();
    // Lots of 2025 lapse on 2027-01-01, inside 36 months.
    assertThat(t.getExpired()).isPositive();
    assertThat(t.getAccounts()).isEqualTo(1600);
    assertThat(run.getSummary().getActiveAccounts()).isBetween(1, 1600);
    assertThat(run.getSummary().getTopEarnersShare()).isBetween(0.1, 1.0);
  }

  @Test
  void unknownPolicyOrActivity_isRefused() {
    assertThatThrownBy(() -> PointsSimulation.run(PointsScenario.builder().policy("nope").residents(1).merchants(0).offerPrice(1).redemptionRate(0).build(), 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("known: liaoning-jianping-points");
  }
}
