package org.jiceng.governance.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.governance.rules.advice.County.AS_OF;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.RuleCatalog;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.junit.jupiter.api.Test;

/** The moves the seeds report, replayed through the advisor. */
class SeedScenariosTest {

  /**
   * Seed 003, Luannan: "把符合条件的14个社区党支部升格为社区党委，2个社区党支部升格为社区党总支". Eighteen community
   * branches, fourteen of 100+ members and two of 50–99: the advisor upgrades exactly those, and after the moves
   * the county has 14 committees, 2 general branches and 2 branches, with no upgrade left to advise.
   */
  @Test
  void luannan_fourteenCommitteesAndTwoGeneralBranches() {
    StandardsProfile luannan = BuiltInProfiles.get("hebei-luannan");
    County county = new County();
    for (int i = 0; i < 18; i++) {
      String c = "c" + i;
      int members = i < 14 ? 100 + 3 * i : i < 16 ? 60 + 10 * (i - 14) : 30;
      county.area(c, AreaLevel.COMMUNITY, "S", 2000).org(PartyOrganization.builder().id(c + "-p").kind(PartyOrganizationKind.BRANCH)
          .name("社区" + i + "党支部").areaId(c).parentId("wc").fullMembers(members).committeeSize(5).build());
    }
    Jurisdiction j = county.build();
    List<Advice> advice = PartyOrganizationAdvisor.of(luannan).advise(j, AS_OF);
    Map<PartyOrganizationKind, Long> upgrades = advice.stream().filter(a -> a.getKind() == AdviceKind.UPGRADE)
        .collect(Collectors.groupingBy(a -> a.getProposedKind().orElseThrow(), Collectors.counting()));
    assertThat(upgrades).containsExactlyInAnyOrderEntriesOf(Map.of(PartyOrganizationKind.COMMITTEE, 14L, PartyOrganizationKind.GENERAL_BRANCH, 2L));
    assertThat(advice).filteredOn(a -> a.getKind() == AdviceKind.UPGRADE).allMatch(Advice::isApprovalNeeded);
    // The two branches of 30 divide into groups (Luannan: 网格党支部—楼栋党小组, from 20 members).
    assertThat(advice).filteredOn(a -> a.getKind() == AdviceKind.FORM_GROUPS).extracting(Advice::getSubject).containsExactly("c16-p", "c17-p");
    Jurisdiction after = AdviceApplier.apply(j, advice, luannan, AS_OF);
    Map<PartyOrganizationKind, Long> kinds = after.getAreas(AreaLevel.COMMUNITY).stream()
        .flatMap(c -> after.getPartyOrganizationsOn(c.getId()).stream())
        .filter(o -> o.getKind() != PartyOrganizationKind.GROUP)
        .collect(Collectors.groupingBy(PartyOrganization::getKind, Collectors.counting()));
    assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(PartyOrganizationKind.COMMITTEE, 14L,
        PartyOrganizationKind.GENERAL_BRANCH, 2L, PartyOrganizationKind.BRANCH, 2L));
    assertThat(after.getChildOrganizations("c16-p")).hasSize(2).allMatch(g -> g.getKind() == PartyOrganizationKind.GROUP && g.getTotalMembers() == 15);
    assertThat(PartyOrganizationAdvisor.of(luannan).advise(after, AS_OF)).extracting(Advice::getKind)
        .doesNotContain(AdviceKind.UPGRADE, AdviceKind.FORM_GROUPS);
  }

  /**
   * Seed 003, Qianxi: "按照1个网格设立1个党支部的原则，在66个小区网格设立66个党支部". Sixty-six compound grids with
   * members but no branch, and ten community grids: the advisor forms a branch in each compound grid only, and
   * the rule {@code party.grid-cell} is satisfied after the moves.
   */
  @Test
  void qianxi_aBranchInEachOfSixtySixCompoundGrids() {
    StandardsProfile qianxi = BuiltInProfiles.get("hebei-qianxi");
    County county = new County().org(PartyOrganization.builder().id("cp").kind(PartyOrganizationKind.COMMITTEE).name("社区党委")
        .areaId("C").parentId("wc").fullMembers(400).committeeSize(7).build());
    for (int g = 0; g < 10; g++) {
      county.area("cg" + g, AreaLevel.GRID, "C", 300);
    }
    for (int x = 0; x < 66; x++) {
      county.area("x" + x, AreaLevel.COMPOUND, "C", 300).area("xg" + x, AreaLevel.GRID, "x" + x, 300).members("xg" + x, 3 + x % 4, x % 2);
    }
    Jurisdiction j = county.build();
    Function<Jurisdiction, Long> gridCellFindings = k -> ComplianceEngine.of(qianxi, RuleCatalog.builtIn()).check(k).getFindings().stream()
        .filter(f -> f.getRule().equals("party.grid-cell")).count();
    assertThat(gridCellFindings.apply(j)).isEqualTo(66L);
    List<Advice> advice = PartyOrganizationAdvisor.of(qianxi).advise(j, AS_OF);
    List<Advice> forms = advice.stream().filter(a -> a.getKind() == AdviceKind.FORM).toList();
    assertThat(forms).hasSize(66).allMatch(a -> a.getSubject().startsWith("xg") && a.getProposedKind().orElseThrow() == PartyOrganizationKind.BRANCH);
    Jurisdiction after = AdviceApplier.apply(j, advice, qianxi, AS_OF);
    assertThat(gridCellFindings.apply(after)).isZero();
    assertThat(after.getPartyOrganizationsOn("xg5")).singleElement().satisfies(o -> {
      assertThat(o.getParentId()).contains("cp");
      assertThat(o.getFullMembers()).isEqualTo(4);
      assertThat(o.getProbationaryMembers()).isEqualTo(1);
    });
  }
}
