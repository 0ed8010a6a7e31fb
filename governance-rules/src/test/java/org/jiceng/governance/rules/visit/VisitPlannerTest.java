package org.jiceng.governance.rules.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiceng.governance.rules.visit.VisitFixture.POLICY;
import static org.jiceng.governance.rules.visit.VisitFixture.SINCE;
import static org.jiceng.governance.rules.visit.VisitFixture.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.rules.visit.Obligation.Status;
import org.jiceng.governance.rules.visit.VisitEvent.Tagged;
import org.jiceng.governance.rules.visit.VisitEvent.Untagged;
import org.jiceng.governance.rules.visit.VisitEvent.Visited;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VisitPlannerTest {
  private static final Jurisdiction J = VisitFixture.jurisdiction();

  private static List<Obligation> of(VisitPlan plan, String household, CareTag tag) {
    return plan.getObligations().stream().filter(o -> o.getHousehold().equals(household) && o.getTag() == tag).collect(Collectors.toList());
  }

  private static VisitPolicy.Rhythm rhythm(CareTag t) {
    return POLICY.findRhythm(t).orElseThrow();
  }

  private static Visited visit(String id, LocalDate on, String household) {
    return Visited.of(id, on, household, "gw1");
  }

  @ParameterizedTest
  @EnumSource(CareTag.class)
  void standingTag_isOpenUntilItsDueDayAndOverdueTheDayAfter(CareTag tag) {
    LocalDate due = SINCE.plusDays(rhythm(tag).getFirstWithinDays());
    VisitPlan onDueDay = VisitPlanner.plan(J, VisitLog.empty(), POLICY, SINCE, due);
    VisitPlan dayAfter = VisitPlanner.plan(J, VisitLog.empty(), POLICY, SINCE, due.plusDays(1));

    assertThat(of(onDueDay, household(tag), tag)).singleElement().satisfies(o -> {
      assertThat(o.getDue()).isEqualTo(due);
      assertThat(o.getStatus()).isEqualTo(Status.OPEN);
    });
    assertThat(of(dayAfter, household(tag), tag)).singleElement().satisfies(o -> assertThat(o.getStatus()).isEqualTo(Status.OVERDUE));
    assertThat(dayAfter.getOverdue()).extracting(Obligation::getHousehold).contains(household(tag));
  }

  @ParameterizedTest
  @EnumSource(CareTag.class)
  void standingTag_visitOnDueDayIsOnTimeAndOpensTheNextAtItsInterval(CareTag tag) {
    VisitPolicy.Rhythm r = rhythm(tag);
    LocalDate due = SINCE.plusDays(r.getFirstWithinDays());
    LocalDate asOf = due.plusDays(r.getEveryDays() + 1);
    VisitPlan plan = VisitPlanner.plan(J, VisitLog.replay(List.of(visit("v1", due, household(tag)))), POLICY, SINCE, asOf);

    List<Obligation> mine = of(plan, household(tag), tag);
    assertThat(mine.get(0).getStatus()).isEqualTo(Status.MET_ON_TIME);
    assertThat(mine.get(0).getMetOn()).contains(due);
    assertThat(mine.get(0).getVisitor()).contains("gw1");
    assertThat(mine).hasSize(2);
    assertThat(mine.get(1).getOpened()).isEqualTo(due);
    assertThat(mine.get(1).getDue()).isEqualTo(due.plusDays(r.getEveryDays()));
    assertThat(mine.get(1).getStatus()).isEqualTo(Status.OVERDUE);
  }

  @ParameterizedTest
  @EnumSource(CareTag.class)
  void standingTag_visitAfterDueDayIsLate(CareTag tag) {
    LocalDate late = SINCE.plusDays(rhythm(tag).getFirstWithinDays() + 1);
    VisitPlan plan = VisitPlanner.plan(J, VisitLog.replay(List.of(visit("v1", late, household(tag)))), POLICY, SINCE, late);

    assertThat(of(plan, household(tag), tag).get(0).getStatus()).isEqualTo(Status.MET_LATE);
    assertThat(plan.getByCommunity().get(0).getMetOnTime()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CareTag.class)
  void raisedTag_fallsDueFromTheEventDay(CareTag tag) {
    LocalDate raised = SINCE.plusDays(40);
    VisitLog log = VisitLog.replay(List.of(Tagged.of("t1", raised, "plain", tag)));
    LocalDate due = raised.plusDays(rhythm(tag).getFirstWithinDays());

    assertThat(of(VisitPlanner.plan(J, log, POLICY, SINCE, raised.minusDays(1)), "plain", tag)).isEmpty();
    assertThat(of(VisitPlanner.plan(J, log, POLICY, SINCE, due), "plain", tag)).singleElement()
        .satisfies(o -> assertThat(o.getStatus()).isEqualTo(Status.OPEN));
    assertThat(of(VisitPlanner.plan(J, log, POLICY, SINCE, due.plusDays(1)), "plain", tag)).singleElement()
        .satisfies(o -> assertThat(o.getStatus()).isEqualTo(Status.OVERDUE));
  }

  @ParameterizedTest
  @EnumSource(CareTag.class)
  void clearedTag_beforeItsDueDayObligesNothingAfterItIsMissed(CareTag tag) {
    LocalDate raised = SINCE.plusDays(10);
    LocalDate due = raised.plusDays(rhythm(tag).getFirstWithinDays());
    VisitLog early = VisitLog.replay(List.of(Tagged.of("t1", raised, "plain", tag), Untagged.of("u1", due, "plain", tag)));
    VisitLog late = VisitLog.replay(List.of(Tagged.of("t1", raised, "plain", tag), Untagged.of("u1", due.plusDays(1), "plain", tag)));
    LocalDate asOf = due.plusDays(100);

    assertThat(of(VisitPlanner.plan(J, early, POLICY, SINCE, asOf), "plain", tag)).isEmpty();
    assertThat(of(VisitPlanner.plan(J, late, POLICY, SINCE, asOf), "plain", tag)).singleElement()
        .satisfies(o -> assertThat(o.getStatus()).isEqualTo(Status.MISSED));
  }

  @Test
  void majorAccident_isDueWithinThreeDaysOfTheReport() {
    LocalDate reported = LocalDate.of(2025, 3, 10);
    VisitLog log = VisitLog.replay(List.of(Tagged.of("acc", reported, "plain", CareTag.MAJOR_ACCIDENT),
        visit("v", reported.plusDays(2), "plain")));
    VisitPlan plan = VisitPlanner.plan(J, log, POLICY, SINCE, reported.plusDays(2));

    assertThat(of(plan, "plain", CareTag.MAJOR_ACCIDENT).get(0)).satisfies(o -> {
      assertThat(o.getDue()).isEqualTo(LocalDate.of(2025, 3, 13));
      assertThat(o.getStatus()).isEqualTo(Status.MET_ON_TIME);
    });
  }

  @Test
  void oneVisit_meetsEveryTagOfTheHouseholdOpenThatDay() {
    LocalDate d = SINCE.plusDays(2);
    VisitLog log = VisitLog.replay(List.of(Tagged.of("t", SINCE, "plain", CareTag.DISPUTE_PARTY),
        Tagged.of("t2", SINCE, "plain", CareTag.KEY_PETITIONER), visit("v", d, "plain")));
    VisitPlan plan = VisitPlanner.plan(J, log, POLICY, SINCE, d);

    assertThat(plan.getObligations().stream().filter(o -> o.getHousehold().equals("plain") && o.getMetOn().isPresent()))
        .extracting(Obligation::getTag).containsExactlyInAnyOrder(CareTag.DISPUTE_PARTY, CareTag.KEY_PETITIONER);
  }

  @Test
  void sameDayVisits_meetOneObligationNotTheNext() {
    String h = household(CareTag.ELDERLY_ALONE);
    LocalDate d = SINCE.plusDays(5);
    VisitLog log = VisitLog.replay(List.of(visit("a", d, h), visit("b", d, h)));
    VisitPlan plan = VisitPlanner.plan(J, log, POLICY, SINCE, d.plusDays(31));

    assertThat(of(plan, h, CareTag.ELDERLY_ALONE)).extracting(Obligation::getStatus).containsExactly(Status.MET_ON_TIME, Status.OVERDUE);
  }

  @Test
  void visitsBeforeTheTag_doNotCount() {
    VisitLog log = VisitLog.replay(List.of(visit("v", SINCE.plusDays(1), "plain"), Tagged.of("t", SINCE.plusDays(2), "plain", CareTag.DISABLED)));
    VisitPlan plan = VisitPlanner.plan(J, log, POLICY, SINCE, SINCE.plusDays(100));

    assertThat(of(plan, "plain", CareTag.DISABLED)).extracting(Obligation::getStatus).containsExactly(Status.OVERDUE);
  }

  @Test
  void eventsAfterThePlanDate_areNotSeen() {
    String h = household(CareTag.KEY_PETITIONER);
    LocalDate asOf = SINCE.plusDays(3);
    VisitLog log = VisitLog.replay(List.of(visit("v", asOf.plusDays(1), h)));

    assertThat(of(VisitPlanner.plan(J, log, POLICY, SINCE, asOf), h, CareTag.KEY_PETITIONER)).extracting(Obligation::getStatus)
        .containsExactly(Status.OPEN);
  }

  @Test
  void responsible_isTheFirstRoleThePolicyNamesThatTheDataHas() {
    VisitPlan byDefault = VisitPlanner.plan(J, VisitLog.empty(), POLICY, SINCE, SINCE);
    VisitPolicy headsFirst = VisitPolicy.of(POLICY.getRhythms(), List.of(VisitResponsibility.BUILDING_HEAD, VisitResponsibility.FULL_TIME_GRID_WORKER));
    VisitPolicy centralFirst = VisitPolicy.of(POLICY.getRhythms(), List.of(VisitResponsibility.CENTRAL_HOUSEHOLD));
    String h = household(CareTag.DISABLED);

    assertThat(of(byDefault, h, CareTag.DISABLED).get(0).getResponsible()).contains(Obligation.Responsible.of(
        VisitResponsibility.FULL_TIME_GRID_WORKER, "gw1", "李网格员"));
    assertThat(of(VisitPlanner.plan(J, VisitLog.empty(), headsFirst, SINCE, SINCE), h, CareTag.DISABLED).get(0).getResponsible())
        .map(Obligation.Responsible::getId).contains("head1");
    assertThat(of(VisitPlanner.plan(J, VisitLog.empty(), centralFirst, SINCE, SINCE), h, CareTag.DISABLED).get(0).getResponsible())
        .map(Obligation.Responsible::getId).contains("ch1");
    assertThat(of(byDefault, "lonely", CareTag.ELDERLY_ALONE).get(0).getResponsible()).isEmpty();
  }

  @Test
  void coverage_countsMetOnTimeOverDueOrMetPerGridAndCommunity() {
    String elderly = household(CareTag.ELDERLY_ALONE);
    LocalDate asOf = SINCE.plusDays(31);
    VisitLog log = VisitLog.replay(List.of(visit("v1", SINCE.plusDays(10), elderly), visit("v2", SINCE.plusDays(20), "lonely")));
    VisitPlan plan = VisitPlanner.plan(J, log, POLICY, SINCE, asOf);

    Coverage g2 = plan.getByGrid().stream().filter(c -> c.getAreaId().equals("g2")).findFirst().orElseThrow();
    assertThat(g2.getCounted()).isEqualTo(1);
    assertThat(g2.getRate()).hasValue(1.0);
    Coverage g1 = plan.getByGrid().stream().filter(c -> c.getAreaId().equals("g1")).findFirst().orElseThrow();
    long overdueInG1 = plan.getOverdue().stream().filter(o -> o.getGrid().equals(Optional.of("g1"))).count();
    assertThat(g1.getOverdue()).isEqualTo(overdueInG1).isPositive();
    assertThat(g1.getMetOnTime()).isEqualTo(1);
    assertThat(g1.getCounted()).isEqualTo(g1.getMetOnTime() + g1.getOverdue());
    Coverage c1 = plan.getByCommunity().get(0);
    assertThat(c1.getCounted()).isEqualTo(g1.getCounted() + g2.getCounted());
    assertThat(c1.getMetOnTime()).isEqualTo(2);
    assertThat(plan.getTotal().getCounted()).isEqualTo(c1.getCounted());
  }

  @Test
  void disputes_countOpenedInThePeriodAndSettled() {
    VisitLog log = VisitLog.replay(List.of(Tagged.of("d1", SINCE.plusDays(1), "plain", CareTag.DISPUTE_PARTY),
        Untagged.of("s1", SINCE.plusDays(5), "plain", CareTag.DISPUTE_PARTY),
        Tagged.of("d2", SINCE.plusDays(6), "plain", CareTag.DISPUTE_PARTY)));

    assertThat(VisitPlanner.plan(J, log, POLICY, SINCE, SINCE.plusDays(10)).getDisputes().get("c1")).isEqualTo(VisitPlan.Disputes.of(2, 1));
  }

  @Test
  void unknownHouseholds_areListed() {
    VisitLog log = VisitLog.replay(List.of(visit("v", SINCE, "nobody"), visit("v2", SINCE, "g1")));

    assertThat(VisitPlanner.plan(J, log, POLICY, SINCE, SINCE).getUnknownHouseholds()).containsExactly("g1", "nobody");
  }

  @Test
  void plan_refusesADateBeforeItsStart() {
    assertThatThrownBy(() -> VisitPlanner.plan(J, VisitLog.empty(), POLICY, SINCE, SINCE.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-12-31").hasMessageContaining("2025-01-01");
  }

  @Test
  void tagWithoutRhythm_obligesNothing() {
    VisitPolicy onlyElderly = VisitPolicy.of(java.util.Map.of(CareTag.ELDERLY_ALONE, VisitPolicy.Rhythm.of(30, 30)), POLICY.getResponsible());

    assertThat(VisitPlanner.plan(J, VisitLog.empty(), onlyElderly, SINCE, SINCE).getObligations()).extracting(Obligation::getTag)
        .containsOnly(CareTag.ELDERLY_ALONE);
  }

  @Test
  void maskName_keepsTheFirstCharacterOnly() {
    assertThat(Obligation.maskName("王秀英")).isEqualTo("王**");
    assertThat(Obligation.maskName("王")).isEqualTo("*");
    assertThat(Obligation.maskName("𠀋家")).isEqualTo("𠀋*");
    assertThat(Set.of(Obligation.maskName("Li Lei"))).containsExactly("L*****");
  }
}
