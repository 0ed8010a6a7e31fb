package org.jiceng.governance.rules.compliance;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.ContactKind;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.ResponsibilityContact;
import org.jiceng.governance.core.people.SocialWorkCertificate;
import org.jiceng.governance.core.people.WorkerPost;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.GradeSystem;
import org.jiceng.governance.rules.profile.GridCell;
import org.jiceng.governance.rules.profile.IntRange;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * A one-community county that passes every built-in rule under {@link #PROFILE}; each field is a
 * knob a test turns to break exactly one rule.
 */
final class Fixture {
  static final Source TEST = Source.of("test", "");
  /** cn-national with every optional parameter switched on. */
  static final StandardsProfile PROFILE = StandardsProfile.draft("test-all", "1", "测试", "Test", TEST)
      .extending(BuiltInProfiles.get("cn-national"))
      .with(Parameters.MICRO_GRID_HOUSEHOLDS, IntRange.of(40, 60), TEST)
      .with(Parameters.BUILDING_HEADS_MIN, 1, TEST)
      .with(Parameters.GROUPS_FROM, 20, TEST)
      .with(Parameters.ADMISSION_LIST, ImmutableSet.of("party-building", "public-order", "public-safety"), TEST)
      .with(Parameters.GRID_CELL, GridCell.BRANCH, TEST)
      .with(Parameters.COMPOUND_BRANCH, true, TEST)
      .with(Parameters.CENTRAL_HOUSEHOLD_MAX, 20, TEST)
      .with(Parameters.SMALL_COMMUNITY_MIN_WORKERS, 9, TEST)
      .with(Parameters.SMALL_COMMUNITY_RESIDENTS, 5000, TEST)
      .with(Parameters.GRADE_SYSTEM, GradeSystem.THREE_POSTS_EIGHTEEN_GRADES, TEST)
      .with(Parameters.CERTIFICATE_SHARE_MIN, 0.3, TEST)
      .with(Parameters.RESERVE_CANDIDATES_MIN, 1, TEST)
      .with(Parameters.CENTER_MIN_AREA, 300.0, TEST)
      .with(Parameters.FACILITY_TIERS, ImmutableSet.of(FacilityKind.CENTER, FacilityKind.STATION), TEST)
      .with(Parameters.COUNTY_LEADER, true, TEST)
      .with(Parameters.PAIRED_UNIT, true, TEST)
      .with(Parameters.FIRST_SECRETARY, true, TEST)
      .with(Parameters.GRID_CADRE, true, TEST)
      .rule("staffing.one-shoulder", true, Severity.WARNING, TEST)
      .build();

  AreaLevel extraLevelUnderGrid = null;
  int gridHouseholds = 300;
  int microHouseholds = 50;
  int gridResidents = 800;
  boolean fullTimeWorker = true;
  int buildingHeads = 1;
  org.jiceng.governance.core.people.BuildingHeadDuty[] headDuties = {};
  String communityCode = "211324001001";
  PartyOrganizationKind gridCell = PartyOrganizationKind.BRANCH;
  int gridBranchFull = 8;
  Integer gridBranchCommittee = 3;
  int communityOrgMembers = 60;
  PartyOrganizationKind communityOrgKind = PartyOrganizationKind.GENERAL_BRANCH;
  int communityCommittee = 5;
  LocalDate electedOn = LocalDate.of(2022, 1, 1);
  int centralHouseholdCovers = 15;
  int workers = 10;
  int principalGrade = 10;
  int certificates = 3;
  boolean oneShoulder = true;
  int reserves = 1;
  double centerArea = 400;
  boolean station = true;
  boolean countyLeader = true;
  boolean pairedUnit = true;
  boolean firstSecretary = true;
  boolean gridCadre = true;
  int urbanResidents = 5000;
  int declaredCommunityHouseholds = 300;
  String gridMatter = "public-order";

  Jurisdiction build() {
    Jurisdiction.Builder b = Jurisdiction.builder().asOf(LocalDate.of(2025, 6, 30));
    b.addAreas(
        Area.builder().id("K").level(AreaLevel.COUNTY).name("县").divisionCode(DivisionCode.parse("211324000000")).build(),
        Area.builder().id("S").level(AreaLevel.STREET).name("街道").parentId("K").divisionCode(DivisionCode.parse("211324001000")).build(),
        Area.builder().id("C").level(AreaLevel.COMMUNITY).name("社区").parentId("S").divisionCode(DivisionCode.parse(communityCode))
            .households(declaredCommunityHouseholds)
            .urbanPermanentResidents(urbanResidents).build(),
        Area.builder().id("X").level(AreaLevel.COMPOUND).name("小区").parentId("C").build(),
        Area.builder().id("G").level(AreaLevel.GRID).name("网格").parentId("X").households(gridHouseholds).permanentResidents(gridResidents)
            .addMatters(gridMatter).build());
    for (int m = 0; m < 6; m++) {
      b.addAreas(Area.builder().id("M" + m).level(AreaLevel.MICRO_GRID).name("微网格" + m).parentId("G")
          .households(m == 0 ? microHouseholds : 50).build());
    }
    b.addAreas(Area.builder().id("B").level(AreaLevel.BUILDING).name("楼").parentId("M1").build());
    for (int h = 0; h < buildingHeads; h++) {
      GridWorker.Builder head = GridWorker.builder().id("head" + h).name("楼长" + h).areaId("B").role(GridWorkerRole.BUILDING_HEAD);
      if (h < headDuties.length) {
        head.duty(headDuties[h]);
      }
      b.addGridWorkers(head.build());
    }
    if (fullTimeWorker) {
      b.addGridWorkers(GridWorker.builder().id("gw").name("网格员").areaId("G").role(GridWorkerRole.FULL_TIME).build());
    }
    b.addPartyOrganizations(
        PartyOrganization.builder().id("wc").kind(PartyOrganizationKind.WORKING_COMMITTEE).name("党工委").areaId("S").build(),
        PartyOrganization.builder().id("cp").kind(communityOrgKind).name("社区党组织").parentId("wc").areaId("C")
            .fullMembers(communityOrgMembers).committeeSize(communityCommittee).electedOn(electedOn).build());
    if (gridCell != null) {
      PartyOrganization.Builder g = PartyOrganization.builder().id("gp").kind(gridCell).name("网格党组织").parentId("cp").areaId("G")
          .fullMembers(gridBranchFull).electedOn(LocalDate.of(2023, 3, 1));
      if (gridBranchCommittee != null) {
        g.committeeSize(gridBranchCommittee);
      }
      b.addPartyOrganizations(g.build());
      b.addPartyOrganizations(PartyOrganization.builder().id("ch").kind(PartyOrganizationKind.CENTRAL_HOUSEHOLD).name("中心户")
          .parentId("gp").areaId("G").fullMembers(1).coveredHouseholds(centralHouseholdCovers).build());
    }
    for (int w = 0; w < workers; w++) {
      b.addCommunityWorkers(CommunityWorker.builder().id("w" + w).name("工作者" + w).areaId("C")
          .post(w == 0 ? WorkerPost.PRINCIPAL : w == 1 ? WorkerPost.DEPUTY : WorkerPost.STAFF)
          .grade(w == 0 ? principalGrade : w == 1 ? 5 : 3)
          .certificate(w < certificates ? SocialWorkCertificate.ASSISTANT : SocialWorkCertificate.NONE)
          .secretary(w == 0).director(w == 0 && oneShoulder).reserveCandidate(w >= 1 && w <= reserves).build());
    }
    b.addFacilities(ServiceFacility.builder().id("center").name("党群服务中心").kind(FacilityKind.CENTER).areaId("C").floorArea(centerArea).build());
    if (station) {
      b.addFacilities(ServiceFacility.builder().id("station").name("服务站").kind(FacilityKind.STATION).areaId("X").floorArea(100).build());
    }
    b.addUnits(CoBuildingUnit.builder().id("u1").name("共建单位").build());
    if (countyLeader) {
      b.addContacts(ResponsibilityContact.builder().id("lead").name("县领导").kind(ContactKind.COUNTY_LEADER).areaId("C").build());
    }
    if (pairedUnit) {
      b.addContacts(ResponsibilityContact.builder().id("pair").name("结对").kind(ContactKind.PAIRED_UNIT).areaId("C").unitId("u1").build());
    }
    if (firstSecretary) {
      b.addContacts(ResponsibilityContact.builder().id("first").name("第一书记").kind(ContactKind.FIRST_SECRETARY).areaId("C").unitId("u1").build());
    }
    if (gridCadre) {
      b.addContacts(ResponsibilityContact.builder().id("cadre").name("包保干部").kind(ContactKind.CADRE).areaId("G").build());
    }
    return b.build();
  }

  ComplianceReport check() {
    return ComplianceEngine.of(PROFILE, RuleCatalog.builtIn()).check(build());
  }
}
