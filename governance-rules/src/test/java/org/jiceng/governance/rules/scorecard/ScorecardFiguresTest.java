package org.jiceng.governance.rules.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.RegisteredPartyMember;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.jiceng.governance.rules.demand.Demand;
import org.jiceng.governance.rules.demand.DemandBoard;
import org.jiceng.governance.rules.demand.DemandEvent;
import org.jiceng.governance.rules.demand.DemandLevel;
import org.jiceng.governance.rules.demand.DemandSize;
import org.jiceng.governance.rules.demand.DemandSource;
import org.jiceng.governance.rules.demand.Rating;
import org.jiceng.governance.rules.ledger.Account;
import org.jiceng.governance.rules.ledger.AccountKind;
import org.jiceng.governance.rules.ledger.Ledger;
import org.jiceng.governance.rules.ledger.LedgerPolicies;
import org.jiceng.governance.rules.ledger.LedgerUnit;
import org.jiceng.governance.rules.ledger.Operation;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.visit.VisitEvent;
import org.jiceng.governance.rules.visit.VisitLog;
import org.jiceng.governance.rules.visit.VisitPlan;
import org.jiceng.governance.rules.visit.VisitPlanner;
import org.jiceng.governance.rules.visit.VisitPolicy;
import org.junit.jupiter.api.Test;

class ScorecardFiguresTest {
  static final Instant T = Instant.parse("2025-03-01T00:00:00Z");
  static final LocalDate SINCE = LocalDate.of(2025, 1, 1);

  /** c1: 2 grids of 100 households, one with a branch and a full-time worker; 60 m² (plus a love station); 3 members; 1 reserve. */
  static Jurisdiction jurisdiction() {
    return Jurisdiction.builder()
        .addAreas(Area.builder().id("county").level(AreaLevel.COUNTY).name("县").build())
        .addAreas(Area.builder().id("s1").level(AreaLevel.STREET).name("街道").parentId("county").build())
        .addAreas(Area.builder().id("c1").level(AreaLevel.COMMUNITY).name("城北社区").parentId("s1").build())
        .addAreas(Area.builder().id("c2").level(AreaLevel.COMMUNITY).name("城南社区").parentId("s1").build())
        .addAreas(Area.builder().id("g1").level(AreaLevel.GRID).name("一").parentId("c1").households(100).build())
        .addAreas(Area.builder().id("g2").level(AreaLevel.GRID).name("二").parentId("c1").households(100).build())
        .addAreas(Area.builder().id("b1").level(AreaLevel.BUILDING).name("1号楼").parentId("g2").build())
        .addAreas(Area.builder().id("h1").level(AreaLevel.HOUSEHOLD).name("王家").parentId("b1").addCareTags(CareTag.ELDERLY_ALONE).build())
        .addAreas(Area.builder().id("h2").level(AreaLevel.HOUSEHOLD).name("李家").parentId("b1").addCareTags(CareTag.KEY_PETITIONER).build())
        .addPartyOrganizations(PartyOrganization.builder().id("br").kind(PartyOrganizationKind.BRANCH).name("支部")
            .areaId("g1").fullMembers(5).build())
        .addGridWorkers(GridWorker.builder().id("gw").name("网格员").areaId("g1").role(GridWorkerRole.FULL_TIME).build())
        .addFacilities(ServiceFacility.builder().id("f1").name("中心").kind(FacilityKind.CENTER).areaId("c1").floorArea(50).build())
        .addFacilities(ServiceFacility.builder().id("f2").name("站").kind(FacilityKind.STATION).areaId("g2").floorArea(10).build())
        .addFacilities(ServiceFacility.builder().id("f3").name("驿站").kind(FacilityKind.LOVE_STATION).areaId("c1").floorArea(30).build())
        .addPartyMembers(RegisteredPartyMember.builder().id("m1").name("甲").areaId("c1").build())
        .addPartyMembers(RegisteredPartyMember.builder().id("m2").name("乙").areaId("g1").build())
        .addPartyMembers(RegisteredPartyMember.builder().id("m3").name("丙").areaId("b1").build())
        .addCommunityWorkers(CommunityWorker.builder().id("w1").name("书记").areaId("c1").reserveCandidate(false).build())
        .addCommunityWorkers(CommunityWorker.builder().id("w2").name("后备").areaId("c1").reserveCandidate(true).build())
        .build();
  }

