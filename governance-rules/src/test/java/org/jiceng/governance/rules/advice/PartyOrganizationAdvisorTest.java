package org.jiceng.governance.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.governance.rules.advice.County.AS_OF;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.junit.jupiter.api.Test;

/** Seed cases of every advice kind (seed 003: Luannan upgraded 14 community branches to committees, 2 to general branches; Qianxi one branch per compound grid). */
class PartyOrganizationAdvisorTest {
  static final StandardsProfile NATIONAL = BuiltInProfiles.get("cn-national");
  static final Source TEST = Source.of("test", "");
  /** cn-national with groups from 20, central households of at most 20 households, compound branches and a coverage deadline. */
  static final StandardsProfile FULL = StandardsProfile.draft("test-advice", "1", "测试", "Test", TEST)
      .extending(NATIONAL)
      .with(Parameters.GROUPS_FROM, 20, TEST)
      .with(Parameters.CENTRAL_HOUSEHOLD_MAX, 20, TEST)
      .with(Parameters.COMPOUND_BRANCH, true, TEST)
      .with(Parameters.COVERAGE_DEADLINE, LocalDate.of(2025, 12, 31), TEST)
      .build();

  private static List<Advice> advise(StandardsProfile p, Jurisdiction j) {
    return PartyOrganizationAdvisor.of(p).advise(j, AS_OF);
  }

  private static Advice only(List<Advice> advice, AdviceKind kind) {
    assertThat(advice).extracting(Advice::getKind).containsOnly(kind);
    assertThat(advice).hasSize(1);
    return advice.get(0);
  }

  @Test
  void communityBranchOf120_isUpgradedToCommittee() {
    Jurisdiction j = new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 115, 5).build();
    Advice a = only(advise(NATIONAL, j), AdviceKind.UPGRADE);
    assertThat(a.getSubject()).isEqualTo("cp");
    assertThat(a.getCurrentKind()).contains(PartyOrganizationKind.BRANCH);
    assertThat(a.getProposedKind()).contains(PartyOrganizationKind.COMMITTEE);
    assertThat(a.getRule()).isEqualTo("party.kind-membership");
    assertThat(a.getParameter()).isEqualTo("party.committee-from");
    assertThat(a.getThreshold()).isEqualTo(">= 100");
    assertThat(a.getSource().getDocument()).contains("支部工作条例");
    assertThat(a.isApprovalNeeded()).isTrue();
    assertThat(a.getCommunityId()).contains("C");
    assertThat(a.getStreetId()).contains("S");
    assertThat(a.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("将cp名由党支部升格为党委（党员120名，标准：>= 100），报上级党组织批准");
  }

