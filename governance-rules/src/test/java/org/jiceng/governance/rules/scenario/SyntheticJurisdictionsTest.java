package org.jiceng.governance.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.people.BuildingHeadDuty;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.GradeSystem;
import org.jiceng.governance.rules.profile.GridCell;
import org.jiceng.governance.rules.profile.IntRange;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.jiceng.governance.rules.scenario.SyntheticJurisdictions.Violation;
import org.junit.jupiter.api.Test;

/**
 * The generator's contract, checked with the compliance engine itself: clean communities pass
 * every rule of the profile they are sized for, and a community chosen to break a rule breaks
 * exactly the rule its violation names.
 */
class SyntheticJurisdictionsTest {
  private static final Source TEST = Source.of("test", "");
  /** cn-national with the optional parameters the generator reads switched on. */
  private static final StandardsProfile ALL_ON = StandardsProfile.draft("test-all", "1", "测试", "Test", TEST)
      .extending(BuiltInProfiles.get("cn-national"))
      .with(Parameters.MICRO_GRID_HOUSEHOLDS, IntRange.of(40, 60), TEST)
      .with(Parameters.BUILDING_HEADS_MIN, 1, TEST)
      .with(Parameters.BUILDING_HEAD_DUTIES, ImmutableSet.of(BuildingHeadDuty.GOVERNMENT_AFFAIRS, BuildingHeadDuty.RESIDENT_AFFAIRS), TEST)
      .with(Parameters.GRID_CELL, GridCell.BRANCH, TEST)
      .with(Parameters.SMALL_COMMUNITY_MIN_WORKERS, 9, TEST)
      .with(Parameters.SMALL_COMMUNITY_RESIDENTS, 5000, TEST)
      .with(Parameters.GRADE_SYSTEM, GradeSystem.THREE_POSTS_EIGHTEEN_GRADES, TEST)
      .with(Parameters.CERTIFICATE_SHARE_MIN, 0.3, TEST)
      .with(Parameters.RESERVE_CANDIDATES_MIN, 1, TEST)
      .with(Parameters.CENTER_MIN_AREA, 300.0, TEST)
      .with(Parameters.FACILITY_TIERS, ImmutableSet.of(FacilityKind.CENTER, FacilityKind.STATION, FacilityKind.POINT), TEST)
      .with(Parameters.COUNTY_LEADER, true, TEST)
      .with(Parameters.PAIRED_UNIT, true, TEST)
      .with(Parameters.FIRST_SECRETARY, true, TEST)
      .with(Parameters.GRID_CADRE, true, TEST)
      .build();

  private static SyntheticJurisdictions.Builder gen(StandardsProfile profile) {
    return SyntheticJurisdictions.builder().profile(profile).communities(12).communitiesPerStreet(5);
  }

  private static Set<String> rulesBrokenIn(ComplianceReport report, String communityId) {
    return report.getFindings().stream()
        .filter(f -> f.getCommunity().filter(communityId::equals).isPresent())
        .map(Finding::getRule)
        .collect(Collectors.toSet());
  }

  @Test
  void cleanCounty_passesEveryRuleOfTheProfileItIsSizedFor() {
    for (StandardsProfile p : ImmutableSet.<StandardsProfile>builder().addAll(BuiltInProfiles.all()).add(ALL_ON).build()) {
      Jurisdiction county = gen(p).seed(5).build().toJurisdiction();
      ComplianceReport r = ComplianceEngine.of(p).check(county);
      assertThat(r.getFindings()).as(p.getId()).isEmpty();
      assertThat(r.getCommunities()).as(p.getId()).isEqualTo(12);
    }
  }

  @Test
  void violations_breakTheRuleTheyName() {
    SyntheticJurisdictions g = gen(ALL_ON).seed(2).communities(30).violationRate(1.0).build();
    ComplianceReport r = ComplianceEngine.of(ALL_ON).check(g.toJurisdiction());
    Set<Violation> seen = new java.util.HashSet<>();
    for (int c = 0; c < g.getCommunities(); c++) {
      Violation v = g.violationOf(c).orElseThrow();
      seen.add(v);
      Set<String> rules = rulesBrokenIn(r, g.communityId(c));
      String expected = switch (v) {
        case OVERSIZED_GRID -> "grid.households-range";
        case NO_FULL_TIME_WORKER -> "grid.full-time-worker";
        case NO_CENTER -> "places.tiers";
        case NO_RESERVE_CANDIDATE -> "staffing.reserve-candidates";
        case BAD_GRADE -> "staffing.grade-valid";
      };
      assertThat(rules).as(g.communityId(c) + " " + v).contains(expected);
    }
    assertThat(seen).containsExactlyInAnyOrder(Violation.values());
  }

  @Test
  void violationRate_zeroNeverOneAlways() {
    SyntheticJurisdictions none = gen(ALL_ON).violationRate(0).build();
    SyntheticJurisdictions all = gen(ALL_ON).violationRate(1).build();
    for (int c = 0; c < 12; c++) {
      assertThat(none.violationOf(c)).isEmpty();
      assertThat(all.violationOf(c)).isPresent();
    }
  }

