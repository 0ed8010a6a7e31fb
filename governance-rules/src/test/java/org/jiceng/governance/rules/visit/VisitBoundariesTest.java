package org.jiceng.governance.rules.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiceng.governance.rules.visit.VisitFixture.POLICY;
import static org.jiceng.governance.rules.visit.VisitFixture.SINCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.rules.visit.Obligation.Status;
import org.jiceng.governance.rules.visit.VisitEvent.Tagged;
import org.jiceng.governance.rules.visit.VisitEvent.Untagged;
import org.jiceng.governance.rules.visit.VisitEvent.Visited;
import org.junit.jupiter.api.Test;

/**
 * The visit planner at its edges: who is responsible under each role and level, rhythms of one
 * visit, visits dated before the plan's start, the order of obligations, the checks of the values,
 * and how each value prints.
 */
class VisitBoundariesTest {
  private static final Map<CareTag, VisitPolicy.Rhythm> ELDERLY = Map.of(CareTag.ELDERLY_ALONE, VisitPolicy.Rhythm.of(10, 30));

  /** A county whose community c1 has a compound x1 holding grid g1 (micro-grid m1, building b1). */
  private static Jurisdiction.Builder county() {
    return Jurisdiction.builder()
        .addAreas(Area.builder().id("county").level(AreaLevel.COUNTY).name("县").build())
        .addAreas(Area.builder().id("s1").level(AreaLevel.STREET).name("街道").parentId("county").build())
        .addAreas(Area.builder().id("c1").level(AreaLevel.COMMUNITY).name("社区").parentId("s1").build())
        .addAreas(Area.builder().id("x1").level(AreaLevel.COMPOUND).name("小区").parentId("c1").build())
        .addAreas(Area.builder().id("g1").level(AreaLevel.GRID).name("网格").parentId("x1").build())
        .addAreas(Area.builder().id("m1").level(AreaLevel.MICRO_GRID).name("微网格").parentId("g1").build())
        .addAreas(Area.builder().id("b1").level(AreaLevel.BUILDING).name("楼").parentId("g1").build());
  }

  private static Area elderly(String id, String parent) {
    return Area.builder().id(id).level(AreaLevel.HOUSEHOLD).name("王家").parentId(parent).addCareTags(CareTag.ELDERLY_ALONE).build();
  }

  private static GridWorker worker(String id, String area, GridWorkerRole role) {
    return GridWorker.builder().id(id).name("员" + id).areaId(area).role(role).build();
  }

  private static Optional<Obligation.Responsible> responsible(Jurisdiction j, String household, VisitResponsibility... order) {
    VisitPlan plan = VisitPlanner.plan(j, VisitLog.empty(), VisitPolicy.of(ELDERLY, List.of(order)), SINCE, SINCE);
    return plan.getObligations().stream().filter(o -> o.getHousehold().equals(household)).findFirst().orElseThrow().getResponsible();
  }

  @Test
  void responsible_partTimeWorkerAndInstructorFoundOnTheirGridUnderTheirOwnRole() {
    Jurisdiction j = county().addAreas(elderly("h", "g1")).addGridWorkers(worker("pt", "g1", GridWorkerRole.PART_TIME))
        .addGridWorkers(worker("in", "g1", GridWorkerRole.INSTRUCTOR)).build();

    assertThat(responsible(j, "h", VisitResponsibility.FULL_TIME_GRID_WORKER, VisitResponsibility.PART_TIME_GRID_WORKER))
        .contains(Obligation.Responsible.of(VisitResponsibility.PART_TIME_GRID_WORKER, "pt", "员pt"));
    assertThat(responsible(j, "h", VisitResponsibility.GRID_INSTRUCTOR))
        .contains(Obligation.Responsible.of(VisitResponsibility.GRID_INSTRUCTOR, "in", "员in"));
    assertThat(responsible(j, "h", VisitResponsibility.FULL_TIME_GRID_WORKER)).isEmpty();
  }

  @Test
  void responsible_gridRolesOnGridsAndMicroGridsOnly() {
    Jurisdiction j = county().addAreas(elderly("hm", "m1")).addAreas(elderly("hb", "b1"))
        .addGridWorkers(worker("micro", "m1", GridWorkerRole.FULL_TIME))
        .addGridWorkers(worker("onBuilding", "b1", GridWorkerRole.FULL_TIME))
        .addGridWorkers(worker("headOnGrid", "g1", GridWorkerRole.BUILDING_HEAD)).build();

    assertThat(responsible(j, "hm", VisitResponsibility.FULL_TIME_GRID_WORKER)).map(Obligation.Responsible::getId).contains("micro");
    assertThat(responsible(j, "hb", VisitResponsibility.FULL_TIME_GRID_WORKER)).isEmpty();
    assertThat(responsible(j, "hb", VisitResponsibility.BUILDING_HEAD)).isEmpty();
  }