  @Test
  void communityBranchOf60_isUpgradedToGeneralBranch() {
    Jurisdiction j = new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 60, 0).build();
    Advice a = only(advise(NATIONAL, j).stream().filter(x -> x.getKind() != AdviceKind.ELECT_COMMITTEE).toList(), AdviceKind.UPGRADE);
    assertThat(a.getProposedKind()).contains(PartyOrganizationKind.GENERAL_BRANCH);
    assertThat(a.getThreshold()).isEqualTo("50..99");
  }

  @Test
  void communityBranchOf50_isLeftAsBranch() {
    Jurisdiction j = new County().org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部")
        .areaId("C").parentId("wc").fullMembers(50).committeeSize(5).build()).build();
    assertThat(advise(NATIONAL, j)).isEmpty();
  }

  @Test
  void gridBranchOf60_isSplitInTwo() {
    Jurisdiction j = new County().area("G", AreaLevel.GRID, "C", 300)
        .org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.GENERAL_BRANCH).name("社区党总支").areaId("C").parentId("wc")
            .fullMembers(70).committeeSize(5).build())
        .org("gb", PartyOrganizationKind.BRANCH, "G", "cp", 55, 5).build();
    Advice a = only(advise(NATIONAL, j), AdviceKind.SPLIT);
    assertThat(a.getSubject()).isEqualTo("gb");
    assertThat(a.getCount()).hasValue(2);
    Jurisdiction after = AdviceApplier.apply(j, List.of(a), NATIONAL, AS_OF);
    assertThat(after.getPartyOrganizationsOn("G")).extracting(PartyOrganization::getTotalMembers).containsExactlyInAnyOrder(30, 30);
  }

  @Test
  void committeeOf80_isDowngradedToGeneralBranch() {
    Jurisdiction j = new County().org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.COMMITTEE).name("社区党委")
        .areaId("C").parentId("wc").fullMembers(80).committeeSize(7).build()).build();
    Advice a = only(advise(NATIONAL, j), AdviceKind.DOWNGRADE);
    assertThat(a.getProposedKind()).contains(PartyOrganizationKind.GENERAL_BRANCH);
    assertThat(a.getMessage(Locale.ENGLISH)).contains("Turn 社区党委 from a party committee into a general branch (80 members, threshold >= 100)");
  }

  @Test
  void twoCompoundsOfTwoMembers_mergeIntoOneJointBranch() {
    Jurisdiction j = new County().org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.GENERAL_BRANCH).name("社区党总支")
            .areaId("C").parentId("wc").fullMembers(60).committeeSize(5).build())
        .area("X1", AreaLevel.COMPOUND, "C", 100).area("X2", AreaLevel.COMPOUND, "C", 120)
        .members("X1", 2, 0).members("X2", 1, 1).build();
    Advice a = only(advise(FULL, j), AdviceKind.MERGE_INTO_JOINT_BRANCH);
    assertThat(a.getAreaIds()).containsExactly("X1", "X2");
    assertThat(a.getRule()).isEqualTo("party.compound-branch");
    assertThat(a.getFullMembers()).isEqualTo(3);
    assertThat(a.getTotalMembers()).isEqualTo(4);
    assertThat(a.getDueOn()).contains(LocalDate.of(2025, 12, 31));
    ComplianceReport before = ComplianceEngine.of(FULL).check(j);
    assertThat(before.getFindings()).anyMatch(f -> f.getRule().equals("party.compound-branch"));
    Jurisdiction after = AdviceApplier.apply(j, List.of(a), FULL, AS_OF);
    PartyOrganization joint = after.getPartyOrganizationsOn("X2").get(0);
    assertThat(joint.getKind()).isEqualTo(PartyOrganizationKind.JOINT_BRANCH);
    assertThat(joint.getParentId()).contains("cp");
    assertThat(ComplianceEngine.of(FULL).check(after).getFindings()).noneMatch(f -> f.getRule().equals("party.compound-branch"));
  }

  @Test
  void compoundOfTwoMembersAlone_getsNoJointBranch() {
    Jurisdiction j = new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 30, 0)
        .area("X1", AreaLevel.COMPOUND, "C", 100).members("X1", 2, 0).build();
    assertThat(advise(FULL, j)).extracting(Advice::getKind).doesNotContain(AdviceKind.MERGE_INTO_JOINT_BRANCH, AdviceKind.FORM);
  }

  @Test
  void compoundOfFiveFullMembers_formsBranch() {
    Jurisdiction j = new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 30, 0)
        .area("X1", AreaLevel.COMPOUND, "C", 100).members("X1", 5, 1).build();
    Advice a = advise(FULL, j).stream().filter(x -> x.getKind() == AdviceKind.FORM).findFirst().orElseThrow();
    assertThat(a.getSubject()).isEqualTo("X1");
    assertThat(a.getProposedKind()).contains(PartyOrganizationKind.BRANCH);
    assertThat(a.getTotalMembers()).isEqualTo(6);
    assertThat(a.getParameter()).isEqualTo("party.compound-branch");
  }

  @Test
  void branchWithTwoFullMembers_mergesIntoJointBranch() {
    Jurisdiction j = new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 2, 3).build();
    Advice a = only(advise(NATIONAL, j), AdviceKind.MERGE_INTO_JOINT_BRANCH);
    assertThat(a.getSubject()).isEqualTo("cp");
    assertThat(a.getThreshold()).isEqualTo(">= 3");
  }

  @Test
  void branchOfEightFullWithoutCommittee_electsCommitteeOfThree() {
    Jurisdiction j = new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 8, 0).build();
    Advice a = only(advise(NATIONAL, j), AdviceKind.ELECT_COMMITTEE);
    assertThat(a.getCount()).hasValue(3);
    assertThat(a.getThreshold()).isEqualTo("3..7");
    assertThat(a.isApprovalNeeded()).isFalse();
  }

  @Test
  void termEndingWithinHorizon_isReElected_andOverdueNeedsApproval() {
    Jurisdiction j = new County().area("C2", AreaLevel.COMMUNITY, "S", 100)
        .org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部").areaId("C").parentId("wc")
            .fullMembers(5).electedOn(LocalDate.of(2020, 10, 1)).build())
        .org(PartyOrganization.builder().id("cp2").kind(PartyOrganizationKind.BRANCH).name("社区二党支部").areaId("C2").parentId("wc")
            .fullMembers(5).electedOn(LocalDate.of(2020, 3, 1)).build())
        .org(PartyOrganization.builder().id("unit").kind(PartyOrganizationKind.BRANCH).name("机关党支部").parentId("wc")
            .fullMembers(5).electedOn(LocalDate.of(2022, 9, 1)).build())
        .build();
    List<Advice> advice = advise(NATIONAL, j);
    assertThat(advice).extracting(Advice::getKind).containsOnly(AdviceKind.RE_ELECT);
    assertThat(advice).extracting(Advice::getSubject).containsExactly("cp", "cp2", "unit");
    assertThat(advice.get(0).getDueOn()).contains(LocalDate.of(2025, 10, 1));
    assertThat(advice.get(0).isApprovalNeeded()).isFalse();
    assertThat(advice.get(1).getDueOn()).contains(LocalDate.of(2025, 3, 1));
    assertThat(advice.get(1).isApprovalNeeded()).isTrue();
    // Outside a community a branch serves 3 years.
    assertThat(advice.get(2).getParameter()).isEqualTo("party.branch-term-years");
    assertThat(advice.get(2).getDueOn()).contains(LocalDate.of(2025, 9, 1));
    assertThat(PartyOrganizationAdvisor.of(NATIONAL).withHorizonDays(30).advise(j, AS_OF)).extracting(Advice::getSubject).containsExactly("cp2");
  }

  @Test
  void gridOf300Households_appointsCentralHouseholds() {
    Jurisdiction j = new County().area("G", AreaLevel.GRID, "C", 300)
        .org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部").areaId("C").parentId("wc").fullMembers(6).build())
        .org(PartyOrganization.builder().id("ch").kind(PartyOrganizationKind.CENTRAL_HOUSEHOLD).name("中心户").areaId("G").parentId("cp")
            .fullMembers(1).coveredHouseholds(15).build())
        .build();
    Advice a = only(advise(FULL, j), AdviceKind.APPOINT_CENTRAL_HOUSEHOLDS);
    assertThat(a.getCount()).hasValue(15);
    Jurisdiction after = AdviceApplier.apply(j, List.of(a), FULL, AS_OF);
    assertThat(advise(FULL, after)).isEmpty();
  }

  @Test
  void branchOf25WithoutGroups_formsGroups_andGroupOfTwo_isRegrouped() {
    Jurisdiction j = new County().area("G1", AreaLevel.GRID, "C", 300).area("G2", AreaLevel.GRID, "C", 300).area("G3", AreaLevel.GRID, "C", 300)
        .org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部").areaId("C").parentId("wc")
            .fullMembers(25).committeeSize(5).build())
        .org(PartyOrganization.builder().id("cp2").kind(PartyOrganizationKind.BRANCH).name("机关党支部").parentId("wc").fullMembers(6).build())
        .org("g-small", PartyOrganizationKind.GROUP, "G1", "cp2", 1, 1)
        .build();
    List<Advice> advice = advise(FULL, j).stream().filter(a -> a.getKind() == AdviceKind.FORM_GROUPS).toList();
    assertThat(advice).hasSize(2);
    Advice groups = advice.stream().filter(a -> a.getSubject().equals("cp")).findFirst().orElseThrow();
    assertThat(groups.getCount()).hasValue(3);
    Advice regroup = advice.stream().filter(a -> a.getSubject().equals("g-small")).findFirst().orElseThrow();
    assertThat(regroup.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("党小组g-small名有党员2名、正式党员1名（标准：>= 3, full >= 1），应并入其他党小组或重新划分");
    Jurisdiction after = AdviceApplier.apply(j, advice, FULL, AS_OF);
    assertThat(after.getChildOrganizations("cp")).hasSize(3).allMatch(g -> g.getTotalMembers() >= 8 && g.getFullMembers() >= 1);
    assertThat(advise(FULL, after)).extracting(Advice::getKind).doesNotContain(AdviceKind.FORM_GROUPS);
  }

  @Test
  void qianxiCommunityGrid_isServedByCommunity_butCompoundGridFormsBranch() {
    StandardsProfile qianxi = BuiltInProfiles.get("hebei-qianxi");
    Jurisdiction j = new County()
        .org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部").areaId("C").parentId("wc").fullMembers(40).build())
        .area("CG", AreaLevel.GRID, "C", 300).members("CG", 6, 0)
        .area("X", AreaLevel.COMPOUND, "C", 300).area("XG", AreaLevel.GRID, "X", 300).members("XG", 4, 0)
        .build();
    List<Advice> advice = advise(qianxi, j).stream().filter(a -> a.getKind() == AdviceKind.FORM).toList();
    assertThat(advice).extracting(Advice::getSubject).containsExactly("XG");
  }

  @Test
  void advice_isDeterministicAndSorted() {
    Jurisdiction j = new County().area("C2", AreaLevel.COMMUNITY, "S", 100)
        .org("a", PartyOrganizationKind.BRANCH, "C2", "wc", 120, 0)
        .org("b", PartyOrganizationKind.BRANCH, "C", "wc", 2, 0)
        .org("c", PartyOrganizationKind.BRANCH, "C", "wc", 60, 0).build();
    List<Advice> first = advise(NATIONAL, j);
    assertThat(advise(NATIONAL, j)).isEqualTo(first);
    assertThat(first).extracting(Advice::getCommunityId).containsExactly(Optional.of("C"), Optional.of("C"), Optional.of("C2"));
    assertThat(first).extracting(Advice::getKind).containsExactly(AdviceKind.UPGRADE, AdviceKind.MERGE_INTO_JOINT_BRANCH, AdviceKind.UPGRADE);
  }

  /** Messages show kinds by their display names, never as constants such as GENERAL_BRANCH. */
  @Test
  void messages_showNoEnumConstants() {
    Jurisdiction j = new County().area("G", AreaLevel.GRID, "C", 300).area("X1", AreaLevel.COMPOUND, "C", 100).area("X2", AreaLevel.COMPOUND, "C", 100)
        .members("X1", 2, 0).members("X2", 2, 0)
        .org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.COMMITTEE).name("社区党委").areaId("C").parentId("wc")
            .fullMembers(40).electedOn(LocalDate.of(2019, 1, 1)).build())
        .org("gb", PartyOrganizationKind.BRANCH, "G", "cp", 2, 0)
        .org(PartyOrganization.builder().id("big").kind(PartyOrganizationKind.BRANCH).name("机关党支部").parentId("wc")
            .fullMembers(25).committeeSize(3).build())
        .build();
    List<Advice> advice = advise(FULL, j);
    assertThat(advice).extracting(Advice::getKind).contains(AdviceKind.DOWNGRADE, AdviceKind.MERGE_INTO_JOINT_BRANCH, AdviceKind.RE_ELECT,
        AdviceKind.APPOINT_CENTRAL_HOUSEHOLDS, AdviceKind.FORM_GROUPS);
    Pattern constant = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)*\\b");
    for (Advice a : advice) {
      for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        assertThat(constant.matcher(a.getMessage(l)).find()).as(a.getMessage(l)).isFalse();
      }
    }
    String text = AdviceText.render(advice, "test-advice", "县 (K)", AS_OF, Locale.SIMPLIFIED_CHINESE);
    assertThat(text).contains("街道 (S)\n  社区 (C)\n    [").contains("[降格]".replace("降格", "调整降格"));
  }
}
