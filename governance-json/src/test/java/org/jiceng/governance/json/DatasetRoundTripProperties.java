package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.testing.ModelArbitraries;

class DatasetRoundTripProperties {
  private static final DatasetWriter FULL = DatasetWriter.standard().withPersonalDataInFull(true);

  @Provide
  Arbitrary<Jurisdiction> jurisdictions() {
    return ModelArbitraries.jurisdictions(6);
  }

  private static Dataset read(String json) {
    return DatasetReader.strict().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "gen.json");
  }

  @Property(tries = 150)
  void readOfWrite_givesTheSameJurisdiction(@ForAll("jurisdictions") Jurisdiction j) {
    String json = FULL.withProfile("cn-national").writeToString(j);
    Dataset d = read(json);
    assertThat(d.getJurisdiction()).contains(j);
    assertThat(d.getProfile()).contains("cn-national");
  }

  @Property(tries = 100)
  void streaming_seesEveryCommunityOnceWithItsWholeSubtree(@ForAll("jurisdictions") Jurisdiction j) {
    String json = FULL.withPrettyPrint(false).writeToString(j);
    List<CommunitySubtree> seen = new ArrayList<>();
    ReadSummary s =
        DatasetReader.strict()
            .forEachCommunity(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "gen.json", seen::add);
    assertThat(s.getCommunities()).isEqualTo(j.getAreas(AreaLevel.COMMUNITY).size());
    assertThat(s.getGrids()).isEqualTo(j.getAreas(AreaLevel.GRID).size());
    for (CommunitySubtree t : seen) {
      String id = t.getCommunity().getId();
      assertThat(t.getJurisdiction().getHouseholds(id)).isEqualTo(j.getHouseholds(id));
      assertThat(t.getJurisdiction().getGridWorkersWithin(id)).containsExactlyInAnyOrderElementsOf(j.getGridWorkersWithin(id));
    }
  }

  @Property(tries = 100)
  void maskedWrite_hidesPersonalDataAndReadsBackWithoutIt(@ForAll("jurisdictions") Jurisdiction j) {
    String json = DatasetWriter.standard().writeToString(j);
    for (CommunityWorker w : j.getCommunityWorkers()) {
      w.getIdentityNumber().ifPresent(id -> assertThat(json).doesNotContain(id.toFullString()).contains(id.getMasked()));
      w.getPhone().ifPresent(p -> assertThat(json).doesNotContain("\"" + p + "\""));
    }
    Jurisdiction back = read(json).getJurisdiction().orElseThrow();
    assertThat(back.getAreas()).isEqualTo(j.getAreas());
    assertThat(back.getCommunityWorkers()).allMatch(w -> w.getIdentityNumber().isEmpty());
  }

  @Property(tries = 50)
  void jacksonModule_roundTripsJurisdictionsAndParts(@ForAll("jurisdictions") Jurisdiction j) throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule(Set.of(GovernanceFeature.WRITE_PERSONAL_DATA_IN_FULL)));
    assertThat(mapper.readValue(mapper.writeValueAsString(j), Jurisdiction.class)).isEqualTo(j);
    for (CommunityWorker w : j.getCommunityWorkers()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(w), CommunityWorker.class)).isEqualTo(w);
    }
    for (var o : j.getPartyOrganizations()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(o), org.jiceng.governance.core.party.PartyOrganization.class)).isEqualTo(o);
    }
    for (var a : j.getAreas()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(a), org.jiceng.governance.core.area.Area.class)).isEqualTo(a);
    }
    for (var u : j.getUnits()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(u), org.jiceng.governance.core.unit.CoBuildingUnit.class)).isEqualTo(u);
    }
    for (var f : j.getFacilities()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(f), org.jiceng.governance.core.unit.ServiceFacility.class)).isEqualTo(f);
    }
  }
}
