package org.jiceng.governance.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.unit.FacilityKind;
import org.junit.jupiter.api.Test;

/**
 * The small values a profile is made of: ranges, sources, and the typed keys that read a
 * profile file's plain values (numbers, strings, lists) and refuse anything else by name.
 */
class ProfileValuesTest {
  @Test
  void intRange_containsBothEndsOnly() {
    IntRange r = IntRange.of(300, 500);
    assertThat(r.contains(300)).isTrue();
    assertThat(r.contains(500)).isTrue();
    assertThat(r.contains(299)).isFalse();
    assertThat(r.contains(501)).isFalse();
    assertThat(IntRange.of(7, 7).contains(7)).isTrue();
    assertThat(r).hasToString("300..500");
    assertThat(IntRange.parse(" 300 .. 500 ")).isEqualTo(r);
  }

  @Test
  void intRange_refusesReversedAndMalformedText() {
    assertThatThrownBy(() -> IntRange.of(5, 4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Range max 4 is below min 5");
    assertThatThrownBy(() -> IntRange.parse("300")).hasMessage("Expected a range min..max, found '300'");
    assertThatThrownBy(() -> IntRange.parse("1..2..3")).hasMessage("Expected a range min..max, found '1..2..3'");
    assertThatThrownBy(() -> IntRange.parse("a..3")).hasMessage("Expected a range min..max of whole numbers, found 'a..3'");
  }

  @Test
  void source_noteInTheReadersLanguageWhenThereIsOne() {
    Source both = Source.of("民政部〔2022〕", "at least 18", "不少于18人");
    assertThat(both.getNote(Locale.SIMPLIFIED_CHINESE)).isEqualTo("不少于18人");
    assertThat(both.getNote(Locale.ENGLISH)).isEqualTo("at least 18");
    assertThat(both.toString(Locale.SIMPLIFIED_CHINESE)).isEqualTo("民政部〔2022〕：不少于18人");
    assertThat(both.toString(Locale.ENGLISH)).isEqualTo("民政部〔2022〕: at least 18");
    assertThat(both).hasToString("民政部〔2022〕: at least 18");
    Source englishOnly = Source.of("doc", "note");
    assertThat(englishOnly.getNote(Locale.CHINESE)).isEqualTo("note");
    Source bare = Source.of("doc", "");
    assertThat(bare).hasToString("doc");
    assertThat(bare.toString(Locale.CHINESE)).isEqualTo("doc");
    assertThat(bare.toString(Locale.ENGLISH)).isEqualTo("doc");
  }

  @Test
  void source_unconfirmedWhenItsNoteSaysSo() {
    assertThat(Source.of("doc", "UNCONFIRMED: local practice").isUnconfirmed()).isTrue();
    assertThat(Source.of("doc", "confirmed").isUnconfirmed()).isFalse();
  }

  @Test
  void countKey_readsWholeNumbersFromZero() {
    ParameterKey<Integer> k = Parameters.GRID_FULL_TIME_MIN;
    assertThat(k.fromPlain(0)).isZero();
    assertThat(k.fromPlain(3.0)).isEqualTo(3);
    assertThat(k.toPlain(3)).isEqualTo(3);
    assertThatThrownBy(() -> k.fromPlain(-1)).hasMessage("expected a whole number >= 0, found -1");
    assertThatThrownBy(() -> k.fromPlain(2.5)).hasMessage("expected a whole number >= 0, found 2.5");
    assertThatThrownBy(() -> k.fromPlain("3")).hasMessage("expected a whole number >= 0, found 3");
    assertThat(k.getKind()).isEqualTo("a whole number >= 0");
    assertThat(k).hasToString(k.getId());
  }

  @Test
  void decimalKey_readsNumbersFromZero() {
    ParameterKey<Double> k = Parameters.WORKERS_PER_10K;
    assertThat(k.fromPlain(0)).isZero();
    assertThat(k.fromPlain(18)).isEqualTo(18.0);
    assertThatThrownBy(() -> k.fromPlain(-0.5)).hasMessage("expected a number >= 0, found -0.5");
    assertThatThrownBy(() -> k.fromPlain(true)).hasMessage("expected a number >= 0, found true");
  }

  @Test
  void rangeDateAndFlagKeys_readTheirTextForms() {
    assertThat(Parameters.GRID_HOUSEHOLDS.fromPlain("300..500")).isEqualTo(IntRange.of(300, 500));
    assertThat(Parameters.GRID_HOUSEHOLDS.toPlain(IntRange.of(300, 500))).isEqualTo("300..500");
    assertThatThrownBy(() -> Parameters.GRID_HOUSEHOLDS.fromPlain(300)).hasMessage("expected a range \"min..max\", found 300");
    assertThat(Parameters.COVERAGE_DEADLINE.fromPlain("2025-12-31")).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(Parameters.COVERAGE_DEADLINE.toPlain(LocalDate.of(2025, 12, 31))).isEqualTo("2025-12-31");
    assertThatThrownBy(() -> Parameters.COVERAGE_DEADLINE.fromPlain("2025-02-30"))
        .hasMessage("expected a date \"yyyy-mm-dd\", found 2025-02-30");
    assertThatThrownBy(() -> Parameters.COVERAGE_DEADLINE.fromPlain(20251231))
        .hasMessage("expected a date \"yyyy-mm-dd\", found 20251231");
    assertThat(Parameters.COUNTY_LEADER.fromPlain(true)).isTrue();
    assertThat(Parameters.COUNTY_LEADER.fromPlain(false)).isFalse();
    assertThatThrownBy(() -> Parameters.COUNTY_LEADER.fromPlain("true")).hasMessage("expected true or false, found true");
  }

  @Test
  void choiceAndSetKeys_readNamesInAnyCase() {
    assertThat(Parameters.GRID_CELL.fromPlain("branch")).isEqualTo(GridCell.BRANCH);
    assertThat(Parameters.GRID_CELL.toPlain(GridCell.BRANCH)).isEqualTo("BRANCH");
    assertThatThrownBy(() -> Parameters.GRID_CELL.fromPlain("cell"))
        .hasMessageStartingWith("expected one of ").hasMessageContaining("BRANCH").hasMessageEndingWith(", found cell");
    assertThatThrownBy(() -> Parameters.GRID_CELL.fromPlain(1)).hasMessageEndingWith(", found 1");
    assertThat(Parameters.FACILITY_TIERS.fromPlain(List.of("center", "STATION")))
        .isEqualTo(ImmutableSet.of(FacilityKind.CENTER, FacilityKind.STATION));
    assertThat(Parameters.FACILITY_TIERS.toPlain(ImmutableSet.of(FacilityKind.CENTER, FacilityKind.POINT)))
        .isEqualTo(List.of("CENTER", "POINT"));
    assertThat(Parameters.AREA_CHAIN.getKind())
        .isEqualTo("a list of COUNTY, STREET, COMMUNITY, COMPOUND, GRID, MICRO_GRID, BUILDING, HOUSEHOLD");
    assertThat(Parameters.AREA_CHAIN.fromPlain(List.of("grid"))).containsExactly(AreaLevel.GRID);
    assertThatThrownBy(() -> Parameters.FACILITY_TIERS.fromPlain("CENTER")).hasMessageStartingWith("expected a list of ");
    assertThatThrownBy(() -> Parameters.FACILITY_TIERS.fromPlain(List.of("HALL"))).hasMessageEndingWith(", found HALL");
  }

  @Test
  void textsKey_readsListsOfNonBlankStrings() {
    assertThat(Parameters.ADMISSION_LIST.fromPlain(List.of("a", "b"))).containsExactly("a", "b");
    assertThat(Parameters.ADMISSION_LIST.toPlain(ImmutableSet.of("a"))).isEqualTo(List.of("a"));
    assertThatThrownBy(() -> Parameters.ADMISSION_LIST.fromPlain(List.of("a", " "))).hasMessage("expected a list of strings, found [a,  ]");
    assertThatThrownBy(() -> Parameters.ADMISSION_LIST.fromPlain(List.of(1))).hasMessage("expected a list of strings, found [1]");
    assertThatThrownBy(() -> Parameters.ADMISSION_LIST.fromPlain("a")).hasMessage("expected a list of strings, found a");
    assertThatThrownBy(() -> Parameters.ADMISSION_LIST.fromPlain(null)).isInstanceOf(NullPointerException.class);
  }

  /** Issue 17: a parameter's kind and the refusal of a value of another kind read in Chinese too. */
  @Test
  void kinds_inChineseAndEnglish() {
    java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
    assertThat(Parameters.GRID_HOUSEHOLDS.getKind(zh)).isEqualTo("“min..max”形式的范围");
    assertThat(Parameters.GRID_HOUSEHOLDS.getKind(java.util.Locale.ENGLISH)).isEqualTo("a range \"min..max\"")
        .isEqualTo(Parameters.GRID_HOUSEHOLDS.getKind());
    assertThat(Parameters.AREA_CHAIN.getKind(zh))
        .isEqualTo("由以下值组成的列表：COUNTY, STREET, COMMUNITY, COMPOUND, GRID, MICRO_GRID, BUILDING, HOUSEHOLD");
    IllegalArgumentException e = org.assertj.core.api.Assertions.catchThrowableOfType(IllegalArgumentException.class,
        () -> Parameters.GRID_CELL.fromPlain(1));
    assertThat(org.jiceng.governance.core.Localizable.messageOf(e, zh)).startsWith("应为以下之一：").endsWith("，实际为1");
  }
}