  @Test
  void responsible_lowestIdWhenSeveralCouldBe() {
    Jurisdiction j = county().addAreas(elderly("h", "b1"))
        .addGridWorkers(worker("w2", "g1", GridWorkerRole.FULL_TIME)).addGridWorkers(worker("w1", "g1", GridWorkerRole.FULL_TIME))
        .addPartyOrganizations(PartyOrganization.builder().id("ch2").kind(PartyOrganizationKind.CENTRAL_HOUSEHOLD).name("乙")
            .areaId("b1").fullMembers(1).build())
        .addPartyOrganizations(PartyOrganization.builder().id("ch1").kind(PartyOrganizationKind.CENTRAL_HOUSEHOLD).name("甲")
            .areaId("b1").fullMembers(1).build()).build();

    assertThat(responsible(j, "h", VisitResponsibility.FULL_TIME_GRID_WORKER)).map(Obligation.Responsible::getId).contains("w1");
    assertThat(responsible(j, "h", VisitResponsibility.CENTRAL_HOUSEHOLD)).map(Obligation.Responsible::getId).contains("ch1");
  }

  @Test
  void responsible_notLookedForAboveTheGridInACompound() {
    Jurisdiction j = county().addAreas(elderly("h", "g1"))
        .addPartyOrganizations(PartyOrganization.builder().id("ch").kind(PartyOrganizationKind.CENTRAL_HOUSEHOLD).name("中心户")
            .areaId("x1").fullMembers(1).build()).build();

    assertThat(responsible(j, "h", VisitResponsibility.CENTRAL_HOUSEHOLD)).isEmpty();
  }

  @Test
  void oneVisitRhythm_endsAtTheFirstVisit() {
    Jurisdiction j = county().addAreas(elderly("h", "g1")).build();
    VisitPolicy once = VisitPolicy.of(Map.of(CareTag.ELDERLY_ALONE, VisitPolicy.Rhythm.of(10, 0)), List.of());
    VisitLog log = VisitLog.replay(List.of(Visited.of("v1", SINCE.plusDays(5), "h"), Visited.of("v2", SINCE.plusDays(50), "h")));

    assertThat(VisitPlanner.plan(j, log, once, SINCE, SINCE.plusDays(100)).getObligations())
        .extracting(Obligation::getStatus, Obligation::getMetOn).containsExactly(org.assertj.core.groups.Tuple.tuple(
            Status.MET_ON_TIME, Optional.of(SINCE.plusDays(5))));
  }

