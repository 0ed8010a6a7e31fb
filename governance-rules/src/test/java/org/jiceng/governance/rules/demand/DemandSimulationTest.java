package org.jiceng.governance.rules.demand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemandSimulationTest {
  /**
   * Jiayuguan (seed 001): 185 demands in 7 domains in a year, about 130 solved at community level,
   * the rest escalated to the street 大工委 meeting.
   */
  @Test
  void jiayuguan_reproducesThePublishedShape() {
    double demands = 0;
    double settled = 0;
    double street = 0;
    int runs = 10;
    for (long seed = 1; seed <= runs; seed++) {
      var out = DemandSimulation.run(DemandSimulation.jiayuguan(), seed, 4);
      assertThat(out.getByCategory()).hasSize(7);
      assertThat(out.getSettledAtCommunity() + out.getEscalatedToStreet()).isLessThanOrEqualTo(out.getMetrics().getDemands());
      demands += out.getMetrics().getDemands();
      settled += out.getSettledAtCommunity();
      street += out.getEscalatedToStreet();
    }
    System.out.printf("jiayuguan over %d seeds: demands %.1f, settled at community %.1f, escalated to street %.1f%n",
        runs, demands / runs, settled / runs, street / runs);
    assertThat(demands / runs).isBetween(175.0, 195.0);
    assertThat(settled / runs).isBetween(115.0, 145.0);
    assertThat(street / runs).isBetween(35.0, 70.0);
  }

  @Test
  void sameSeed_sameEventsByteForByte() {
    var a = DemandSimulation.run(DemandSimulation.jiayuguan(), 5, 2);
    var b = DemandSimulation.run(DemandSimulation.jiayuguan(), 5, 2);
    assertThat(a.getEvents()).isEqualTo(b.getEvents());
    assertThat(a.getMetrics()).isEqualTo(b.getMetrics());
    assertThat(DemandBoard.replay(a.getEvents())).isEqualTo(a.getBoard());
  }

  /** The research question of the issue: how does the completion rate change between monthly and quarterly meetings? */
  @Test
  void monthlyMeetings_completeMoreThanQuarterlyOnes() {
    var monthly = DemandSimulation.jiayuguan();
    var quarterly = DemandSimulation.Scenario.builder().policy(monthly.getPolicy().withCommunityMeetingMonths(3))
        .addAllCommunities(monthly.getCommunities()).addAllResources(monthly.getResources())
        .putAllArrivalsPerQuarter(monthly.getArrivalsPerQuarter()).smallShare(monthly.getSmallShare())
        .start(monthly.getStart()).build();
    double m = 0;
    double q = 0;
    for (long seed = 1; seed <= 5; seed++) {
      m += DemandSimulation.run(monthly, seed, 4).getMetrics().getCompletionRate();
      q += DemandSimulation.run(quarterly, seed, 4).getMetrics().getCompletionRate();
    }
    System.out.println("completion rate over 5 seeds: monthly " + m / 5 + ", quarterly " + q / 5);
    assertThat(m).isGreaterThan(q);
  }
}