  static DemandBoard board() {
    DemandBoard b = DemandBoard.empty();
    for (int i = 0; i < 4; i++) {
      String d = "d" + i;
      b = b.apply(DemandEvent.Submitted.of("s" + i, Demand.builder().id(d).community("c1").grid("g1").category("env")
          .source(DemandSource.RESIDENT_ORDER).size(DemandSize.SMALL).submittedAt(T).build()));
      b = b.apply(DemandEvent.Admitted.of("a" + i, d, T.plusSeconds(60), DemandLevel.COMMUNITY));
      if (i < 3) {
        b = b.apply(DemandEvent.Resolved.of("r" + i, d, T.plusSeconds(3600)));
        b = b.apply(DemandEvent.Rated.of("q" + i, d, T.plusSeconds(7200), i == 0 ? Rating.UNSATISFIED : Rating.SATISFIED));
      }
    }
    return b.apply(DemandEvent.Submitted.of("s9", Demand.builder().id("d9").community("c1").grid("g1").category("env")
        .source(DemandSource.RESIDENT_ORDER).size(DemandSize.SMALL).submittedAt(T).build()));
  }

  static Ledger ledger() {
    Ledger l = Ledger.of(LedgerPolicies.find("liaoning-jianping-points").orElseThrow());
    for (int i = 0; i < 4; i++) {
      l.apply(Operation.OpenAccount.of("o" + i, T, Account.builder().id("p" + i).kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS)
          .communityId("c1").build()));
    }
    l.apply(Operation.Accrue.of("e1", T.plusSeconds(10), "p0", "parcel-collection", 1));
    return l;
  }

  @Test
  void measure_fromTheDatasetAlone() {
    CommunityFigures c1 = ScorecardFigures.measure(jurisdiction()).get(0);

    assertThat(c1.get(ScorecardIndicator.PARTY_CELL_COVERAGE)).hasValue(0.5);
    assertThat(c1.get(ScorecardIndicator.GRID_WORKER_COVERAGE)).hasValue(0.5);
    assertThat(c1.get(ScorecardIndicator.RESERVE_CANDIDATES)).hasValue(1.0);
    assertThat(c1.get(ScorecardIndicator.FACILITY_AREA)).hasValueCloseTo(30.0, within(1e-9));
    assertThat(c1.get(ScorecardIndicator.REGISTERED_MEMBERS)).hasValueCloseTo(1.5, within(1e-9));
    assertThat(c1.get(ScorecardIndicator.DEMAND_COMPLETION)).isEmpty();
    assertThat(c1.get(ScorecardIndicator.CARE_VISITS)).isEmpty();
  }

  @Test
  void measure_communityWithoutGridsOrHouseholdsLeavesThoseIndicatorsOut() {
    CommunityFigures c2 = ScorecardFigures.measure(jurisdiction()).get(1);

    assertThat(c2.getValues().keySet()).containsExactly(ScorecardIndicator.RESERVE_CANDIDATES);
  }

  @Test
  void measure_demandRatesCountAdmittedAndRatedDemandsOnly() {
    CommunityFigures c1 = ScorecardFigures.measure(ScorecardFigures.Inputs.of(jurisdiction()).withDemands(board())).get(0);

    assertThat(c1.get(ScorecardIndicator.DEMAND_COMPLETION)).hasValueCloseTo(0.75, within(1e-9));
    assertThat(c1.get(ScorecardIndicator.DEMAND_SATISFACTION)).hasValueCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void measure_visitCoverageSplitsCareFromKeyHouseholdsAndCountsDisputes() {
    VisitLog log = VisitLog.replay(List.of(VisitEvent.Visited.of("v1", SINCE.plusDays(3), "h1"),
        VisitEvent.Tagged.of("d1", SINCE.plusDays(1), "h1", CareTag.DISPUTE_PARTY),
        VisitEvent.Tagged.of("d2", SINCE.plusDays(1), "h2", CareTag.DISPUTE_PARTY),
        VisitEvent.Untagged.of("x1", SINCE.plusDays(3), "h1", CareTag.DISPUTE_PARTY)));
    VisitPlan plan = VisitPlanner.plan(jurisdiction(), log, VisitPolicy.from(BuiltInProfiles.get("cn-national")), SINCE, SINCE.plusDays(40));
    CommunityFigures c1 = ScorecardFigures.measure(ScorecardFigures.Inputs.of(jurisdiction()).withVisits(plan)).get(0);

    // h1 elderly: met on day 3 (on time), next due day 33 overdue. h1's dispute: met on day 3, then settled
    // the same day (its next visit is dropped). h2: petitioner and dispute both overdue.
    assertThat(c1.get(ScorecardIndicator.CARE_VISITS)).hasValue(0.5);
    assertThat(c1.get(ScorecardIndicator.KEY_VISITS)).hasValueCloseTo(1.0 / 3, within(1e-12));
    assertThat(c1.get(ScorecardIndicator.DISPUTES_SETTLED)).hasValue(0.5);
  }

  @Test
  void measure_pointsParticipationIsTheShareOfPassbooksThatEarned() {
    CommunityFigures c1 = ScorecardFigures.measure(ScorecardFigures.Inputs.of(jurisdiction()).withLedger(ledger())).get(0);

    assertThat(c1.get(ScorecardIndicator.POINTS_PARTICIPATION)).hasValue(0.25);
  }
}
