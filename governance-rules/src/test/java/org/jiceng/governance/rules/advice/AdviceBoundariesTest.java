package org.jiceng.governance.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiceng.governance.rules.advice.County.AS_OF;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.GridCell;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.junit.jupiter.api.Test;

/**
 * The advisor at each threshold of cn-national (3 full members, at most 50, general branch
 * 50..99, committee from 100, branch committee from 7 full members, groups of 3 with 1 full
 * member, terms of 5 and 3 years): one member either side of each changes the advice.
 */
class AdviceBoundariesTest {
  static final StandardsProfile NATIONAL = BuiltInProfiles.get("cn-national");
  static final Source TEST = Source.of("test", "");
  static final StandardsProfile FULL = PartyOrganizationAdvisorTest.FULL;

  private static List<Advice> advise(StandardsProfile p, Jurisdiction j) {
    return PartyOrganizationAdvisor.of(p).advise(j, AS_OF);
  }

  private static List<AdviceKind> kinds(StandardsProfile p, Jurisdiction j) {
    return advise(p, j).stream().map(Advice::getKind).toList();
  }

  /** A community-level organization with a committee in range (so only the kind is at stake). */
  private static Jurisdiction community(PartyOrganizationKind kind, int full, int probationary, int committee) {
    return new County().org(PartyOrganization.builder().id("cp").kind(kind).name("社区党组织").areaId("C").parentId("wc")
        .fullMembers(full).probationaryMembers(probationary).committeeSize(committee).build()).build();
  }

  private static Advice single(List<Advice> advice) {
    assertThat(advice).hasSize(1);
    return advice.get(0);
  }

  @Test
  void communityBranch_upgradesToCommitteeFromExactly100() {
    Advice a = single(advise(NATIONAL, community(PartyOrganizationKind.BRANCH, 100, 0, 5)));
    assertThat(a.getKind()).isEqualTo(AdviceKind.UPGRADE);
    assertThat(a.getProposedKind()).contains(PartyOrganizationKind.COMMITTEE);
    Advice b = single(advise(NATIONAL, community(PartyOrganizationKind.BRANCH, 99, 0, 5)));
    assertThat(b.getKind()).isEqualTo(AdviceKind.UPGRADE);
    assertThat(b.getProposedKind()).contains(PartyOrganizationKind.GENERAL_BRANCH);
    assertThat(b.getParameter()).isEqualTo("party.general-branch-members");
  }

  @Test
  void communityBranch_growsAbove50_butNotAt50() {
    assertThat(kinds(NATIONAL, community(PartyOrganizationKind.BRANCH, 50, 0, 5))).isEmpty();
    Advice a = single(advise(NATIONAL, community(PartyOrganizationKind.BRANCH, 50, 1, 5)));
    assertThat(a.getKind()).isEqualTo(AdviceKind.UPGRADE);
    assertThat(a.getTotalMembers()).isEqualTo(51);
    assertThat(a.getFullMembers()).isEqualTo(50);
    assertThat(a.getThreshold()).isEqualTo("50..99");
  }

  @Test
  void communityBranch_withoutGeneralBranchRange_isSplitInsteadOfUpgraded() {
    StandardsProfile noGeneral = StandardsProfile.draft("no-general", "1", "无总支", "No general branch", TEST)
        .with(Parameters.BRANCH_MAX, 50, TEST).build();
    Advice a = single(advise(noGeneral, community(PartyOrganizationKind.BRANCH, 60, 0, 5)));
    assertThat(a.getKind()).isEqualTo(AdviceKind.SPLIT);
    assertThat(a.getCount()).hasValue(2);
    assertThat(a.getProposedKind()).contains(PartyOrganizationKind.BRANCH);
    assertThat(a.getThreshold()).isEqualTo("<= 50");
  }

