package org.jiceng.governance.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The structural checks of {@link Area}: each one refuses exactly the shape it names. */
class AreaTest {
  private static Area.Builder grid() {
    return Area.builder().id("g1").level(AreaLevel.GRID).name("一网格");
  }

  @Test
  void build_acceptsZeroCountsAndUrbanEqualToPermanent() {
    Area a = grid().households(0).permanentResidents(10).urbanPermanentResidents(10).build();
    assertThat(a.getHouseholds()).hasValue(0);
    assertThat(a.getUrbanPermanentResidents()).hasValue(10);
  }

  @Test
  void build_rejectsNegativeHouseholds() {
    assertThatThrownBy(() -> grid().households(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Area 'g1': households must be >= 0, found -1");
  }

  @Test
  void build_rejectsNegativePermanentResidents() {
    assertThatThrownBy(() -> grid().permanentResidents(-2).build())
        .hasMessage("Area 'g1': permanentResidents must be >= 0, found -2");
  }

  @Test
  void build_rejectsNegativeUrbanPermanentResidents() {
    assertThatThrownBy(() -> grid().urbanPermanentResidents(-3).build())
        .hasMessage("Area 'g1': urbanPermanentResidents must be >= 0, found -3");
  }

  @Test
  void build_rejectsUrbanAbovePermanent() {
    assertThatThrownBy(() -> grid().permanentResidents(10).urbanPermanentResidents(11).build())
        .hasMessage("Area 'g1': urbanPermanentResidents 11 exceeds permanentResidents 10");
  }

  @Test
  void build_urbanWithoutPermanentIsAccepted() {
    assertThat(grid().urbanPermanentResidents(11).build().getPermanentResidents()).isEmpty();
  }

  @Test
  void build_careTagsOnlyOnHouseholds() {
    assertThat(Area.builder().id("h1").level(AreaLevel.HOUSEHOLD).name("101").addCareTags(CareTag.DISABLED).build()
            .getCareTags())
        .containsExactly(CareTag.DISABLED);
    assertThatThrownBy(() -> grid().addCareTags(CareTag.ELDERLY_ALONE).build())
        .hasMessage("Area 'g1': care tags belong on households, not on a grid");
  }

  @Test
  void build_rejectsItselfAsParent() {
    assertThatThrownBy(() -> grid().parentId("g1").build()).hasMessage("Area 'g1': names itself as its parent");
    assertThat(grid().parentId("c1").build().getParentId()).contains("c1");
  }

  @Test
  void build_mattersOnlyOnGridsAndMicroGrids() {
    assertThat(grid().addMatters("垃圾分类").build().getMatters()).containsExactly("垃圾分类");
    assertThat(Area.builder().id("m1").level(AreaLevel.MICRO_GRID).name("微网格").addMatters("巡查").build().getMatters())
        .containsExactly("巡查");
    assertThatThrownBy(() -> Area.builder().id("b1").level(AreaLevel.BUILDING).name("1号楼").addMatters("巡查").build())
        .hasMessage("Area 'b1': grid matters belong on grids and micro-grids, not on a building");
  }

  @Test
  void build_rejectsBlankIdAndName() {
    assertThatThrownBy(() -> Area.builder().id(" ").level(AreaLevel.GRID).name("x").build())
        .hasMessage("Area: the id must not be blank");
    assertThatThrownBy(() -> Area.builder().id("g1").level(AreaLevel.GRID).name("\t").build()).hasMessage("Area 'g1': the name must not be blank");
  }
}