  @Test
  void standingTag_visitBeforeThePlansStartMeetsNothing() {
    Jurisdiction j = county().addAreas(elderly("h", "g1")).build();
    VisitLog log = VisitLog.replay(List.of(Visited.of("old", SINCE.minusDays(3), "h")));
    VisitPlan plan = VisitPlanner.plan(j, log, VisitPolicy.of(ELDERLY, List.of()), SINCE, SINCE.plusDays(20));

    assertThat(plan.getObligations()).extracting(Obligation::getStatus, Obligation::getOpened)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Status.OVERDUE, SINCE));
  }

  @Test
  void obligations_comeByDueDayThenHousehold() {
    Jurisdiction j = county().addAreas(elderly("a", "g1")).addAreas(elderly("b", "g1")).addAreas(elderly("c", "g1")).build();
    VisitLog log = VisitLog.replay(List.of(Visited.of("v", SINCE.plusDays(2), "a"), Tagged.of("t", SINCE.plusDays(1), "b", CareTag.KEY_PETITIONER)));
    VisitPolicy p = VisitPolicy.of(Map.of(CareTag.ELDERLY_ALONE, VisitPolicy.Rhythm.of(10, 30), CareTag.KEY_PETITIONER, VisitPolicy.Rhythm.of(3, 0)),
        List.of());
    VisitPlan plan = VisitPlanner.plan(j, log, p, SINCE, SINCE.plusDays(4));

    assertThat(plan.getObligations()).extracting(o -> o.getHousehold() + " " + o.getTag() + " " + o.getDue())
        .containsExactly("b KEY_PETITIONER 2025-01-05", "a ELDERLY_ALONE 2025-01-11", "b ELDERLY_ALONE 2025-01-11",
            "c ELDERLY_ALONE 2025-01-11", "a ELDERLY_ALONE 2025-02-02");
    assertThat(plan.getOpen()).extracting(Obligation::getHousehold).containsExactly("b", "b", "c", "a");
    assertThat(plan.getOverdue()).isEmpty();
  }

  @Test
  void unknownHouseholds_leaveKnownHouseholdsOut() {
    Jurisdiction j = county().addAreas(elderly("h", "g1")).build();
    VisitLog log = VisitLog.replay(List.of(Visited.of("v1", SINCE, "h"), Visited.of("v2", SINCE, "g1"), Visited.of("v3", SINCE, "ghost")));

    assertThat(VisitPlanner.plan(j, log, VisitPolicy.of(ELDERLY, List.of()), SINCE, SINCE).getUnknownHouseholds())
        .containsExactly("g1", "ghost");
  }

  @Test
  void coverage_refusesCountsThatDoNotAddUp() {
    assertThatThrownBy(() -> Coverage.builder().areaId("g").areaName("网格").communityName("社区").counted(3).metOnTime(2).overdue(2).open(0)
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Inconsistent coverage counts for 'g': counted 3, met on time 2, overdue 2, open 0");
    Coverage full = Coverage.builder().areaId("g").areaName("网格").communityName("社区").counted(4).metOnTime(2).overdue(2).open(1).build();
    assertThat(full.getRate()).hasValue(0.5);
    assertThat(full).hasToString("Coverage{areaId=g, areaName=网格, communityName=社区, counted=4, metOnTime=2, overdue=2, open=1}");
  }

  @Test
  void rhythm_acceptsZeroDaysAndRefusesNegativeOnes() {
    assertThat(VisitPolicy.Rhythm.of(0, 0)).hasToString("Rhythm{firstWithinDays=0, everyDays=0}");
    assertThatThrownBy(() -> VisitPolicy.Rhythm.of(-1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Visit rhythm days must be >= 0, found -1 and 0");
    assertThatThrownBy(() -> VisitPolicy.Rhythm.of(0, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Visit rhythm days must be >= 0, found 0 and -1");
  }

  @Test
  void policy_withReplacesOnePartOnly() {
    VisitPolicy p = VisitPolicy.of(ELDERLY, List.of(VisitResponsibility.BUILDING_HEAD));

    assertThat(p.withResponsible(List.of(VisitResponsibility.GRID_INSTRUCTOR)))
        .isEqualTo(VisitPolicy.of(ELDERLY, List.of(VisitResponsibility.GRID_INSTRUCTOR)));
    assertThat(p.withRhythms(Map.of())).isEqualTo(VisitPolicy.of(Map.of(), List.of(VisitResponsibility.BUILDING_HEAD)));
    assertThat(p).hasToString("VisitPolicy{rhythms={ELDERLY_ALONE=Rhythm{firstWithinDays=10, everyDays=30}}, responsible=[BUILDING_HEAD]}");
  }

  @Test
  void events_refuseBlankIdsAndHouseholdsOfEveryKind() {
    LocalDate d = SINCE;
    assertThatThrownBy(() -> Tagged.of("t", d, " ", CareTag.DISABLED)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Visit event id and household must not be blank, found 't', ' '");
    assertThatThrownBy(() -> Untagged.of("", d, "h", CareTag.DISABLED)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Visit event id and household must not be blank, found '', 'h'");
    assertThatThrownBy(() -> Visited.of("v", d, "")).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * {@code Visited.toString()} printed only the visitor ({@code Visited{visitor=gw1}}), unlike the
   * other kinds; it now prints id, day and household like them.
   */
  @Test
  void toString_ofEveryValueNamesItsParts() {
    assertThat(Visited.of("v", SINCE, "h", "gw1")).hasToString("Visited{id=v, on=2025-01-01, household=h, visitor=gw1}");
    assertThat(Visited.of("v", SINCE, "h")).hasToString("Visited{id=v, on=2025-01-01, household=h}");
    assertThat(Tagged.of("t", SINCE, "h", CareTag.DISABLED)).hasToString("Tagged{id=t, on=2025-01-01, household=h, tag=DISABLED}");
    assertThat(Untagged.of("u", SINCE, "h", CareTag.DISABLED)).hasToString("Untagged{id=u, on=2025-01-01, household=h, tag=DISABLED}");
    assertThat(VisitPlan.Disputes.of(3, 1)).hasToString("Disputes{opened=3, settled=1}");
    assertThat(Obligation.Responsible.of(VisitResponsibility.BUILDING_HEAD, "w", "李四"))
        .hasToString("Responsible{role=BUILDING_HEAD, id=w, name=李四}");
    Jurisdiction j = county().addAreas(elderly("h", "g1")).build();
    VisitPlan plan = VisitPlanner.plan(j, VisitLog.empty(), VisitPolicy.of(ELDERLY, List.of()), SINCE, SINCE);
    assertThat(plan.getObligations().get(0)).hasToString("Obligation{household=h, householdName=****, tag=ELDERLY_ALONE, community=c1, "
        + "grid=g1, opened=2025-01-01, due=2025-01-11, status=OPEN}");
    assertThat(plan.toString()).startsWith("VisitPlan{since=2025-01-01, asOf=2025-01-01, obligations=[Obligation{household=h")
        .contains("disputes={c1=Disputes{opened=0, settled=0}}").doesNotContain("王家");
    VisitLog log = VisitLog.empty().apply(Visited.of("v", SINCE, "h"));
    assertThatThrownBy(() -> log.apply(Visited.of("v", SINCE, "other"))).isInstanceOf(VisitEventException.class)
        .hasMessageContaining("2025-01-01").hasMessageContaining("'h'");
  }
}