  @Test
  void gridBranch_above50_isSplit_evenWhereAGeneralBranchWouldFit() {
    Jurisdiction j = new County().area("G", AreaLevel.GRID, "C", 300)
        .org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.GENERAL_BRANCH).name("社区党总支").areaId("C").parentId("wc")
            .fullMembers(70).committeeSize(5).build())
        .org(PartyOrganization.builder().id("gb").kind(PartyOrganizationKind.BRANCH).name("网格支部").areaId("G").parentId("cp")
            .fullMembers(51).committeeSize(5).build()).build();
    Advice a = single(advise(NATIONAL, j));
    assertThat(a.getKind()).isEqualTo(AdviceKind.SPLIT);
    assertThat(a.getCount()).hasValue(2);
    assertThat(a.getCommunityId()).contains("C");
    assertThat(a.getStreetId()).contains("S");
    assertThat(a.getAreaIds()).containsExactly("G");
    assertThat(a.getOrganizationIds()).containsExactly("gb");
  }

  @Test
  void branch_withExactlyThreeFullMembers_isNotMerged() {
    assertThat(kinds(NATIONAL, new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 3, 4).build())).isEmpty();
    Advice a = single(advise(NATIONAL, new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 2, 5).build()));
    assertThat(a.getKind()).isEqualTo(AdviceKind.MERGE_INTO_JOINT_BRANCH);
    assertThat(a.getProposedKind()).contains(PartyOrganizationKind.JOINT_BRANCH);
    assertThat(a.isApprovalNeeded()).isTrue();
    assertThat(a.getMessageKey()).isEqualTo("advice.MERGE_INTO_JOINT_BRANCH.branch");
  }

  @Test
  void jointBranch_isSplitAbove50_intoCeilingOfMembersOver50() {
    Jurisdiction at50 = new County().org(PartyOrganization.builder().id("jb").kind(PartyOrganizationKind.JOINT_BRANCH).name("联合支部")
        .parentId("wc").fullMembers(50).committeeSize(5).build()).build();
    assertThat(kinds(NATIONAL, at50)).isEmpty();
    Jurisdiction of100 = new County().org(PartyOrganization.builder().id("jb").kind(PartyOrganizationKind.JOINT_BRANCH).name("联合支部")
        .parentId("wc").fullMembers(100).committeeSize(5).build()).build();
    Advice a = single(advise(NATIONAL, of100));
    assertThat(a.getKind()).isEqualTo(AdviceKind.SPLIT);
    assertThat(a.getCount()).hasValue(2);
    assertThat(a.getProposedKind()).contains(PartyOrganizationKind.JOINT_BRANCH);
    Jurisdiction of101 = new County().org(PartyOrganization.builder().id("jb").kind(PartyOrganizationKind.JOINT_BRANCH).name("联合支部")
        .parentId("wc").fullMembers(101).committeeSize(5).build()).build();
    assertThat(single(advise(NATIONAL, of101)).getCount()).hasValue(3);
  }

  @Test
  void generalBranch_upgradesFrom100_andDowngradesBelow50() {
    Advice up = single(advise(NATIONAL, community(PartyOrganizationKind.GENERAL_BRANCH, 100, 0, 5)));
    assertThat(up.getKind()).isEqualTo(AdviceKind.UPGRADE);
    assertThat(up.getProposedKind()).contains(PartyOrganizationKind.COMMITTEE);
    assertThat(kinds(NATIONAL, community(PartyOrganizationKind.GENERAL_BRANCH, 99, 0, 5))).isEmpty();
    assertThat(kinds(NATIONAL, community(PartyOrganizationKind.GENERAL_BRANCH, 50, 0, 5))).isEmpty();
    Advice down = single(advise(NATIONAL, community(PartyOrganizationKind.GENERAL_BRANCH, 49, 0, 5)));
    assertThat(down.getKind()).isEqualTo(AdviceKind.DOWNGRADE);
    assertThat(down.getProposedKind()).contains(PartyOrganizationKind.BRANCH);
    assertThat(down.getThreshold()).isEqualTo("50..99");
    assertThat(down.getMessageKey()).isEqualTo("advice.DOWNGRADE");
  }

  @Test
  void committee_keptFrom100_downgradedToGeneralBranchOrBranchBelow() {
    assertThat(kinds(NATIONAL, community(PartyOrganizationKind.COMMITTEE, 100, 0, 7))).isEmpty();
    Advice general = single(advise(NATIONAL, community(PartyOrganizationKind.COMMITTEE, 99, 0, 7)));
    assertThat(general.getKind()).isEqualTo(AdviceKind.DOWNGRADE);
    assertThat(general.getProposedKind()).contains(PartyOrganizationKind.GENERAL_BRANCH);
    Advice branch = single(advise(NATIONAL, community(PartyOrganizationKind.COMMITTEE, 40, 9, 7)));
    assertThat(branch.getProposedKind()).contains(PartyOrganizationKind.BRANCH);
    assertThat(branch.getThreshold()).isEqualTo(">= 100");
    assertThat(branch.getRule()).isEqualTo("party.kind-membership");
  }

  /** A kind change replaces committee and group advice: the new organization elects anew. */
  @Test
  void structuralAdvice_suppressesCommitteeAdvice() {
    Jurisdiction j = new County().org("cp", PartyOrganizationKind.GENERAL_BRANCH, "C", "wc", 30, 0).build();
    assertThat(kinds(NATIONAL, j)).containsExactly(AdviceKind.DOWNGRADE);
  }

  @Test
  void branchCommittee_isAskedFromSevenFullMembers() {
    assertThat(kinds(NATIONAL, new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 6, 3).build())).isEmpty();
    Advice a = single(advise(NATIONAL, new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 7, 0).build()));
    assertThat(a.getKind()).isEqualTo(AdviceKind.ELECT_COMMITTEE);
    assertThat(a.getCount()).hasValue(3);
    assertThat(a.getRule()).isEqualTo("party.committee-size");
    assertThat(a.getParameter()).isEqualTo("party.branch-committee-size");
    assertThat(a.getMessageKey()).isEqualTo("advice.ELECT_COMMITTEE");
  }

  @Test
  void committeeAboveItsRange_isCutToTheMaximum_andBelowRaisedToTheMinimum() {
    Advice over = single(advise(NATIONAL, community(PartyOrganizationKind.BRANCH, 20, 0, 9)));
    assertThat(over.getKind()).isEqualTo(AdviceKind.ELECT_COMMITTEE);
    assertThat(over.getCount()).hasValue(7);
    Advice under = single(advise(NATIONAL, community(PartyOrganizationKind.BRANCH, 20, 0, 2)));
    assertThat(under.getCount()).hasValue(3);
    assertThat(kinds(NATIONAL, community(PartyOrganizationKind.BRANCH, 20, 0, 7))).isEmpty();
    assertThat(kinds(NATIONAL, community(PartyOrganizationKind.BRANCH, 20, 0, 3))).isEmpty();
    Advice committee = single(advise(NATIONAL, community(PartyOrganizationKind.COMMITTEE, 120, 0, 11)));
    assertThat(committee.getParameter()).isEqualTo("party.committee-size");
    assertThat(committee.getCount()).hasValue(9);
    Advice general = single(advise(NATIONAL, community(PartyOrganizationKind.GENERAL_BRANCH, 60, 0, 4)));
    assertThat(general.getParameter()).isEqualTo("party.general-branch-committee-size");
    assertThat(general.getCount()).hasValue(5);
  }

  /** Seats cannot exceed the full members who may hold them. */
  @Test
  void committeeSeats_areCappedByFullMembers() {
    Jurisdiction j = new County().org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.GENERAL_BRANCH).name("社区党总支")
        .areaId("C").parentId("wc").fullMembers(3).probationaryMembers(57).build()).build();
    Advice a = single(advise(NATIONAL, j));
    assertThat(a.getKind()).isEqualTo(AdviceKind.ELECT_COMMITTEE);
    assertThat(a.getCount()).hasValue(3);
    assertThat(a.getFullMembers()).isEqualTo(3);
    assertThat(a.getTotalMembers()).isEqualTo(60);
  }

  @Test
  void branchGroups_areAskedFromExactly20Members_evenWithOtherChildren() {
    Jurisdiction at19 = new County().org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部")
        .areaId("C").parentId("wc").fullMembers(19).committeeSize(5).build()).build();
    assertThat(kinds(FULL, at19)).isEmpty();
    Jurisdiction at20 = new County().org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部")
            .areaId("C").parentId("wc").fullMembers(20).committeeSize(5).build())
        .org(PartyOrganization.builder().id("ch").kind(PartyOrganizationKind.CENTRAL_HOUSEHOLD).name("中心户").areaId("C").parentId("cp")
            .fullMembers(1).build())
        .build();
    Advice a = advise(FULL, at20).stream().filter(x -> x.getKind() == AdviceKind.FORM_GROUPS).findFirst().orElseThrow();
    assertThat(a.getSubject()).isEqualTo("cp");
    assertThat(a.getRule()).isEqualTo("party.groups");
    assertThat(a.getThreshold()).isEqualTo(">= 20");
    assertThat(a.getProposedKind()).contains(PartyOrganizationKind.GROUP);
    assertThat(a.isApprovalNeeded()).isFalse();
  }

  @Test
  void group_ofThreeWithOneFull_isFine_andEachShortfallIsNamed() {
    Jurisdiction fine = new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 5, 0).org("g", PartyOrganizationKind.GROUP, "C", "cp", 1, 2).build();
    assertThat(kinds(NATIONAL, fine)).isEmpty();
    Jurisdiction noFull = new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 5, 0).org("g", PartyOrganizationKind.GROUP, "C", "cp", 0, 3).build();
    Advice a = single(advise(NATIONAL, noFull));
    assertThat(a.getKind()).isEqualTo(AdviceKind.FORM_GROUPS);
    assertThat(a.getParameter()).isEqualTo("party.group-min-full");
    assertThat(a.getRule()).isEqualTo("party.group-size");
    assertThat(a.getThreshold()).isEqualTo("full >= 1");
    assertThat(a.getOrganizationIds()).containsExactly("g", "cp");
    assertThat(a.getMessageKey()).isEqualTo("advice.FORM_GROUPS.regroup");
    Jurisdiction few = new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 5, 0).org("g", PartyOrganizationKind.GROUP, "C", "cp", 2, 0).build();
    Advice b = single(advise(NATIONAL, few));
    assertThat(b.getParameter()).isEqualTo("party.group-min-members");
    assertThat(b.getThreshold()).isEqualTo(">= 3, full >= 1");
  }

  @Test
  void group_underAProfileWithoutFullMinimum_namesOnlyTheSize() {
    StandardsProfile sizeOnly = StandardsProfile.draft("size-only", "1", "仅人数", "Size only", TEST)
        .with(Parameters.GROUP_MIN_MEMBERS, 3, TEST).build();
    Jurisdiction j = new County().org("g", PartyOrganizationKind.GROUP, "C", "wc", 0, 2).build();
    assertThat(single(advise(sizeOnly, j)).getThreshold()).isEqualTo(">= 3");
    Jurisdiction noFull = new County().org("g", PartyOrganizationKind.GROUP, "C", "wc", 0, 3).build();
    assertThat(advise(sizeOnly, noFull)).isEmpty();
  }

  @Test
  void terms_skipGroupsAndOrganizationsWithoutElectionDate() {
    Jurisdiction j = new County()
        .org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部").areaId("C").parentId("wc")
            .fullMembers(5).build())
        .org(PartyOrganization.builder().id("g").kind(PartyOrganizationKind.GROUP).name("党小组").areaId("C").parentId("cp")
            .fullMembers(3).electedOn(LocalDate.of(2015, 1, 1)).build())
        .build();
    assertThat(advise(NATIONAL, j)).isEmpty();
  }

  @Test
  void termFromTheData_overridesTheProfile_andIsMarked() {
    Jurisdiction j = new County().org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部").areaId("C")
        .parentId("wc").fullMembers(5).electedOn(LocalDate.of(2022, 7, 1)).termYears(3).build()).build();
    Advice a = single(advise(NATIONAL, j));
    assertThat(a.getKind()).isEqualTo(AdviceKind.RE_ELECT);
    assertThat(a.getThreshold()).isEqualTo("3 (data)");
    assertThat(a.getDueOn()).contains(LocalDate.of(2025, 7, 1));
    assertThat(a.getParameter()).isEqualTo("party.community-term-years");
    assertThat(a.getRule()).isEqualTo("party.term-overdue");
  }

  @Test
  void termEndingOnTheDay_isNotOverdue_andTheHorizonIsInclusive() {
    Jurisdiction today = new County().org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部").areaId("C")
        .parentId("wc").fullMembers(5).electedOn(AS_OF.minusYears(5)).build()).build();
    Advice a = single(advise(NATIONAL, today));
    assertThat(a.isApprovalNeeded()).isFalse();
    assertThat(a.getMessageKey()).isEqualTo("advice.RE_ELECT");
    Advice late = single(advise(NATIONAL, new County().org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH)
        .name("社区党支部").areaId("C").parentId("wc").fullMembers(5).electedOn(AS_OF.minusYears(5).minusDays(1)).build()).build()));
    assertThat(late.isApprovalNeeded()).isTrue();
    assertThat(late.getMessageKey()).isEqualTo("advice.RE_ELECT.overdue");
    LocalDate edge = AS_OF.plusDays(10).minusYears(5);
    Jurisdiction j = new County().org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部").areaId("C")
        .parentId("wc").fullMembers(5).electedOn(edge).build()).build();
    assertThat(PartyOrganizationAdvisor.of(NATIONAL).withHorizonDays(10).advise(j, AS_OF)).hasSize(1);
    assertThat(PartyOrganizationAdvisor.of(NATIONAL).withHorizonDays(9).advise(j, AS_OF)).isEmpty();
  }

  @Test
  void committeeOutsideCommunities_servesTheCommitteeTerm() {
    Jurisdiction j = new County().org(PartyOrganization.builder().id("u").kind(PartyOrganizationKind.COMMITTEE).name("机关党委")
        .parentId("wc").fullMembers(120).committeeSize(7).electedOn(LocalDate.of(2020, 9, 1)).build()).build();
    Advice a = single(advise(NATIONAL, j));
    assertThat(a.getParameter()).isEqualTo("party.committee-term-years");
    assertThat(a.getDueOn()).contains(LocalDate.of(2025, 9, 1));
    assertThat(a.getThreshold()).isEqualTo("5");
    assertThat(a.getCommunityId()).isEmpty();
    assertThat(a.getStreetId()).isEmpty();
  }

  @Test
  void organizationOnAStreet_isPlacedOnTheStreetWithoutCommunity() {
    Jurisdiction j = new County().org(PartyOrganization.builder().id("sb").kind(PartyOrganizationKind.BRANCH).name("街道机关支部")
        .areaId("S").parentId("wc").fullMembers(2).build()).build();
    Advice a = single(advise(NATIONAL, j));
    assertThat(a.getStreetId()).contains("S");
    assertThat(a.getStreetName()).contains("街道");
    assertThat(a.getCommunityId()).isEmpty();
    assertThat(a.getAreaIds()).containsExactly("S");
  }

  @Test
  void adviceOutsideAnyStreet_sortsAfterAdviceInStreets() {
    Jurisdiction j = new County()
        .org(PartyOrganization.builder().id("a-unit").kind(PartyOrganizationKind.BRANCH).name("机关支部").parentId("wc").fullMembers(2).build())
        .org(PartyOrganization.builder().id("z-cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部").areaId("C").parentId("wc").fullMembers(2).build())
        .build();
    assertThat(advise(NATIONAL, j)).extracting(Advice::getSubject).containsExactly("z-cp", "a-unit");
  }

  @Test
  void advisor_keepsProfileAndHorizon_andRefusesANegativeHorizon() {
    PartyOrganizationAdvisor a = PartyOrganizationAdvisor.of(NATIONAL);
    assertThat(a.getProfile()).isSameAs(NATIONAL);
    assertThat(a.getHorizonDays()).isEqualTo(PartyOrganizationAdvisor.DEFAULT_HORIZON_DAYS).isEqualTo(180);
    assertThat(a.withHorizonDays(0).getHorizonDays()).isZero();
    assertThatThrownBy(() -> a.withHorizonDays(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void ruleOf_eachKind_namesTheRuleTheAdviceAnswers() {
    AdviceContext c = new AdviceContext(new County().build(), AS_OF, NATIONAL, 180);
    assertThat(c.ruleOf(AdviceKind.FORM, Parameters.COMPOUND_BRANCH)).isEqualTo("party.compound-branch");
    assertThat(c.ruleOf(AdviceKind.FORM, Parameters.GRID_CELL)).isEqualTo("party.grid-cell");
    assertThat(c.ruleOf(AdviceKind.ELECT_COMMITTEE, Parameters.BRANCH_COMMITTEE_SIZE)).isEqualTo("party.committee-size");
    assertThat(c.ruleOf(AdviceKind.RE_ELECT, Parameters.COMMUNITY_TERM_YEARS)).isEqualTo("party.term-overdue");
    assertThat(c.ruleOf(AdviceKind.APPOINT_CENTRAL_HOUSEHOLDS, Parameters.CENTRAL_HOUSEHOLD_MAX)).isEqualTo("party.central-household");
    assertThat(c.ruleOf(AdviceKind.FORM_GROUPS, Parameters.GROUPS_FROM)).isEqualTo("party.groups");
    assertThat(c.ruleOf(AdviceKind.FORM_GROUPS, Parameters.GROUP_MIN_MEMBERS)).isEqualTo("party.group-size");
    assertThat(c.ruleOf(AdviceKind.SPLIT, Parameters.BRANCH_MAX)).isEqualTo("party.kind-membership");
  }

  @Test
  void kindFor_membersOfANewCell_followTheThresholds() {
    AdviceContext c = new AdviceContext(new County().build(), AS_OF, NATIONAL, 180);
    assertThat(c.kindFor(100, 100)).isEqualTo(PartyOrganizationKind.COMMITTEE);
    assertThat(c.kindFor(99, 99)).isEqualTo(PartyOrganizationKind.GENERAL_BRANCH);
    assertThat(c.kindFor(51, 51)).isEqualTo(PartyOrganizationKind.GENERAL_BRANCH);
    assertThat(c.kindFor(50, 50)).isEqualTo(PartyOrganizationKind.BRANCH);
    StandardsProfile gap = StandardsProfile.draft("gap", "1", "缺口", "Gap", TEST).with(Parameters.BRANCH_MAX, 50, TEST)
        .with(Parameters.GENERAL_BRANCH_MEMBERS, org.jiceng.governance.rules.profile.IntRange.of(60, 99), TEST).build();
    AdviceContext g = new AdviceContext(new County().build(), AS_OF, gap, 180);
    assertThat(g.kindFor(55, 55)).isEqualTo(PartyOrganizationKind.BRANCH);
    assertThat(g.kindFor(60, 60)).isEqualTo(PartyOrganizationKind.GENERAL_BRANCH);
  }

  /** Members registered in a grid count for the compound and community around it. */
  @Test
  void membersWithin_countEveryEnclosingArea() {
    Jurisdiction j = new County().area("X", AreaLevel.COMPOUND, "C", 100).area("G", AreaLevel.GRID, "X", 100).members("G", 2, 1).build();
    AdviceContext c = new AdviceContext(j, AS_OF, NATIONAL, 180);
    assertThat(c.membersWithin.get("G")).containsExactly(2, 3);
    assertThat(c.membersWithin.get("X")).containsExactly(2, 3);
    assertThat(c.membersWithin.get("C")).containsExactly(2, 3);
    assertThat(c.membersWithin.get("K")).containsExactly(2, 3);
  }

  @Test
  void gridCellGroup_isFormedWhereEnoughMembersLive_withoutApproval() {
    StandardsProfile groups = StandardsProfile.draft("grid-groups", "1", "网格党小组", "Grid groups", TEST).extending(NATIONAL)
        .with(Parameters.GRID_CELL, GridCell.GROUP, TEST).with(Parameters.COVERAGE_DEADLINE, LocalDate.of(2025, 12, 31), TEST).build();
    Jurisdiction j = new County().org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部").areaId("C")
            .parentId("wc").fullMembers(5).build())
        .area("G1", AreaLevel.GRID, "C", 100).members("G1", 1, 2)
        .area("G2", AreaLevel.GRID, "C", 100).members("G2", 0, 3)
        .area("G3", AreaLevel.GRID, "C", 100).members("G3", 1, 1).build();
    List<Advice> form = advise(groups, j).stream().filter(a -> a.getKind() == AdviceKind.FORM).toList();
    Advice a = single(form);
    assertThat(a.getSubject()).isEqualTo("G1");
    assertThat(a.getProposedKind()).contains(PartyOrganizationKind.GROUP);
    assertThat(a.isApprovalNeeded()).isFalse();
    assertThat(a.getDueOn()).contains(LocalDate.of(2025, 12, 31));
    assertThat(a.getRule()).isEqualTo("party.grid-cell");
    assertThat(a.getThreshold()).isEqualTo("GROUP");
  }

  @Test
  void compoundBranch_isFormedFromExactlyThreeFullMembers_withApprovalAndDeadline() {
    Jurisdiction j = new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 30, 0)
        .area("X1", AreaLevel.COMPOUND, "C", 100).members("X1", 3, 0).build();
    Advice a = advise(FULL, j).stream().filter(x -> x.getKind() == AdviceKind.FORM).findFirst().orElseThrow();
    assertThat(a.getSubject()).isEqualTo("X1");
    assertThat(a.isApprovalNeeded()).isTrue();
    assertThat(a.getDueOn()).contains(LocalDate.of(2025, 12, 31));
    assertThat(a.getCommunityId()).contains("C");
    assertThat(a.getFullMembers()).isEqualTo(3);
  }

  /** A joint branch gathers at most the profile's number of units; a last unit alone gets none. */
  @Test
  void jointBranches_gatherAtMostMaxUnits() {
    StandardsProfile two = StandardsProfile.draft("two", "1", "二", "Two", TEST).extending(FULL)
        .with(Parameters.JOINT_BRANCH_MAX_UNITS, 2, TEST).build();
    County c = new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 30, 0);
    for (int i = 1; i <= 5; i++) {
      c.area("X" + i, AreaLevel.COMPOUND, "C", 100).members("X" + i, 2, 0);
    }
    List<Advice> joint = advise(two, c.build()).stream().filter(a -> a.getKind() == AdviceKind.MERGE_INTO_JOINT_BRANCH).toList();
    assertThat(joint).extracting(Advice::getAreaIds).containsExactly(List.of("X1", "X2"), List.of("X3", "X4"));
    assertThat(joint.get(0).getSubjectName()).isEqualTo("X1名、X2名");
    assertThat(joint.get(0).getThreshold()).isEqualTo(">= 3 (each unit below)");
  }

  @Test
  void jointBranch_needsEnoughFullMembersTogether() {
    County c = new County().org("cp", PartyOrganizationKind.BRANCH, "C", "wc", 30, 0)
        .area("X1", AreaLevel.COMPOUND, "C", 100).members("X1", 1, 1).area("X2", AreaLevel.COMPOUND, "C", 100).members("X2", 1, 1);
    assertThat(kinds(FULL, c.build())).doesNotContain(AdviceKind.MERGE_INTO_JOINT_BRANCH);
  }

  @Test
  void centralHouseholds_countTheShortfall_andNoneUnderAZeroMaximum() {
    Jurisdiction j = new County().area("G", AreaLevel.GRID, "C", 301)
        .org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部").areaId("C").parentId("wc").fullMembers(6).build())
        .org(PartyOrganization.builder().id("ch").kind(PartyOrganizationKind.CENTRAL_HOUSEHOLD).name("中心户").areaId("G").parentId("cp")
            .fullMembers(1).coveredHouseholds(21).build())
        .build();
    Advice a = single(advise(FULL, j));
    assertThat(a.getKind()).isEqualTo(AdviceKind.APPOINT_CENTRAL_HOUSEHOLDS);
    // 301 - 21 = 280 households left, 20 a household: 14.
    assertThat(a.getCount()).hasValue(14);
    assertThat(a.getThreshold()).isEqualTo("20");
    assertThat(a.getCommunityId()).contains("C");
    StandardsProfile zero = StandardsProfile.draft("zero", "1", "零", "Zero", TEST).extending(FULL)
        .with(Parameters.CENTRAL_HOUSEHOLD_MAX, 0, TEST).build();
    assertThat(advise(zero, j)).isEmpty();
  }

  @Test
  void advice_refusesImpossibleMemberCountsAndCounts() {
    java.util.function.Supplier<Advice.Builder> ok = () -> Advice.builder().kind(AdviceKind.SPLIT).subject("x").subjectName("x").rule("r")
        .parameter("p").threshold("t").source(TEST).approvalNeeded(true).messageKey("advice.SPLIT");
    assertThat(ok.get().fullMembers(1).totalMembers(1).count(1).build().getCount()).hasValue(1);
    assertThat(ok.get().fullMembers(0).totalMembers(0).build().getCount()).isEmpty();
    assertThatThrownBy(() -> ok.get().fullMembers(1).totalMembers(1).count(0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count must be >= 1, found 0");
    assertThatThrownBy(() -> ok.get().fullMembers(2).totalMembers(1).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 full of 1");
    assertThatThrownBy(() -> ok.get().fullMembers(-1).totalMembers(0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1 full of 0");
  }

  @Test
  void message_withoutCount_leavesTheCountOut() {
    Advice a = Advice.builder().kind(AdviceKind.RE_ELECT).subject("x").subjectName("某支部").rule("r").parameter("p").threshold("5")
        .source(TEST).approvalNeeded(false).messageKey("advice.RE_ELECT").fullMembers(1).totalMembers(1).dueOn(LocalDate.of(2025, 7, 1)).build();
    assertThat(a.getMessage(Locale.ENGLISH)).isEqualTo("The term of 某支部 ends on 2025-07-01: hold the election on time");
  }

  @Test
  void text_ofNoAdvice_saysSo() {
    String text = AdviceText.render(List.of(), "cn-national", "县 (K)", AS_OF, Locale.ENGLISH);
    assertThat(text).isEqualTo("Party organization advice, profile cn-national: 县 (K), as of 2025-06-30\n"
        + "No advice: the party organizations fit the profile\n");
  }

  @Test
  void text_groupsByStreetAndCommunity_withCountsApprovalAndDueDates() {
    Jurisdiction j = new County()
        .org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.BRANCH).name("社区党支部").areaId("C").parentId("wc")
            .fullMembers(2).electedOn(LocalDate.of(2020, 10, 1)).build())
        .org(PartyOrganization.builder().id("unit").kind(PartyOrganizationKind.BRANCH).name("机关支部").parentId("wc").fullMembers(2).build())
        .build();
    List<Advice> advice = advise(NATIONAL, j);
    assertThat(advice).extracting(Advice::getKind)
        .containsExactly(AdviceKind.MERGE_INTO_JOINT_BRANCH, AdviceKind.RE_ELECT, AdviceKind.MERGE_INTO_JOINT_BRANCH);
    String en = AdviceText.render(advice, "cn-national", "县 (K)", AS_OF, Locale.ENGLISH);
    String[] lines = en.split("\n", -1);
    assertThat(lines[0]).isEqualTo("Party organization advice, profile cn-national: 县 (K), as of 2025-06-30");
    assertThat(lines[1]).startsWith("3 items: ").contains(" 2, ").endsWith(" 1");
    assertThat(lines[2]).isEmpty();
    assertThat(lines[3]).isEqualTo("街道 (S)");
    assertThat(lines[4]).isEqualTo("  社区 (C)");
    assertThat(lines[5]).startsWith("    [").contains("] cp: ");
    assertThat(lines[6]).startsWith("        basis: party.kind-membership, party.branch-min-full >= 3 (")
        .endsWith(", needs the upper level's approval");
    assertThat(lines[8]).startsWith("        basis: party.term-overdue, party.community-term-years 5 (").endsWith(", due 2025-10-01");
    assertThat(lines[9]).isEmpty();
    assertThat(lines[10]).isEqualTo("County level and organizations outside any community");
    assertThat(lines[11]).startsWith("  [").contains("] unit: ");
    assertThat(lines[12]).startsWith("      basis: ");
    assertThat(lines).hasSize(14);
    assertThat(lines[13]).isEmpty();
    String zh = AdviceText.render(advice, "cn-national", "县 (K)", AS_OF, Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.split("\n")[1]).contains(" 2，").doesNotContain(", ");
  }

  /** Optional parts of an advice the text shows only when there. */
  @Test
  void text_streetWithoutCommunity_isIndentedOnce() {
    Jurisdiction j = new County().org(PartyOrganization.builder().id("sb").kind(PartyOrganizationKind.BRANCH).name("街道机关支部")
        .areaId("S").parentId("wc").fullMembers(2).build()).build();
    String[] lines = AdviceText.render(advise(NATIONAL, j), "cn-national", "县 (K)", AS_OF, Locale.ENGLISH).split("\n");
    assertThat(lines[3]).isEqualTo("街道 (S)");
    assertThat(lines[4]).startsWith("  [").contains("] sb: ");
    assertThat(Optional.of(lines[5])).hasValueSatisfying(l -> assertThat(l).startsWith("      basis: "));
  }
}
