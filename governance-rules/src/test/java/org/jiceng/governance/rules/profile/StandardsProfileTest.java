package org.jiceng.governance.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.rules.compliance.Severity;
import org.junit.jupiter.api.Test;

/**
 * How a profile is put together from a draft (inheritance, overrides, removals, rule settings),
 * what it answers about rules and parameters, and the cell requirements read from it.
 */
class StandardsProfileTest {
  private static final Source TEST = Source.of("test", "");

  private static StandardsProfile.Draft draft(String id) {
    return StandardsProfile.draft(id, "1", "测试", "Test", TEST);
  }

  @Test
  void extending_inheritsTheParentsParametersAndRuleSettings() {
    StandardsProfile parent = draft("parent").with(Parameters.GRID_FULL_TIME_MIN, 2, TEST)
        .rule("party.grid-cell", false, TEST).build();
    StandardsProfile child = draft("child").extending(parent).with(Parameters.BRANCH_MAX, 50, TEST).build();

    assertThat(child.getParent()).contains("parent");
    assertThat(child.get(Parameters.GRID_FULL_TIME_MIN)).contains(2);
    assertThat(child.get(Parameters.BRANCH_MAX)).contains(50);
    assertThat(child.isEnabled("party.grid-cell")).isFalse();
    assertThat(draft("alone").build().getParent()).isEmpty();
  }

  @Test
  void without_removesAnInheritedParameterAndItsSource() {
    StandardsProfile parent = draft("parent").with(Parameters.GRID_FULL_TIME_MIN, 2, Source.of("doc", "art. 1")).build();
    StandardsProfile child = draft("child").extending(parent).without(Parameters.GRID_FULL_TIME_MIN)
        .with(Parameters.BRANCH_MAX, 50, TEST).build();

    assertThat(parent.getSource(Parameters.GRID_FULL_TIME_MIN)).contains(Source.of("doc", "art. 1"));
    assertThat(child.get(Parameters.GRID_FULL_TIME_MIN)).isEmpty();
    assertThat(child.getSource(Parameters.GRID_FULL_TIME_MIN)).isEmpty();
    assertThat(child.getParameters()).containsOnlyKeys("party.branch-max");
  }

  @Test
  void build_listsBuiltInParametersInTheirOrderThenTheOthersAsGiven() {
    ParameterKey<Integer> local = ParameterKey.count("local.extra");
    StandardsProfile p = draft("p").with(local, 7, TEST).with(Parameters.BRANCH_MAX, 50, TEST)
        .with(Parameters.AREA_CHAIN, ImmutableSet.of(AreaLevel.COUNTY), TEST).build();

    assertThat(p.getParameters().keySet()).containsExactly("hierarchy.area-chain", "party.branch-max", "local.extra");
    assertThat(p.get(local)).contains(7);
  }

  @Test
  void rules_runAtTheirOwnSeverityUnlessTheProfileGivesOne() {
    StandardsProfile p = draft("p").rule("a", true, TEST).rule("b", false, Severity.INFO, TEST).rule("c", true, Severity.ERROR, TEST)
        .build();

    assertThat(p.isEnabled("a")).isTrue();
    assertThat(p.isEnabled("b")).isFalse();
    assertThat(p.isEnabled("unknown")).isTrue();
    assertThat(p.severity("a", Severity.WARNING)).isEqualTo(Severity.WARNING);
    assertThat(p.severity("c", Severity.WARNING)).isEqualTo(Severity.ERROR);
    assertThat(p.severity("unknown", Severity.INFO)).isEqualTo(Severity.INFO);
    assertThat(p.getRuleSettings().get("a").getSeverity()).isEmpty();
    assertThat(p.getRuleSettings().get("b")).isEqualTo(RuleSetting.of(false, Severity.INFO, TEST));
  }

  @Test
  void areaChain_isEveryLevelUnlessTheProfileNamesOne() {
    assertThat(draft("p").build().getAreaChain()).containsExactly(AreaLevel.values());
    assertThat(draft("p").with(Parameters.AREA_CHAIN, ImmutableSet.of(AreaLevel.GRID, AreaLevel.COUNTY), TEST).build().getAreaChain())
        .containsExactly(AreaLevel.GRID, AreaLevel.COUNTY);
  }

  @Test
  void toString_showsTheProfileWithItsSettingsMasked() {
    StandardsProfile p = StandardsProfile.draft("p", "2", "电话13812345678", "Test", TEST).with(Parameters.BRANCH_MAX, 50, TEST)
        .rule("a", false, TEST).build();

    assertThat(p.toString()).startsWith("StandardsProfile{id=p, version=2, titleZh=电话138****5678, titleEn=Test, source=test")
        .contains("party.branch-max=ProfileParameter{id=party.branch-max, value=50, source=test}")
        .contains("a=RuleSetting{enabled=false, source=test}").doesNotContain("13812345678");
  }

