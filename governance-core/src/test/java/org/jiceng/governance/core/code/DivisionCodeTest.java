package org.jiceng.governance.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DivisionCodeTest {

  @Test
  void getLevel_readsTrailingZeros() {
    assertThat(DivisionCode.parse("210000000000").getLevel()).isEqualTo(DivisionLevel.PROVINCE);
    assertThat(DivisionCode.parse("211300000000").getLevel()).isEqualTo(DivisionLevel.CITY);
    assertThat(DivisionCode.parse("211324000000").getLevel()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(DivisionCode.parse("211324001000").getLevel()).isEqualTo(DivisionLevel.TOWNSHIP);
    assertThat(DivisionCode.parse("211324001001").getLevel()).isEqualTo(DivisionLevel.VILLAGE);
  }

  @Test
  void getParent_zeroesTheLowestSetSegment() {
    DivisionCode community = DivisionCode.parse("211324001001");
    assertThat(community.getParent()).map(DivisionCode::toString).contains("211324001000");
    assertThat(community.getParent().flatMap(DivisionCode::getParent))
        .map(DivisionCode::toString)
        .contains("211324000000");
    assertThat(DivisionCode.parse("210000000000").getParent()).isEmpty();
  }

  @Test
  void getCountyPrefix_onlyAtCountyOrBelow() {
    assertThat(DivisionCode.parse("211324001001").getCountyPrefix()).contains("211324");
    assertThat(DivisionCode.parse("211300000000").getCountyPrefix()).isEmpty();
  }

  @Test
  void isWithin_comparesSetSegments() {
    DivisionCode county = DivisionCode.parse("211324000000");
    assertThat(DivisionCode.parse("211324001001").isWithin(county)).isTrue();
    assertThat(DivisionCode.parse("211325001001").isWithin(county)).isFalse();
    assertThat(county.isWithin(DivisionCode.parse("211324001001"))).isFalse();
    assertThat(county.isWithin(county)).isTrue();
  }

  @Test
  void kinds_followConventionalRanges() {
    DivisionCode street = DivisionCode.parse("211324001000");
    assertThat(street.getTownshipKind()).contains(TownshipKind.STREET);
    assertThat(DivisionCode.parse("211324101000").getTownshipKind()).contains(TownshipKind.TOWN);
    assertThat(DivisionCode.parse("211324001201").getVillageKind())
        .contains(VillageKind.VILLAGERS_COMMITTEE);
    assertThat(street.getRangeWarnings()).isEmpty();
  }

  @Test
  void rangeWarnings_reportButDoNotReject() {
    DivisionCode odd = DivisionCode.parse("211324700801");
    assertThat(odd.getTownshipKind()).contains(TownshipKind.OUT_OF_RANGE);
    assertThat(odd.getVillageKind()).contains(VillageKind.OUT_OF_RANGE);
    assertThat(odd.getRangeWarnings()).hasSize(2).anyMatch(w -> w.contains("700"));
    assertThat(odd.getRangeWarnings(java.util.Locale.SIMPLIFIED_CHINESE))
        .containsExactly("乡级代码 700 超出 001-599 的范围", "村级代码 801 超出 001-599 的范围");
    assertThat(odd.getRangeWarnings(java.util.Locale.ENGLISH)).isEqualTo(odd.getRangeWarnings())
        .containsExactly("township digits 700 are outside the ranges 001-599", "village digits 801 are outside the ranges 001-599");
  }

  @Test
  void parse_rejectsNonDigitWithPosition() {
    assertThatThrownBy(() -> DivisionCode.parse("21132400100A"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessage("Invalid division code '21132400100A' at position 12: expected a digit, found 'A'");
  }

  @Test
  void parse_rejectsWrongLength() {
    assertThatThrownBy(() -> DivisionCode.parse("211324"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("expected 12 digits, found 6 characters");
  }

  @Test
  void parse_rejectsZeroProvince() {
    assertThatThrownBy(() -> DivisionCode.parse("001324001001"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("province segment");
  }

  @Test
  void parse_rejectsSetSegmentBelowUnsetOne() {
    assertThatThrownBy(() -> DivisionCode.parse("211324000001"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("village segment is set")
        .extracting(e -> ((CodeFormatException) e).getErrorIndex())
        .isEqualTo(9);
  }

  @Test
  void truncate_refusesLowerLevel() {
    assertThatThrownBy(() -> DivisionCode.parse("211324000000").truncate(DivisionLevel.VILLAGE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equality_byValue() {
    assertThat(DivisionCode.parse("211324001001")).isEqualTo(DivisionCode.parse("211324001001"));
    assertThat(DivisionCode.parse("211324001001")).isNotEqualTo(DivisionCode.parse("211324001002"));
  }
}
