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
    return plan.obligations().stream().filter(o -> o.household().equals(household) && o.tag() == tag).collect(Collectors.toList());
  }

  private static VisitPolicy.Rhythm rhythm(CareTag t) {
    return POLICY.rhythm(t).orElseThrow();
  }

  private static Visited visit(String id, LocalDate on, String household) {
    return new Visited(id, on, household, Optional.of("gw1"));
  }

  @ParameterizedTest
  @EnumSource(CareTag.class)
  void standingTag_isOpenUntilItsDueDayAndOverdueTheDayAfter(CareTag tag) {
    LocalDate due = SINCE.plusDays(rhythm(tag).firstWithinDays());
    VisitPlan onDueDay = VisitPlanner.plan(J, VisitLog.empty(), POLICY, SINCE, due);
    VisitPlan dayAfter = VisitPlanner.plan(J, VisitLog.empty(), POLICY, SINCE, due.plusDays(1));

    assertThat(of(onDueDay, household(tag), tag)).singleElement().satisfies(o -> {
      assertThat(o.due()).isEqualTo(due);
      assertThat(o.status()).isEqualTo(Status.OPEN);
    });
    assertThat(of(dayAfter, household(tag), tag)).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(Status.OVERDUE));
    assertThat(dayAfter.overdue()).extracting(Obligation::household).contains(household(tag));
  }

  @ParameterizedTest
  @EnumSource(CareTag.class)
  void standingTag_visitOnDueDayIsOnTimeAndOpensTheNextAtItsInterval(CareTag tag) {
    VisitPolicy.Rhythm r = rhythm(tag);
    LocalDate due = SINCE.plusDays(r.firstWithinDays());
    LocalDate asOf = due.plusDays(r.everyDays() + 1);
    VisitPlan plan = VisitPlanner.plan(J, VisitLog.replay(List.of(visit("v1", due, household(tag)))), POLICY, SINCE, asOf);

    List<Obligation> mine = of(plan, household(tag), tag);
    assertThat(mine.get(0).status()).isEqualTo(Status.MET_ON_TIME);
    assertThat(mine.get(0).metOn()).contains(due);
    assertThat(mine.get(0).visitor()).contains("gw1");
    assertThat(mine).hasSize(2);
    assertThat(mine.get(1).opened()).isEqualTo(due);
    assertThat(mine.get(1).due()).isEqualTo(due.plusDays(r.everyDays()));
    assertThat(mine.get(1).status()).isEqualTo(Status.OVERDUE);
  }

  @ParameterizedTest
  @EnumSource(CareTag.class)
  void standingTag_visitAfterDueDayIsLate(CareTag tag) {
    LocalDate late = SINCE.plusDays(rhythm(tag).firstWithinDays() + 1);
    VisitPlan plan = VisitPlanner.plan(J, VisitLog.replay(List.of(visit("v1", late, household(tag)))), POLICY, SINCE, late);

    assertThat(of(plan, household(tag), tag).get(0).status()).isEqualTo(Status.MET_LATE);
    assertThat(plan.byCommunity().get(0).metOnTime()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CareTag.class)
  void raisedTag_fallsDueFromTheEventDay(CareTag tag) {
    LocalDate raised = SINCE.plusDays(40);
    VisitLog log = VisitLog.replay(List.of(new Tagged("t1", raised, "plain", tag)));
    LocalDate due = raised.plusDays(rhythm(tag).firstWithinDays());

    assertThat(of(VisitPlanner.plan(J, log, POLICY, SINCE, raised.minusDays(1)), "plain", tag)).isEmpty();
    assertThat(of(VisitPlanner.plan(J, log, POLICY, SINCE, due), "plain", tag)).singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(Status.OPEN));
    assertThat(of(VisitPlanner.plan(J, log, POLICY, SINCE, due.plusDays(1)), "plain", tag)).singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(Status.OVERDUE));
  }

  @ParameterizedTest
  @EnumSource(CareTag.class)
  void clearedTag_beforeItsDueDayObligesNothingAfterItIsMissed(CareTag tag) {
    LocalDate raised = SINCE.plusDays(10);
    LocalDate due = raised.plusDays(rhythm(tag).firstWithinDays());
    VisitLog early = VisitLog.replay(List.of(new Tagged("t1", raised, "plain", tag), new Untagged("u1", due, "plain", tag)));
    VisitLog late = VisitLog.replay(List.of(new Tagged("t1", raised, "plain", tag), new Untagged("u1", due.plusDays(1), "plain", tag)));
    LocalDate asOf = due.plusDays(100);

    assertThat(of(VisitPlanner.plan(J, early, POLICY, SINCE, asOf), "plain", tag)).isEmpty();
    assertThat(of(VisitPlanner.plan(J, late, POLICY, SINCE, asOf), "plain", tag)).singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(Status.MISSED));
  }

  @Test
  void majorAccident_isDueWithinThreeDaysOfTheReport() {
    LocalDate reported = LocalDate.of(2025, 3, 10);
    VisitLog log = VisitLog.replay(List.of(new Tagged("acc", reported, "plain", CareTag.MAJOR_ACCIDENT),
        visit("v", reported.plusDays(2), "plain")));
    VisitPlan plan = VisitPlanner.plan(J, log, POLICY, SINCE, reported.plusDays(2));

    assertThat(of(plan, "plain", CareTag.MAJOR_ACCIDENT).get(0)).satisfies(o -> {
      assertThat(o.due()).isEqualTo(LocalDate.of(2025, 3, 13));
      assertThat(o.status()).isEqualTo(Status.MET_ON_TIME);
    });
  }

  @Test
  void oneVisit_meetsEveryTagOfTheHouseholdOpenThatDay() {
    LocalDate d = SINCE.plusDays(2);
    VisitLog log = VisitLog.replay(List.of(new Tagged("t", SINCE, "plain", CareTag.DISPUTE_PARTY),
        new Tagged("t2", SINCE, "plain", CareTag.KEY_PETITIONER), visit("v", d, "plain")));
    VisitPlan plan = VisitPlanner.plan(J, log, POLICY, SINCE, d);

    assertThat(plan.obligations().stream().filter(o -> o.household().equals("plain") && o.metOn().isPresent()))
        .extracting(Obligation::tag).containsExactlyInAnyOrder(CareTag.DISPUTE_PARTY, CareTag.KEY_PETITIONER);
  }

  @Test
  void sameDayVisits_meetOneObligationNotTheNext() {
    String h = household(CareTag.ELDERLY_ALONE);
    LocalDate d = SINCE.plusDays(5);
    VisitLog log = VisitLog.replay(List.of(visit("a", d, h), visit("b", d, h)));
    VisitPlan plan = VisitPlanner.plan(J, log, POLICY, SINCE, d.plusDays(31));

    assertThat(of(plan, h, CareTag.ELDERLY_ALONE)).extracting(Obligation::status).containsExactly(Status.MET_ON_TIME, Status.OVERDUE);
  }

  @Test
  void visitsBeforeTheTag_doNotCount() {
    VisitLog log = VisitLog.replay(List.of(visit("v", SINCE.plusDays(1), "plain"), new Tagged("t", SINCE.plusDays(2), "plain", CareTag.DISABLED)));
    VisitPlan plan = VisitPlanner.plan(J, log, POLICY, SINCE, SINCE.plusDays(100));

    assertThat(of(plan, "plain", CareTag.DISABLED)).extracting(Obligation::status).containsExactly(Status.OVERDUE);
  }

  @Test
  void eventsAfterThePlanDate_areNotSeen() {
    String h = household(CareTag.KEY_PETITIONER);
    LocalDate asOf = SINCE.plusDays(3);
    VisitLog log = VisitLog.replay(List.of(visit("v", asOf.plusDays(1), h)));

    assertThat(of(VisitPlanner.plan(J, log, POLICY, SINCE, asOf), h, CareTag.KEY_PETITIONER)).extracting(Obligation::status)
        .containsExactly(Status.OPEN);
  }

  @Test
  void responsible_isTheFirstRoleThePolicyNamesThatTheDataHas() {
    VisitPlan byDefault = VisitPlanner.plan(J, VisitLog.empty(), POLICY, SINCE, SINCE);
    VisitPolicy headsFirst = new VisitPolicy(POLICY.rhythms(), List.of(VisitResponsibility.BUILDING_HEAD, VisitResponsibility.FULL_TIME_GRID_WORKER));
    VisitPolicy centralFirst = new VisitPolicy(POLICY.rhythms(), List.of(VisitResponsibility.CENTRAL_HOUSEHOLD));
    String h = household(CareTag.DISABLED);

    assertThat(of(byDefault, h, CareTag.DISABLED).get(0).responsible()).contains(new Obligation.Responsible(
        VisitResponsibility.FULL_TIME_GRID_WORKER, "gw1", "李网格员"));
    assertThat(of(VisitPlanner.plan(J, VisitLog.empty(), headsFirst, SINCE, SINCE), h, CareTag.DISABLED).get(0).responsible())
        .map(Obligation.Responsible::id).contains("head1");
    assertThat(of(VisitPlanner.plan(J, VisitLog.empty(), centralFirst, SINCE, SINCE), h, CareTag.DISABLED).get(0).responsible())
        .map(Obligation.Responsible::id).contains("ch1");
    assertThat(of(byDefault, "lonely", CareTag.ELDERLY_ALONE).get(0).responsible()).isEmpty();
  }

  @Test
  void coverage_countsMetOnTimeOverDueOrMetPerGridAndCommunity() {
    String elderly = household(CareTag.ELDERLY_ALONE);
    LocalDate asOf = SINCE.plusDays(31);
    VisitLog log = VisitLog.replay(List.of(visit("v1", SINCE.plusDays(10), elderly), visit("v2", SINCE.plusDays(20), "lonely")));
    VisitPlan plan = VisitPlanner.plan(J, log, POLICY, SINCE, asOf);

    Coverage g2 = plan.byGrid().stream().filter(c -> c.areaId().equals("g2")).findFirst().orElseThrow();
    assertThat(g2.counted()).isEqualTo(1);
    assertThat(g2.rate()).hasValue(1.0);
    Coverage g1 = plan.byGrid().stream().filter(c -> c.areaId().equals("g1")).findFirst().orElseThrow();
    long overdueInG1 = plan.overdue().stream().filter(o -> o.grid().equals(Optional.of("g1"))).count();
    assertThat(g1.overdue()).isEqualTo(overdueInG1).isPositive();
    assertThat(g1.metOnTime()).isEqualTo(1);
    assertThat(g1.counted()).isEqualTo(g1.metOnTime() + g1.overdue());
    Coverage c1 = plan.byCommunity().get(0);
    assertThat(c1.counted()).isEqualTo(g1.counted() + g2.counted());
    assertThat(c1.metOnTime()).isEqualTo(2);
    assertThat(plan.total().counted()).isEqualTo(c1.counted());
  }

  @Test
  void disputes_countOpenedInThePeriodAndSettled() {
    VisitLog log = VisitLog.replay(List.of(new Tagged("d1", SINCE.plusDays(1), "plain", CareTag.DISPUTE_PARTY),
        new Untagged("s1", SINCE.plusDays(5), "plain", CareTag.DISPUTE_PARTY),
        new Tagged("d2", SINCE.plusDays(6), "plain", CareTag.DISPUTE_PARTY)));

    assertThat(VisitPlanner.plan(J, log, POLICY, SINCE, SINCE.plusDays(10)).disputes().get("c1")).isEqualTo(new VisitPlan.Disputes(2, 1));
  }

  @Test
  void unknownHouseholds_areListed() {
    VisitLog log = VisitLog.replay(List.of(visit("v", SINCE, "nobody"), visit("v2", SINCE, "g1")));

    assertThat(VisitPlanner.plan(J, log, POLICY, SINCE, SINCE).unknownHouseholds()).containsExactly("g1", "nobody");
  }

  @Test
  void plan_refusesADateBeforeItsStart() {
    assertThatThrownBy(() -> VisitPlanner.plan(J, VisitLog.empty(), POLICY, SINCE, SINCE.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-12-31").hasMessageContaining("2025-01-01");
  }

  @Test
  void tagWithoutRhythm_obligesNothing() {
    VisitPolicy onlyElderly = new VisitPolicy(java.util.Map.of(CareTag.ELDERLY_ALONE, new VisitPolicy.Rhythm(30, 30)), POLICY.responsible());

    assertThat(VisitPlanner.plan(J, VisitLog.empty(), onlyElderly, SINCE, SINCE).obligations()).extracting(Obligation::tag)
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
