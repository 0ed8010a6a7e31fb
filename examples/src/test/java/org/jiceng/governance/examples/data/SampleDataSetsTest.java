package org.jiceng.governance.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.ContactKind;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.SocialWorkCertificate;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.json.Dataset;
import org.jiceng.governance.json.DatasetReader;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleDataSetsTest {
  static Stream<String> files() {
    return SampleDataSets.profiles().keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void bundledFile_isWhatTheGeneratorBuildsAndNamesItsProfile(String file) {
    Dataset d = DatasetReader.strict().read(Path.of("data", file));
    assertThat(d.getJurisdiction()).contains(SampleDataSets.build(file));
    assertThat(d.getProfile()).contains(SampleDataSets.profiles().get(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void bundledFile_isCleanUnderItsOwnProfile(String file) {
    Jurisdiction j = SampleDataSets.build(file);
    var report = ComplianceEngine.of(BuiltInProfiles.get(SampleDataSets.profiles().get(file))).check(j);
    assertThat(report.getFindings()).as(file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void bundledFile_passesThePublishedSchema(String file) throws Exception {
    try (InputStream schema = DatasetReader.class.getResourceAsStream("/org/jiceng/governance/json/schema/jiceng.dataset-1.schema.json")) {
      var s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
      assertThat(s.validate(new ObjectMapper().readTree(Path.of("data", file).toFile()))).isEmpty();
    }
  }

  /** Every count below is a figure of seed 000 (喀左县). */
  @Test
  void kazuo_matchesTheSeedFigures() {
    Jurisdiction j = SampleDataSets.kazuo();
    assertThat(j.getAreas(AreaLevel.STREET)).hasSize(2);
    assertThat(j.getAreas(AreaLevel.COMMUNITY)).hasSize(16);
    assertThat(j.getAreas(AreaLevel.GRID)).hasSize(169).allMatch(g -> j.getHouseholds(g.getId()) == 300);
    assertThat(j.getGridWorkersWithin("kazuo", GridWorkerRole.FULL_TIME)).hasSize(169);
    assertThat(j.getPartyOrganizations()).filteredOn(o -> o.getKind() == PartyOrganizationKind.BRANCH && o.getId().endsWith("-branch")).hasSize(73);
    assertThat(j.getPartyOrganizations()).filteredOn(o -> o.getKind() == PartyOrganizationKind.GROUP).hasSize(96);
    assertThat(j.getFacilities()).filteredOn(f -> f.getKind() == FacilityKind.STATION).hasSize(16);
    assertThat(j.getFacilities()).filteredOn(f -> f.getKind() == FacilityKind.LOVE_STATION).hasSize(20);
    assertThat(j.getUnits()).hasSize(95);
    assertThat(j.getCommunityWorkers()).filteredOn(w -> w.getCertificate() != SocialWorkCertificate.NONE).hasSize(36);
    assertThat(j.getContacts()).filteredOn(c -> c.getKind() == ContactKind.CADRE).hasSize(169);
    assertThat(j.getContacts()).filteredOn(c -> c.getKind() == ContactKind.COUNTY_LEADER).hasSize(16);
  }

  /** Seed 002: 459 grids, 1,286 micro-grids, 300 and 50 households. */
  @Test
  void kaiyuan_matchesTheSeedFigures() {
    Jurisdiction j = SampleDataSets.kaiyuan();
    assertThat(j.getAreas(AreaLevel.GRID)).hasSize(459).allMatch(g -> g.getHouseholds().getAsInt() == 300);
    assertThat(j.getAreas(AreaLevel.MICRO_GRID)).hasSize(1286);
    assertThat(j.getAreas(AreaLevel.MICRO_GRID)).filteredOn(m -> m.getHouseholds().getAsInt() == 50).hasSize(1286 - 14);
  }

  /** Seed 001: 16 community committees, 417 grids, 210 certified workers, 23 per 10,000. */
  @Test
  void jiayuguan_matchesTheSeedFigures() {
    Jurisdiction j = SampleDataSets.jiayuguan();
    assertThat(j.getAreas(AreaLevel.COMMUNITY)).hasSize(16);
    assertThat(j.getAreas(AreaLevel.GRID)).hasSize(417);
    assertThat(j.getCommunityWorkers()).filteredOn(w -> w.getCertificate() != SocialWorkCertificate.NONE).hasSize(210);
    assertThat(j.getUnits()).hasSize(60);
    assertThat(j.getPartyOrganizations()).filteredOn(o -> o.getId().endsWith("-party")).hasSize(16)
        .allMatch(o -> o.getKind() == PartyOrganizationKind.COMMITTEE);
  }

  /** Seed 003: 18 communities, 324 grids of 150-200, 84 door-number grids of 50-80. */
  @Test
  void luannan_matchesTheSeedFigures() {
    Jurisdiction j = SampleDataSets.luannan();
    assertThat(j.getAreas(AreaLevel.COMMUNITY)).hasSize(18);
    assertThat(j.getAreas(AreaLevel.GRID)).hasSize(324).allMatch(g -> j.getHouseholds(g.getId()) >= 150 && j.getHouseholds(g.getId()) <= 200);
    assertThat(j.getAreas(AreaLevel.MICRO_GRID)).hasSize(84).allMatch(m -> m.getHouseholds().getAsInt() >= 50 && m.getHouseholds().getAsInt() <= 80);
    assertThat(j.getCommunityWorkers()).filteredOn(w -> w.isSecretary() && w.isDirector()).hasSize(18);
    assertThat(j.getFacilities()).filteredOn(f -> f.getKind() == FacilityKind.CENTER).allMatch(f -> f.getFloorArea() >= 500);
  }

  /** Seed 003: 10 community grids, 66 compound grids with 66 branches, 158 groups, 1,411 building heads. */
  @Test
  void qianxi_matchesTheSeedFigures() {
    Jurisdiction j = SampleDataSets.qianxi();
    assertThat(j.getAreas(AreaLevel.GRID)).hasSize(76);
    assertThat(j.getAreas(AreaLevel.GRID)).filteredOn(g -> g.getParentId().get().endsWith("-x1")).hasSize(66);
    assertThat(j.getPartyOrganizations()).filteredOn(o -> o.getId().endsWith("-branch")).hasSize(66);
    assertThat(j.getGridWorkersWithin("qianxi", GridWorkerRole.BUILDING_HEAD)).hasSize(1411);
    assertThat(j.getGridWorkersWithin("qianxi", GridWorkerRole.FULL_TIME)).hasSize(124);
    assertThat(j.getPartyOrganizations()).filteredOn(o -> o.getKind() == PartyOrganizationKind.GROUP).hasSize(158);
  }

  @Test
  void qianxi_hasTheSeedsCareHouseholds() {
    Jurisdiction j = SampleDataSets.qianxi();
    java.util.Map<org.jiceng.governance.core.area.CareTag, Long> tags = j.getAreas(org.jiceng.governance.core.area.AreaLevel.HOUSEHOLD)
        .stream().flatMap(h -> h.getCareTags().stream()).collect(java.util.stream.Collectors.groupingBy(t -> t, java.util.stream.Collectors.counting()));
    // Seed 003: 帮助生活困难党员25人，为113名残疾人发放生活补贴，为14位高龄失能老人、孤儿、精神障碍患者发放补助款.
    assertThat(tags.get(org.jiceng.governance.core.area.CareTag.PARTY_MEMBER_IN_HARDSHIP)).isEqualTo(25);
    assertThat(tags.get(org.jiceng.governance.core.area.CareTag.DISABLED)).isEqualTo(113);
    assertThat(tags.get(org.jiceng.governance.core.area.CareTag.SPECIAL_POPULATION)).isEqualTo(14);
    assertThat(j.getAreas(org.jiceng.governance.core.area.AreaLevel.COMMUNITY)).allSatisfy(c ->
        assertThat(j.getDescendants(c.getId(), org.jiceng.governance.core.area.AreaLevel.HOUSEHOLD)).isNotEmpty());
  }

  @Test
  void bundledEventFiles_areWhatTheGeneratorWrites() throws Exception {
    Jurisdiction j = SampleDataSets.qianxi();
    assertThat(Files.readString(Path.of("data", "qianxi-visits.json")))
        .isEqualTo(org.jiceng.governance.json.VisitsFormat.writeToString(SampleEvents.visits(j)));
    assertThat(Files.readString(Path.of("data", "qianxi-demands.json")))
        .isEqualTo(org.jiceng.governance.json.DemandEventsFormat.writeToString(SampleEvents.demands(j)));
    assertThat(Files.readString(Path.of("data", "qianxi-points.json")))
        .isEqualTo(org.jiceng.governance.json.LedgerOperationsFormat.writeToString("liaoning-jianping-points", SampleEvents.points(j)));
    try (InputStream schema = DatasetReader.class.getResourceAsStream("/org/jiceng/governance/json/schema/jiceng.visits-1.schema.json")) {
      var s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
      assertThat(s.validate(new ObjectMapper().readTree(Path.of("data", "qianxi-visits.json").toFile()))).isEmpty();
    }
  }
}
