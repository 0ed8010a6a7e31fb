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
  void validate_sampleIsCleanUnderTheProfileItNames() {
    assertThat(run("validate", "--lang", "en", KAZUO.toString())).isZero();
    assertThat(out.toString())
        .startsWith("Compliance report, profile liaoning-kazuo: 喀喇沁左翼蒙古族自治县 (kazuo)\n16 communities, 169 grids; 0 errors, 0 warnings, 0 infos\n")
        .contains("No findings.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validate_chineseByDefault() {
    assertThat(run("validate", KAZUO.toString())).isZero();
    assertThat(out.toString()).contains("合规检查报告").contains("网格169个").contains("未发现问题");
  }

  @Test
  void validate_anotherProfileFindsWarningsAndFailOnDecidesTheExitCode() {
    Path luannan = Path.of("data", "luannan.json");
    assertThat(run("validate", "--profile", "cn-national", "--lang", "en", luannan.toString())).isZero();
    assertThat(out.toString()).contains("0 errors, 324 warnings").contains("[warning] grid.households-range luannan-g001 (");
    assertThat(run("validate", "--profile", "cn-national", "--fail-on", "warning", luannan.toString())).isEqualTo(1);
    assertThat(run("validate", "--profile", "cn-national", "--fail-on", "never", luannan.toString())).isZero();
  }

  @Test
  void validate_jsonReportToAFile(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("report.json");
    assertThat(run("validate", "--profile", "cn-national", "--format", "json", "--lang", "en", "--output", report.toString(),
        Path.of("data", "luannan.json").toString())).isZero();
    assertThat(out.toString()).isEmpty();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
    assertThat(json.get("format").asText()).isEqualTo("jiceng.report/1");
    assertThat(json.get("profile").asText()).isEqualTo("cn-national");
    assertThat(json.get("summary").get("warnings").asInt()).isEqualTo(324);
    assertThat(json.get("summary").get("grids").asInt()).isEqualTo(324);
    var first = json.get("findings").get(0);
    assertThat(first.get("rule").asText()).isEqualTo("grid.households-range");
    assertThat(first.get("path").asText()).isEqualTo("/streets/0/communities/0/compounds/0/grids/0");
    assertThat(first.get("line").asInt()).isPositive();
    assertThat(first.get("message").asText()).isEqualTo("Grid 第1网格 has 180 households, outside 300..500");
    assertThat(first.get("source").asText()).contains("UNCONFIRMED");
  }

  @Test
  void validate_unknownProfileIsUsageErrorListingTheKnownOnes() {
    assertThat(run("validate", "--profile", "nope", "--lang", "en", KAZUO.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown profile 'nope'; known: cn-national,").contains("hebei-luannan");
  }

  @Test
  void validate_profileFileIsUsed(@TempDir Path dir) throws IOException {
    Path profile = dir.resolve("mine.json");
    Files.writeString(profile, "{\"format\": \"jiceng.profile/1\", \"id\": \"mine\", \"version\": \"1\","
        + " \"title\": {\"zh\": \"我的\", \"en\": \"Mine\"}, \"extends\": \"liaoning-kazuo\","
        + " \"parameters\": {\"staffing.workers-per-10k\": {\"value\": 25, \"source\": {\"document\": \"test\", \"note\": \"\"}}}}");
    assertThat(run("validate", "--profile-file", profile.toString(), "--lang", "en", KAZUO.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("profile mine").contains("[error] staffing.workers-per-10k kazuo");
  }

  @Test
  void validate_badInputExitsTwoWithLocatedErrorAndNoTrace(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("kazuo.json");
    String text = Files.readString(KAZUO, StandardCharsets.UTF_8);
    Files.writeString(bad, text.replaceFirst("\"households\" : 300,", "\"households\" : \"三百\","), StandardCharsets.UTF_8);
    assertThat(run("validate", "--lang", "en", bad.toString())).isEqualTo(2);
    assertThat(err.toString())
        .matches("(?s)kazuo\\.json:\\d+:\\d+ /streets/0/communities/0/compounds/0/grids/0/households: expected a whole number >= 0, found \"三百\"\\R")
        .doesNotContain("Exception");
    assertThat(out.toString()).isEmpty();
    err.getBuffer().setLength(0);
    assertThat(run("validate", bad.toString())).isEqualTo(2);
    assertThat(err.toString())
        .matches("(?s)kazuo\\.json:\\d+:\\d+ /streets/0/communities/0/compounds/0/grids/0/households: 应为不小于0的整数，实际为\"三百\"\\R");
  }

  /** A format problem is an expected outcome, not a failure: --debug adds no trace to it. */
  @Test
  void validate_debugKeepsFormatProblemsToOneLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"jiceng.dataset/1\", \"county\": {\"id\": \"x\", \"name\": \"y\"}, \"oops\": 1}");
    assertThat(run("validate", "--debug", "--lang", "en", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).matches("(?s)bad\\.json:1:\\d+ [^\\n]*unknown field 'oops'[^\\n]*\\R").doesNotContain("Exception");
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

  @Test
  void validate_htmlWritesOnePageWithTheFindingsLocated(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("report.html");
    assertThat(run("validate", "--format", "html", "--profile", "cn-national", "--fail-on", "never", "--output", page.toString(),
        Path.of("data", "luannan.json").toString())).isZero();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("data-charts-expected").contains("滦南县");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validate_standardInputIsNamedStdin() throws IOException {
    java.io.InputStream saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("{\"format\": \"jiceng.dataset/1\", \"oops\": 1}".getBytes(StandardCharsets.UTF_8)));
      assertThat(run("validate", "--lang", "en", "-")).isEqualTo(2);
      assertThat(err.toString()).startsWith("<stdin>:1:").contains("unknown field 'oops'");
    } finally {
      System.setIn(saved);
    }
  }

  /**
   * Paths are relative and short: a temporary folder's name can hold 18 digits in a row, which the
   * personal-data policy masks wherever it appears in a message.
   */
  @Test
  void validate_badPathsNameTheRightFileAndReason() throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "bad-paths"));
    assertThat(run("validate", "--lang", "en", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(dir + " is a directory, not a file");
    assertThat(run("validate", "--lang", "en", "--output", dir.resolve("missing/r.txt").toString(), KAZUO.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot write " + dir.resolve("missing/r.txt") + ": its folder does not exist")
        .doesNotContain("kazuo.json");
    assertThat(run("validate", "--lang", "en", "--output", dir.toString(), KAZUO.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot write " + dir + ": it is a directory");
    if (Files.exists(Path.of("/dev/full"))) {
      assertThat(run("validate", "--lang", "en", "--output", "/dev/full", KAZUO.toString())).isEqualTo(2);
      assertThat(err.toString()).contains("cannot write /dev/full: ").doesNotContain("cannot read");
    }
  }

  @Test
  void validate_progressLineOnlyWhenAskedOrOnATerminal() {
    assertThat(run("validate", "--lang", "en", "--progress", KAZUO.toString())).isZero();
    assertThat(err.toString()).matches("(?s)\\r[0-9.]+ of 0\\.2 MB \\(\\d+%\\), \\d+ communities, [0-9.]+ MB/s, about \\d+ s left.*\\R");
    err.getBuffer().setLength(0);
    assertThat(run("validate", "--lang", "en", "--no-progress", KAZUO.toString())).isZero();
    assertThat(run("validate", "--lang", "en", KAZUO.toString())).isZero();
    assertThat(err.toString()).as("stderr is not a terminal in tests").isEmpty();
    assertThat(ProgressLine.stderrIsTerminal()).isFalse();
  }

  @Test
  void validate_gb18030FileExitsTwoNamingTheEncodingAndReadsWithEncoding(@TempDir Path dir) throws IOException {
    Path gbk = dir.resolve("kazuo-gbk.json");
    Files.write(gbk, Files.readString(KAZUO, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("GB18030")));
    assertThat(run("validate", "--lang", "en", gbk.toString())).isEqualTo(2);
    assertThat(err.toString()).matches("(?s)kazuo-gbk\\.json:\\d+:\\d+ [^\\n]*invalid UTF-8[^\\n]*GB18030[^\\n]*\\R");
    err.getBuffer().setLength(0);
    assertThat(run("validate", "--lang", "en", "--encoding", "GB18030", gbk.toString())).isZero();
    assertThat(out.toString()).contains("喀喇沁左翼蒙古族自治县");
    Path utf16 = dir.resolve("kazuo-16.json");
    Files.write(utf16, Files.readString(KAZUO, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE));
    assertThat(run("validate", "--lang", "en", utf16.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("kazuo-16.json:1:1").contains("UTF-16LE").contains("iconv");
  }
}
