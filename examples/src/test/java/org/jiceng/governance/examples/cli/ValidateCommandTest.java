package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  static final Path KAZUO = Path.of("data", "kazuo.json");
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Jiceng.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void validate_sampleIsValid() {
    assertThat(run("validate", "--lang", "en", KAZUO.toString())).isZero();
    assertThat(out.toString().strip()).isEqualTo("kazuo.json: valid jiceng.dataset/1: 2 streets, 16 communities, 169 grids");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validate_chineseByDefault() {
    assertThat(run("validate", KAZUO.toString())).isZero();
    assertThat(out.toString()).contains("数据集格式正确").contains("169 个网格");
  }

  @Test
  void validate_badInputExitsTwoWithLocatedErrorAndNoTrace(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("kazuo.json");
    String text = Files.readString(KAZUO, StandardCharsets.UTF_8);
    Files.writeString(bad, text.replaceFirst("\"households\" : 300,", "\"households\" : \"三百\","), StandardCharsets.UTF_8);
    assertThat(run("validate", bad.toString())).isEqualTo(2);
    assertThat(err.toString())
        .matches("(?s)kazuo\\.json:\\d+:\\d+ /streets/0/communities/0/compounds/0/grids/0/households: expected a whole number >= 0, found \"三百\"\\R")
        .doesNotContain("Exception");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void validate_debugAddsTheTrace(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"jiceng.dataset/1\", \"county\": {\"id\": \"x\", \"name\": \"y\"}, \"oops\": 1}");
    assertThat(run("validate", "--debug", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("bad.json:1:").contains("unknown field 'oops'").contains("DatasetFormatException");
  }

  @Test
  void validate_lenientListsEveryBadCommunity(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("kazuo.json");
    String text = Files.readString(KAZUO, StandardCharsets.UTF_8);
    Files.writeString(bad, text.replace("\"households\" : 300,", "\"households\" : -1,"), StandardCharsets.UTF_8);
    assertThat(run("validate", "--lenient", "--lang", "en", bad.toString())).isEqualTo(2);
    assertThat(err.toString().lines().filter(l -> l.contains("expected a whole number >= 0, found -1"))).hasSize(16);
    assertThat(err.toString()).contains("kazuo.json: 16 problems");
  }

  @Test
  void validate_missingFileIsUsageError() {
    assertThat(run("validate", "--lang", "en", "no-such-file.json")).isEqualTo(2);
    assertThat(err.toString()).contains("no such file: no-such-file.json");
  }

  @Test
  void validate_withoutFileIsUsageError() {
    assertThat(run("validate")).isEqualTo(2);
  }
}
