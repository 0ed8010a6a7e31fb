package org.jiceng.governance.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.BuildingHeadDuty;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.junit.jupiter.api.Test;

/** Issue 15's rule gaps, each with a fixture that fails exactly that reading and one that passes it. */
class RuleFidelityTest {

  private static List<Finding> findings(ComplianceReport r, String rule) {
    return r.getFindings().stream().filter(f -> f.getRule().equals(rule)).toList();
  }

  /** Below 7 full members a branch has a secretary and no committee (支部工作条例): a stated committee is a finding. */
  @Test
  void committeeSize_branchBelowSevenFullWithCommittee_isFlagged() {
    Fixture f = new Fixture();
    f.gridBranchFull = 5;
    List<Finding> bad = findings(f.check(), "party.committee-size");
    assertThat(bad).singleElement().satisfies(x -> {
      assertThat(x.getMessageKey()).isEqualTo("party.committee-size.message.not-allowed");
      assertThat(x.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("不设支部委员会");
    });
    f.gridBranchCommittee = null;
    assertThat(findings(f.check(), "party.committee-size")).isEmpty();
  }

  /** General branch committees 5–9 and party committees 5–9 (NATIONAL.md), checked like branch committees. */
  @Test
  void committeeSize_generalBranchAndCommittee_checkedAgainstTheirRanges() {
    Fixture f = new Fixture();
    f.communityCommittee = 11;
    assertThat(findings(f.check(), "party.committee-size")).singleElement().satisfies(x -> {
      assertThat(x.getSubject()).isEqualTo("cp");
      assertThat(x.getExpected()).isEqualTo("5..9");
    });
    f.communityCommittee = 9;
    assertThat(findings(f.check(), "party.committee-size")).isEmpty();
    f.communityOrgKind = PartyOrganizationKind.COMMITTEE;
    f.communityOrgMembers = 120;
    f.communityCommittee = 4;
    assertThat(findings(f.check(), "party.committee-size")).singleElement()
        .satisfies(x -> assertThat(x.getMessage(Locale.ENGLISH)).isEqualTo("社区党组织 has a committee of 4, outside 5..9"));
    f.communityCommittee = 7;
    assertThat(findings(f.check(), "party.committee-size")).isEmpty();
  }

  /** Jiayuguan's "1–2 reserve candidates" is a floor: three is no shortfall, none is. */
  @Test
  void reserveCandidates_isAFloor() {
    Fixture f = new Fixture();
    f.reserves = 3;
    assertThat(findings(f.check(), "staffing.reserve-candidates")).isEmpty();
    assertThat(BuiltInProfiles.get("gansu-jiayuguan").get(Parameters.RESERVE_CANDIDATES_MIN)).contains(1);
    f.reserves = 0;
    assertThat(findings(f.check(), "staffing.reserve-candidates")).singleElement()
        .satisfies(x -> assertThat(x.getExpected()).isEqualTo(">= 1"));
  }

  /** Tieling's 双楼长制 asks two heads a building; Kaiyuan inherits it. */
  @Test
  void buildingHeads_tielingAsksTwo() {
    StandardsProfile kaiyuan = BuiltInProfiles.get("liaoning-kaiyuan");
    assertThat(kaiyuan.get(Parameters.BUILDING_HEADS_MIN)).contains(2);
    Fixture f = new Fixture();
    ComplianceEngine engine = ComplianceEngine.of(kaiyuan, RuleCatalog.builtIn());
    assertThat(findings(engine.check(f.build()), "grid.building-head")).singleElement()
        .satisfies(x -> assertThat(x.getMessage(Locale.ENGLISH)).isEqualTo("Building 楼 has 1 building heads, fewer than 2"));
    f.buildingHeads = 2;
    // Two heads, but their duties unknown: 政务楼长 and 居务楼长 both missing.
    assertThat(findings(engine.check(f.build()), "grid.building-head")).singleElement()
        .satisfies(x -> assertThat(x.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("楼栋楼缺少政务楼长、居务楼长"));
    f.headDuties = new BuildingHeadDuty[] {BuildingHeadDuty.GOVERNMENT_AFFAIRS, BuildingHeadDuty.RESIDENT_AFFAIRS};
    assertThat(findings(engine.check(f.build()), "grid.building-head")).isEmpty();
  }

  @Test
  void groupSize_groupOfTwo_isFlagged_groupOfThreePasses() {
    Fixture f = new Fixture();
    f.gridCell = PartyOrganizationKind.GROUP;
    f.gridBranchCommittee = null;
    f.gridBranchFull = 2;
    assertThat(findings(f.check(), "party.group-size")).singleElement()
        .satisfies(x -> assertThat(x.getMessageKey()).isEqualTo("party.group-size.message.few"));
    f.gridBranchFull = 3;
    assertThat(findings(f.check(), "party.group-size")).isEmpty();
  }

  @Test
  void groups_branchOf25WithoutGroups_isFlagged_branchOf19Passes() {
    Fixture f = new Fixture();
    f.gridBranchFull = 25;
    assertThat(findings(f.check(), "party.groups")).singleElement().satisfies(x -> assertThat(x.getSubject()).isEqualTo("gp"));
    f.gridBranchFull = 19;
    assertThat(findings(f.check(), "party.groups")).isEmpty();
  }

  /** A residents' committee numbered in the villagers' committee range (200–399) is a warning, named in words. */
  @Test
  void divisionCodeRange_communityInVillagersRange_isAWarning() {
    Fixture f = new Fixture();
    f.communityCode = "211324001250";
    assertThat(findings(f.check(), "hierarchy.division-code-range")).singleElement().satisfies(x -> {
      assertThat(x.getSeverity().name()).isEqualTo("WARNING");
      assertThat(x.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("社区社区的区划代码211324001250村级码为250，属于村委会范围，居委会通常为001—199");
      assertThat(x.getMessage(Locale.ENGLISH)).contains("villagers' committee range");
    });
    f.communityCode = "211324001199";
    assertThat(findings(f.check(), "hierarchy.division-code-range")).isEmpty();
  }

  /** Qianxi: a branch in each compound grid; its community grids are served by the community organization. */
  @Test
  void gridCell_qianxiFlagsCompoundGridsOnly() {
    StandardsProfile qianxi = BuiltInProfiles.get("hebei-qianxi");
    Jurisdiction.Builder b = Jurisdiction.builder().addAreas(
        Area.builder().id("K").level(AreaLevel.COUNTY).name("县").build(),
        Area.builder().id("S").level(AreaLevel.STREET).name("街道").parentId("K").build(),
        Area.builder().id("C").level(AreaLevel.COMMUNITY).name("社区").parentId("S").build(),
        Area.builder().id("CG").level(AreaLevel.GRID).name("社区网格").parentId("C").households(300).build(),
        Area.builder().id("X").level(AreaLevel.COMPOUND).name("小区").parentId("C").build(),
        Area.builder().id("XG").level(AreaLevel.GRID).name("小区网格").parentId("X").households(300).build())
        .addGridWorkers(GridWorker.builder().id("w1").name("网格员").areaId("CG").role(GridWorkerRole.FULL_TIME).build(),
            GridWorker.builder().id("w2").name("网格员").areaId("XG").role(GridWorkerRole.FULL_TIME).build())
        .addPartyOrganizations(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部").areaId("C").fullMembers(30).build());
    Jurisdiction withGroup = b.addPartyOrganizations(PartyOrganization.builder().id("xg").kind(PartyOrganizationKind.GROUP).name("党小组")
        .areaId("XG").parentId("cp").fullMembers(3).build()).build();
    ComplianceReport r = ComplianceEngine.of(qianxi, RuleCatalog.builtIn()).check(withGroup);
    assertThat(findings(r, "party.grid-cell")).singleElement().satisfies(x -> {
      assertThat(x.getSubject()).isEqualTo("XG");
      assertThat(x.getMeasured()).isEqualTo("GROUP");
      assertThat(x.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("网格小区网格没有党支部类型的党组织");
    });
  }

  /** The text report lists communities the way the JSON report does: a community with an error before one with only warnings. */
  @Test
  void reportText_ordersCommunitiesLikeJson_errorsFirst() {
    Jurisdiction j = Jurisdiction.builder().addAreas(
        Area.builder().id("K").level(AreaLevel.COUNTY).name("县").build(),
        Area.builder().id("S").level(AreaLevel.STREET).name("街道").parentId("K").build(),
        Area.builder().id("A").level(AreaLevel.COMMUNITY).name("甲社区").parentId("S").build(),
        Area.builder().id("GA").level(AreaLevel.GRID).name("甲网格").parentId("A").households(900).build(),
        Area.builder().id("B").level(AreaLevel.COMMUNITY).name("乙社区").parentId("S").build(),
        Area.builder().id("GB").level(AreaLevel.GRID).name("乙网格").parentId("B").households(300).build())
        .addGridWorkers(GridWorker.builder().id("w1").name("网格员").areaId("GA").role(GridWorkerRole.FULL_TIME).build())
        .build();
    ComplianceReport r = ComplianceEngine.of(BuiltInProfiles.get("cn-national"), RuleCatalog.builtIn()).check(j);
    assertThat(r.getFindings().get(0).getCommunity()).contains("B");
    String text = ReportText.render(r, Locale.ENGLISH);
    assertThat(text.indexOf("乙社区 (B)")).isPositive().isLessThan(text.indexOf("甲社区 (A)"));
  }

  /** A finding cites its source in the reader's language: the seed's own sentence in Chinese, the reading in English. */
  @Test
  void source_isCitedInTheReportLanguage() {
    Fixture f = new Fixture();
    ComplianceReport r = ComplianceEngine.of(BuiltInProfiles.get("hebei-luannan"), RuleCatalog.builtIn()).check(f.build());
    Finding x = findings(r, "grid.households-range").get(0);
    assertThat(x.getSource(Locale.SIMPLIFIED_CHINESE)).startsWith("seed 003 (河北迁西县, 滦南县, 乐亭县)：以150—200户为标准将辖区划分为324个网格");
    assertThat(x.getSource(Locale.ENGLISH)).isEqualTo("seed 003 (河北迁西县, 滦南县, 乐亭县): a band of 150-200 households a grid");
    assertThat(ReportText.render(r, Locale.SIMPLIFIED_CHINESE)).contains("依据：seed 003 (河北迁西县, 滦南县, 乐亭县)：以150—200户为标准");
  }
}