  @Test
  void builtInProfiles_unknownIdListsTheKnownOnes() {
    assertThatThrownBy(() -> BuiltInProfiles.get("nowhere")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown profile 'nowhere'; known: cn-national, ").hasMessageContaining("liaoning-tieling");
    assertThat(BuiltInProfiles.find("nowhere")).isEmpty();
  }

  @Test
  void find_returnsTheKeyWithThatIdOnly() {
    assertThat(Parameters.find("grid.households")).containsSame(Parameters.GRID_HOUSEHOLDS);
    assertThat(Parameters.find("grid.unknown")).isEmpty();
  }

  @Test
  void factories_makeKeysThatReadAndWriteTheirPlainForms() {
    assertThat(ParameterKey.count("x").fromPlain(4)).isEqualTo(4);
    assertThat(ParameterKey.decimal("x").fromPlain(0.5)).isEqualTo(0.5);
    assertThat(ParameterKey.decimal("x").toPlain(0.5)).isEqualTo(0.5);
    assertThat(ParameterKey.range("x").fromPlain("1..2")).isEqualTo(IntRange.of(1, 2));
    assertThat(ParameterKey.date("x").fromPlain("2025-01-02")).isEqualTo(java.time.LocalDate.of(2025, 1, 2));
    assertThat(ParameterKey.flag("x").fromPlain(true)).isTrue();
    assertThat(ParameterKey.flag("x").toPlain(false)).isEqualTo(false);
    assertThat(ParameterKey.choice("x", GridCell.class).fromPlain("group")).isEqualTo(GridCell.GROUP);
    assertThat(ParameterKey.set("x", GridCell.class).fromPlain(List.of("any"))).containsExactly(GridCell.ANY);
    assertThat(ParameterKey.texts("x").fromPlain(List.of("t"))).containsExactly("t");
    assertThat(ParameterKey.levels("x").fromPlain(List.of("grid"))).containsExactly(AreaLevel.GRID);
    assertThat(ParameterKey.facilityKinds("x").getKind()).startsWith("a list of ");
    assertThat(ParameterKey.count("x").getId()).isEqualTo("x");
  }

  @Test
  void cast_refusesAValueOfAnotherTypeNamingIt() {
    assertThat(Parameters.BRANCH_MAX.cast(3)).isEqualTo(3);
    assertThatThrownBy(() -> Parameters.BRANCH_MAX.cast("3")).isInstanceOf(IllegalStateException.class)
        .hasMessage("Parameter party.branch-max holds a String");
  }

  @Test
  void satisfies_branchOrMoreForABranchAndAGroupAlsoOtherwise() {
    for (PartyOrganizationKind k : PartyOrganizationKind.values()) {
      boolean branchOrMore = k == PartyOrganizationKind.COMMITTEE || k == PartyOrganizationKind.GENERAL_BRANCH
          || k == PartyOrganizationKind.BRANCH || k == PartyOrganizationKind.JOINT_BRANCH;
      assertThat(CellRequirements.satisfies(k, GridCell.NONE)).as("%s for none", k).isTrue();
      assertThat(CellRequirements.satisfies(k, GridCell.BRANCH)).as("%s for a branch", k).isEqualTo(branchOrMore);
      assertThat(CellRequirements.satisfies(k, GridCell.GROUP)).as("%s for a group", k)
          .isEqualTo(branchOrMore || k == PartyOrganizationKind.GROUP);
      assertThat(CellRequirements.satisfies(k, GridCell.ANY)).as("%s for any", k)
          .isEqualTo(branchOrMore || k == PartyOrganizationKind.GROUP);
    }
  }

  @Test
  void need_compoundBranchOnlyWhenTheProfileAsksIt() {
    Jurisdiction j = Jurisdiction.builder()
        .addAreas(Area.builder().id("county").level(AreaLevel.COUNTY).name("县").build())
        .addAreas(Area.builder().id("s1").level(AreaLevel.STREET).name("街道").parentId("county").build())
        .addAreas(Area.builder().id("c1").level(AreaLevel.COMMUNITY).name("社区").parentId("s1").build())
        .addAreas(Area.builder().id("x1").level(AreaLevel.COMPOUND).name("小区").parentId("c1").build())
        .build();
    Area compound = j.getArea("x1").orElseThrow();

    assertThat(CellRequirements.need(j, compound, draft("off").with(Parameters.COMPOUND_BRANCH, false, TEST).build())).isEmpty();
    assertThat(CellRequirements.need(j, compound, draft("unset").build())).isEmpty();
    Optional<CellRequirements.Need> on = CellRequirements.need(j, compound, draft("on").with(Parameters.COMPOUND_BRANCH, true, TEST).build());
    assertThat(on).hasValueSatisfying(n -> {
      assertThat(n.getCell()).isEqualTo(GridCell.BRANCH);
      assertThat(n.getThreshold()).isEqualTo("BRANCH");
      assertThat(n).hasToString("Need{cell=BRANCH, parameter=party.compound-branch}");
    });
    assertThat(CellRequirements.need(j, j.getArea("c1").orElseThrow(), draft("on").with(Parameters.COMPOUND_BRANCH, true, TEST).build()))
        .isEmpty();
  }
}
