package org.jiceng.governance.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Path;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.ContactKind;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.SocialWorkCertificate;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.json.DatasetReader;
import org.junit.jupiter.api.Test;

class SampleDataSetsTest {
  static final Path KAZUO = Path.of("data", "kazuo.json");

  @Test
  void kazuo_bundledFileIsWhatTheGeneratorBuilds() {
    Jurisdiction bundled = DatasetReader.strict().read(KAZUO).getJurisdiction().orElseThrow();
    assertThat(bundled).isEqualTo(SampleDataSets.kazuo());
  }

  /** Every count below is a figure of seed 000 (喀左县). */
  @Test
  void kazuo_matchesTheSeedFigures() {
    Jurisdiction j = SampleDataSets.kazuo();
    assertThat(j.getAreas(AreaLevel.STREET)).hasSize(2);
    assertThat(j.getAreas(AreaLevel.COMMUNITY)).hasSize(16);
    assertThat(j.getAreas(AreaLevel.GRID)).hasSize(169).allMatch(g -> j.getHouseholds(g.getId()) == 300);
    assertThat(j.getGridWorkersWithin("kazuo", GridWorkerRole.FULL_TIME)).hasSize(169);
    assertThat(j.getPartyOrganizations()).filteredOn(o -> o.getKind() == PartyOrganizationKind.BRANCH && o.getAreaId().get().contains("-g")).hasSize(73);
    assertThat(j.getPartyOrganizations()).filteredOn(o -> o.getKind() == PartyOrganizationKind.GROUP).hasSize(96);
    assertThat(j.getFacilities()).filteredOn(f -> f.getKind() == FacilityKind.STATION).hasSize(16);
    assertThat(j.getFacilities()).filteredOn(f -> f.getKind() == FacilityKind.LOVE_STATION).hasSize(20);
    assertThat(j.getUnits()).hasSize(95);
    assertThat(j.getCommunityWorkers()).filteredOn(w -> w.getCertificate() != SocialWorkCertificate.NONE).hasSize(36);
    assertThat(j.getContacts()).filteredOn(c -> c.getKind() == ContactKind.CADRE).hasSize(169);
    assertThat(j.getContacts()).filteredOn(c -> c.getKind() == ContactKind.COUNTY_LEADER).hasSize(16);
  }

  @Test
  void kazuo_passesThePublishedSchema() throws Exception {
    try (InputStream schema = DatasetReader.class.getResourceAsStream("/org/jiceng/governance/json/schema/jiceng.dataset-1.schema.json")) {
      var s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
      assertThat(s.validate(new ObjectMapper().readTree(KAZUO.toFile()))).isEmpty();
    }
  }
}
