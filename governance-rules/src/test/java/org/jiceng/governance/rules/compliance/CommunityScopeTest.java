package org.jiceng.governance.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.junit.jupiter.api.Test;

/** The navigation a plugged-in rule gets from its scope (it has no access to internal helpers). */
class CommunityScopeTest {
  private final CommunityScope scope = CommunityScope.of(new Fixture().build(), "C", Map.of());

  @Test
  void getAreas_communityFirstThenLevelByLevel() {
    assertThat(scope.getAreas()).extracting(Area::getId)
        .containsExactly("C", "X", "G", "M0", "M1", "M2", "M3", "M4", "M5", "B");
  }

  @Test
  void getAreas_ofOneLevel() {
    assertThat(scope.getAreas(AreaLevel.MICRO_GRID)).hasSize(6);
    assertThat(scope.getAreas(AreaLevel.GRID)).extracting(Area::getId).containsExactly("G");
    assertThat(scope.getAreas(AreaLevel.STREET)).isEmpty();
    assertThatThrownBy(() -> scope.getAreas(null)).isInstanceOf(NullPointerException.class).hasMessage("level");
  }

  @Test
  void getPartyOrganizations_onTheCommunityAndInsideIt() {
    // The street's working committee is outside the community.
    assertThat(scope.getPartyOrganizations()).extracting(PartyOrganization::getId).containsExactly("cp", "gp", "ch");
  }

  @Test
  void getFacilities_ofTheCommunityAndItsAreas() {
    assertThat(scope.getFacilities()).extracting(ServiceFacility::getId).containsExactlyInAnyOrder("center", "station");
  }
}
