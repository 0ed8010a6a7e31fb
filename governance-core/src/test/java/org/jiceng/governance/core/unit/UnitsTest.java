package org.jiceng.governance.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Defaults and structural checks of the unit values. */
class UnitsTest {
  @Test
  void ownersCommittee_partyMembersWithinMembers() {
    OwnersCommittee.Builder c = OwnersCommittee.builder().id("oc1").name("业委会").compoundId("x1");
    assertThat(c.members(5).partyMembers(5).build().getPartyMembers()).isEqualTo(5);
    assertThatThrownBy(() -> OwnersCommittee.builder().id("oc1").name("业委会").compoundId("x1").members(5).partyMembers(6).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oc1");
    assertThatThrownBy(() -> OwnersCommittee.builder().id("oc1").name("业委会").compoundId("x1").members(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OwnersCommittee.builder().id("oc1").name("业委会").compoundId("x1").partyMembers(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serviceFacility_floorAreaFiniteAndNotNegative() {
    assertThat(facility(0).getFloorArea()).isZero();
    assertThatThrownBy(() -> facility(-0.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f1");
    assertThatThrownBy(() -> facility(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> facility(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }

  private static ServiceFacility facility(double floorArea) {
    return ServiceFacility.builder().id("f1").name("服务站").kind(FacilityKind.STATION).areaId("c1").floorArea(floorArea).build();
  }

  @Test
  void coBuildingUnit_defaultsToOtherKind() {
    assertThat(CoBuildingUnit.builder().id("u1").name("某单位").build().getKind()).isEqualTo(UnitKind.OTHER);
  }

  @Test
  void build_rejectsBlankNames() {
    assertThatThrownBy(() -> CoBuildingUnit.builder().id("u1").name(" ").build())
        .hasMessage("Co-building unit 'u1': the name must not be blank");
    assertThatThrownBy(() -> OwnersCommittee.builder().id("oc1").name(" ").compoundId("x1").build())
        .hasMessage("Owners' committee 'oc1': the name must not be blank");
    assertThatThrownBy(() -> PropertyCompany.builder().id("pc1").name(" ").build())
        .hasMessage("Property company 'pc1': the name must not be blank");
    assertThatThrownBy(() -> ServiceFacility.builder().id("f1").name(" ").kind(FacilityKind.POINT).areaId("c1").floorArea(1).build())
        .hasMessage("Service facility 'f1': the name must not be blank");
  }
}