  @Test
  void community_isTheSameSubtreeAsInTheWholeCounty() {
    SyntheticJurisdictions g = gen(ALL_ON).seed(9).violationRate(0.5).build();
    Jurisdiction whole = g.toJurisdiction();
    for (int c : new int[] {0, 4, 5, 11}) {
      Jurisdiction one = g.community(c);
      assertThat(whole.getAreas()).containsAll(one.getAreas());
      assertThat(whole.getGridWorkers()).containsAll(one.getGridWorkers());
      assertThat(whole.getPartyOrganizations()).containsAll(one.getPartyOrganizations());
      assertThat(one.getAreas(AreaLevel.COMMUNITY)).extracting(Area::getId).containsExactly(g.communityId(c));
      assertThat(one.getAreas(AreaLevel.STREET)).extracting(Area::getId).containsExactly(g.streetId(g.streetOf(c)));
      assertThat(one).isEqualTo(g.community(c));
    }
    assertThat(whole.getAreas(AreaLevel.COMMUNITY)).hasSize(12);
    assertThat(whole.getAreas(AreaLevel.STREET)).hasSize(3);
  }

  @Test
  void seed_sameGivesSameDataOtherGivesOther() {
    assertThat(gen(ALL_ON).seed(4).build().community(3)).isEqualTo(gen(ALL_ON).seed(4).build().community(3));
    assertThat(gen(ALL_ON).seed(4).build().community(3)).isNotEqualTo(gen(ALL_ON).seed(5).build().community(3));
  }

  @Test
  void streets_holdUpToTheirShareOfCommunities() {
    SyntheticJurisdictions g = gen(ALL_ON).build();
    assertThat(g.getStreets()).isEqualTo(3);
    assertThat(g.streetOf(0)).isZero();
    assertThat(g.streetOf(4)).isZero();
    assertThat(g.streetOf(5)).isEqualTo(1);
    assertThat(g.streetOf(11)).isEqualTo(2);
    assertThat(g.communityId(0)).isEqualTo("c000001");
    assertThat(g.streetId(2)).isEqualTo("s0003");
    assertThat(gen(ALL_ON).communities(10).build().getStreets()).isEqualTo(2);
    assertThat(g.street(2).getAreas(AreaLevel.STREET)).extracting(Area::getId).containsExactly("s0003");
    assertThat(g.street(0).getRoot().getId()).isEqualTo("county");
    assertThat(g.county().getAreas()).extracting(Area::getId).containsExactly("county");
    assertThat(g.county().getUnits()).hasSize(1);
    assertThat(gen(ALL_ON).communities(25).build().county().getUnits()).hasSize(2);
    assertThat(g.getProfile()).isSameAs(ALL_ON);
    assertThat(g.getCommunities()).isEqualTo(12);
  }

  @Test
  void indexes_outsideTheCountyAreRefused() {
    SyntheticJurisdictions g = gen(ALL_ON).build();
    assertThatThrownBy(() -> g.community(12)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("community must be 0..11, found 12");
    assertThatThrownBy(() -> g.community(-1)).hasMessage("community must be 0..11, found -1");
    assertThatThrownBy(() -> g.streetOf(12)).hasMessage("community must be 0..11, found 12");
    assertThatThrownBy(() -> g.street(3)).hasMessage("street must be 0..2, found 3");
    assertThatThrownBy(() -> g.street(-1)).hasMessage("street must be 0..2, found -1");
  }

  @Test
  void builder_acceptsTheEndsOfEachRangeAndRefusesBeyond() {
    SyntheticJurisdictions.Builder b = SyntheticJurisdictions.builder().profile(ALL_ON);
    assertThat(b.communities(1).communitiesPerStreet(1).violationRate(0).build().getStreets()).isEqualTo(1);
    assertThat(b.communities(10_000_000).communitiesPerStreet(10_000).violationRate(1).build().getStreets()).isEqualTo(1000);
    assertThatThrownBy(() -> b.communities(0)).hasMessage("communities must be 1..10000000, found 0");
    assertThatThrownBy(() -> b.communities(10_000_001)).hasMessage("communities must be 1..10000000, found 10000001");
    assertThatThrownBy(() -> b.communitiesPerStreet(0)).hasMessage("communities per street must be 1..10000, found 0");
    assertThatThrownBy(() -> b.communitiesPerStreet(10_001)).hasMessage("communities per street must be 1..10000, found 10001");
    assertThatThrownBy(() -> b.violationRate(-0.1)).hasMessage("violation rate must be 0..1, found -0.1");
    assertThatThrownBy(() -> b.violationRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.countyCode("011324")).hasMessage("county code must be six digits, found '011324'");
    assertThatThrownBy(() -> b.countyCode(null)).hasMessage("county code must be six digits, found 'null'");
    assertThatThrownBy(() -> SyntheticJurisdictions.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a profile is required: the data is sized from its parameters");
    assertThatThrownBy(() -> SyntheticJurisdictions.builder().profile(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void countyCode_prefixesEveryDivisionCode() {
    Jurisdiction j = gen(ALL_ON).countyCode("110105").communities(2).build().toJurisdiction();
    assertThat(j.getAreas()).filteredOn(a -> a.getDivisionCode().isPresent())
        .allSatisfy(a -> assertThat(a.getDivisionCode().get().toString()).startsWith("110105"));
    assertThat(j.getRoot().getDivisionCode()).map(Object::toString).contains("110105000000");
  }
}
