package org.jiceng.governance.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in rule: the fixture passes it, and one turned knob fails it with that rule's finding. */
class BuiltInRulesTest {

  @Test
  void fixture_passesEveryRule() {
    ComplianceReport r = new Fixture().check();
    assertThat(r.getFindings()).isEmpty();
    assertThat(r.getCommunities()).isEqualTo(1);
    assertThat(r.getGrids()).isEqualTo(1);
    assertThat(r.getMeasured()).anyMatch(m -> m.getName().equals("staffing.workers-per-10k") && m.getSubject().equals("K") && m.getValue() == 20.0);
  }

  static Stream<Arguments> breaks() {
    return Stream.of(
        args("hierarchy.declared-totals", f -> f.declaredCommunityHouseholds = 500),
        args("grid.households-range", f -> { f.gridHouseholds = 600; f.microHouseholds = 350; }),
        args("grid.micro-households-range", f -> { f.microHouseholds = 70; f.gridHouseholds = 320; }),
        args("grid.residents-max", f -> f.gridResidents = 3000),
        args("grid.full-time-worker", f -> f.fullTimeWorker = false),
        args("grid.building-head", f -> f.buildingHeads = 0),
        args("hierarchy.division-code-range", f -> f.communityCode = "211324001250"),
        args("party.group-size", f -> { f.gridCell = PartyOrganizationKind.GROUP; f.gridBranchFull = 2; f.gridBranchCommittee = null; }),
        args("party.groups", f -> f.gridBranchFull = 25),
        args("grid.admission-list", f -> f.gridMatter = "tax-collection"),
        args("party.grid-cell", f -> { f.gridCell = PartyOrganizationKind.GROUP; f.gridBranchCommittee = null; }),
        args("party.compound-branch", f -> { f.gridCell = PartyOrganizationKind.GROUP; f.gridBranchCommittee = null; }),
        args("party.kind-membership", f -> { f.gridBranchFull = 2; f.gridBranchCommittee = null; }),
        args("party.committee-size", f -> f.gridBranchCommittee = null),
        args("party.term-overdue", f -> f.electedOn = LocalDate.of(2019, 1, 1)),
        args("party.central-household", f -> f.centralHouseholdCovers = 40),
        args("staffing.workers-per-10k", f -> f.urbanResidents = 8000),
        args("staffing.small-community-min", f -> { f.urbanResidents = 4000; f.workers = 8; f.certificates = 3; }),
        args("staffing.grade-valid", f -> f.principalGrade = 3),
        args("staffing.certificate-share", f -> f.certificates = 2),
        args("staffing.one-shoulder", f -> f.oneShoulder = false),
        args("staffing.reserve-candidates", f -> f.reserves = 0),
        args("places.area-per-100-households", f -> { f.centerArea = 310; f.gridHouseholds = 1500; f.microHouseholds = 1250; f.declaredCommunityHouseholds = 1500; f.gridResidents = 2000; }),
        args("places.center-min-area", f -> f.centerArea = 200),
        args("places.tiers", f -> f.station = false),
        args("responsibility.county-leader", f -> f.countyLeader = false),
        args("responsibility.paired-unit", f -> f.pairedUnit = false),
        args("responsibility.first-secretary", f -> f.firstSecretary = false),
        args("responsibility.grid-cadre", f -> f.gridCadre = false));
  }

  private static Arguments args(String rule, Consumer<Fixture> knob) {
    return Arguments.of(rule, knob);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breaks")
  void rule_failsOnItsBreakAndNamesItself(String rule, Consumer<Fixture> knob) {
    Fixture f = new Fixture();
    knob.accept(f);
    ComplianceReport r = f.check();
    assertThat(r.getFindings()).as(r.getFindings().toString()).anyMatch(x -> x.getRule().equals(rule));
    Finding finding = r.getFindings().stream().filter(x -> x.getRule().equals(rule)).findFirst().orElseThrow();
    assertThat(finding.getMessage(Locale.ENGLISH)).isNotBlank().doesNotContain("{");
    assertThat(finding.getMessage(Locale.SIMPLIFIED_CHINESE)).isNotBlank().doesNotContain("{");
    assertThat(finding.getSource()).isNotBlank();
    // No internal constant (MICRO_GRID, CENTER, ANY) reaches a person.
    for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      for (Finding any : r.getFindings()) {
        assertThat(CONSTANT.matcher(any.getMessage(l)).find()).as(any.getMessage(l)).isFalse();
      }
    }
  }

  static final java.util.regex.Pattern CONSTANT = java.util.regex.Pattern.compile("\\b[A-Z]{3,}(_[A-Z]+)*\\b");

  @Test
  void areaChain_flagsLevelsOutsideTheChain() {
    var profile = org.jiceng.governance.rules.profile.StandardsProfile.draft("no-micro", "1", "无微网格", "No micro-grids", Fixture.TEST)
        .extending(Fixture.PROFILE)
        .with(org.jiceng.governance.rules.profile.Parameters.AREA_CHAIN, com.google.common.collect.ImmutableSet.of(
            org.jiceng.governance.core.area.AreaLevel.COUNTY, org.jiceng.governance.core.area.AreaLevel.STREET,
            org.jiceng.governance.core.area.AreaLevel.COMMUNITY, org.jiceng.governance.core.area.AreaLevel.COMPOUND,
            org.jiceng.governance.core.area.AreaLevel.GRID, org.jiceng.governance.core.area.AreaLevel.BUILDING,
            org.jiceng.governance.core.area.AreaLevel.HOUSEHOLD), Fixture.TEST)
        .build();
    ComplianceReport r = ComplianceEngine.of(profile, RuleCatalog.builtIn()).check(new Fixture().build());
    assertThat(r.getFindings()).filteredOn(x -> x.getRule().equals("hierarchy.area-chain")).hasSize(6);
  }

  @Test
  void workersPer10k_measuresStreetAndCountyAndReportsBelowThreshold() {
    Fixture f = new Fixture();
    f.urbanResidents = 8000;
    ComplianceReport r = f.check();
    Finding x = r.getFindings().stream().filter(y -> y.getRule().equals("staffing.workers-per-10k")).findFirst().orElseThrow();
    assertThat(x.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(x.getMeasured()).isEqualTo("12.5");
    assertThat(x.getExpected()).isEqualTo(">= 18");
    assertThat(x.getSource()).contains("国办发〔2021〕56号");
    assertThat(r.getMeasured()).extracting(Measurement::getSubject).contains("S", "K");
  }

  @Test
  void kindMembership_tooManyInABranch() {
    Fixture f = new Fixture();
    f.gridBranchFull = 51;
    assertThat(f.check().getFindings()).anyMatch(x -> x.getMessageKey().equals("party.kind-membership.message.branch-too-many"));
  }
}
