package org.jiceng.governance.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {
  @Test
  void of_escapesControlsEscapeSequencesAndBidiOverrides() {
    assertThat(DisplayText.of("a\u001B[2Jb")).isEqualTo("a\\u001B[2Jb");
    assertThat(DisplayText.of("x\u202Eevil")).isEqualTo("x\\u202Eevil");
    assertThat(DisplayText.of("grid\nkazuo.json:1:1 /: all good")).isEqualTo("grid\\u000Akazuo.json:1:1 /: all good");
    assertThat(DisplayText.of("\u0000\u007F\u0085\u2028\u2066\u200F")).isEqualTo("\\u0000\\u007F\\u0085\\u2028\\u2066\\u200F");
  }

  @Test
  void of_masksPersonalDataToo() {
    assertThat(DisplayText.of("\u001B13812345678")).isEqualTo("\\u001B138****5678");
  }

  @Test
  void escape_keepsLineBreaksWhenAsked() {
    assertThat(DisplayText.escape("a\nb\tc\r\n\u001B", true)).isEqualTo("a\nb\tc\r\n\\u001B");
  }

  @Test
  void of_leavesSafeTextAsItIsAndIsIdempotent() {
    String safe = "喀左县 \\u001B ‘quoted’ 211324001001";
    assertThat(DisplayText.of(safe)).isSameAs(safe);
    String once = DisplayText.of("\u001B\u202E\n");
    assertThat(DisplayText.of(once)).isEqualTo(once);
  }

  @Test
  void typeName_isTheValueTypeNotTheGeneratedClass() {
    org.jiceng.governance.core.area.Area grid = org.jiceng.governance.core.area.Area.builder().id("g1")
        .level(org.jiceng.governance.core.area.AreaLevel.GRID).name("网格").build();
    assertThat(grid.getClass().getSimpleName()).isEqualTo("ImmutableArea");
    assertThat(DisplayText.typeName(grid.getClass())).isEqualTo("Area");
    assertThat(DisplayText.typeName(String.class)).isEqualTo("String");
  }
}
