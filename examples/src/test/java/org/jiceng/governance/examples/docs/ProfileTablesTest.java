package org.jiceng.governance.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProfileTablesTest {
  /** docs/profiles.md is what the generator writes from the built-in profiles (regenerate with ProfileTables.main). */
  @Test
  void profilesPage_equalsTheGeneratedTables() throws Exception {
    String page = Files.readString(Path.of("..", "docs", "profiles.md"), StandardCharsets.UTF_8);
    assertThat(page).isEqualTo(ProfileTables.render());
  }

  @Test
  void render_quotesTheSeedSentences() {
    assertThat(ProfileTables.render())
        .contains("| `grid.building-heads-min` | 2 | seed 002 (辽宁铁岭市, 开原市) | 全面推行“政务楼长+居务楼长”双楼长制 |")
        .contains("| `staffing.reserve-candidates-min` | 1 |")
        .contains("## `hebei-qianxi` 河北省迁西县 (Qianxi, Hebei)");
  }
}
