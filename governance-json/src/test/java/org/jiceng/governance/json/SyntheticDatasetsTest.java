package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.jiceng.governance.rules.scenario.SyntheticJurisdictions;
import org.jiceng.governance.rules.scenario.SyntheticJurisdictions.Violation;
import org.junit.jupiter.api.Test;

/** {@link SyntheticJurisdictions} written as a stream by {@link DatasetWriter} and checked by {@link DatasetValidator}. */
class SyntheticDatasetsTest {
  private static final StandardsProfile NATIONAL = BuiltInProfiles.get("cn-national");

  private static byte[] write(SyntheticJurisdictions g) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetWriter.standard().write(g, out);
    return out.toByteArray();
  }

  private static SyntheticJurisdictions.Builder gen() {
    return SyntheticJurisdictions.builder().profile(NATIONAL).communities(40).communitiesPerStreet(15);
  }

  @Test
  void write_sameSeedGivesTheSameBytes() {
    byte[] a = write(gen().seed(7).violationRate(0.3).build());
    byte[] b = write(gen().seed(7).violationRate(0.3).build());
    byte[] c = write(gen().seed(8).violationRate(0.3).build());
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void write_streamEqualsTheWholeCounty() {
    SyntheticJurisdictions g = gen().seed(3).violationRate(0.5).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetWriter.standard().withPersonalDataInFull(true).write(g, out);
    Dataset d = DatasetReader.strict().read(new ByteArrayInputStream(out.toByteArray()), "gen.json");
    var read = d.getJurisdiction().orElseThrow();
    var whole = g.toJurisdiction();
    // The file groups each street with its communities; the county in memory lists streets first.
    assertThat(read.getAreas()).containsExactlyInAnyOrderElementsOf(whole.getAreas());
    assertThat(read.getGridWorkers()).containsExactlyInAnyOrderElementsOf(whole.getGridWorkers());
    assertThat(read.getCommunityWorkers()).containsExactlyInAnyOrderElementsOf(whole.getCommunityWorkers());
    assertThat(read.getPartyOrganizations()).containsExactlyInAnyOrderElementsOf(whole.getPartyOrganizations());
    assertThat(read.getFacilities()).containsExactlyInAnyOrderElementsOf(whole.getFacilities());
    assertThat(read.getContacts()).containsExactlyInAnyOrderElementsOf(whole.getContacts());
    assertThat(read.getUnits()).containsExactlyInAnyOrderElementsOf(whole.getUnits());
    assertThat(d.getProfile()).contains("cn-national");
    assertThat(g.toJurisdiction().getAreas(AreaLevel.COMMUNITY)).hasSize(40);
    assertThat(g.getStreets()).isEqualTo(3);
  }

  @Test
  void community_isTheSameInAnyOrder() {
    SyntheticJurisdictions g = gen().seed(11).build();
    assertThat(g.community(17)).isEqualTo(g.community(17));
    assertThat(g.community(17).getAreas(AreaLevel.GRID)).isNotEmpty();
    assertThat(g.community(17).getHouseholds(g.communityId(17))).isBetween(1000L - 500, 3000L + 500);
  }

  @Test
  void cleanData_hasNoFindingUnderEveryBuiltInProfile() {
    for (StandardsProfile p : BuiltInProfiles.all()) {
      SyntheticJurisdictions g = SyntheticJurisdictions.builder().profile(p).communities(25).seed(5).build();
      ValidationResult r = DatasetValidator.of(p).validate(new ByteArrayInputStream(write(g)), "gen.json");
      assertThat(r.getFindings()).as(p.getId()).isEmpty();
      assertThat(r.getCommunities()).isEqualTo(25);
    }
  }

  @Test
  void violations_showAsTheFindingsTheyBreak() {
    SyntheticJurisdictions g = gen().seed(2).violationRate(1.0).build();
    ValidationResult r = DatasetValidator.of(NATIONAL).validate(new ByteArrayInputStream(write(g)), "gen.json");
    for (int c = 0; c < g.getCommunities(); c++) {
      Violation v = g.violationOf(c).orElseThrow();
      String id = g.communityId(c);
      Set<String> rules = r.getFindings().stream().filter(f -> f.getCommunity().filter(id::equals).isPresent())
          .map(f -> f.getRule()).collect(Collectors.toSet());
      switch (v) {
        case OVERSIZED_GRID:
          assertThat(rules).as(id).contains("grid.households-range");
          break;
        case NO_FULL_TIME_WORKER:
          assertThat(rules).as(id).contains("grid.full-time-worker");
          break;
        case NO_CENTER:
          assertThat(rules).as(id).contains("places.tiers");
          break;
        default:
          // cn-national sets no reserve-candidate range and no grade system: nothing to break.
          assertThat(rules).as(id).isEmpty();
      }
    }
  }

  @Test
  void builder_rejectsBadSizes() {
    assertThatThrownBy(() -> SyntheticJurisdictions.builder().communities(0)).hasMessageContaining("communities must be 1..");
    assertThatThrownBy(() -> SyntheticJurisdictions.builder().violationRate(1.5)).hasMessageContaining("violation rate must be 0..1");
    assertThatThrownBy(() -> SyntheticJurisdictions.builder().build()).hasMessageContaining("a profile is required");
    assertThatThrownBy(() -> gen().build().community(40)).hasMessageContaining("community must be 0..39");
  }
}
