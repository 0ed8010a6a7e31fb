package org.jiceng.governance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiceng.governance.json.DatasetWriter;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.scenario.SyntheticJurisdictions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit entry point: usage errors (exit 2, saying what was expected) and one whole run. */
class SparkValidationTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SparkValidation.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_refusesBadUsageWithExit2AndSaysWhatWasExpected() {
    assertThat(run("--input", "x", "--output", "y")).isEqualTo(2);
    assertThat(err()).contains("give --profile ID or --profile-file FILE (exactly one)").contains("Usage: spark-submit");
    assertThat(run("--profile", "cn-national", "--output", "y")).isEqualTo(2);
    assertThat(err()).contains("missing --input PATH");
    assertThat(run("--profile", "cn-national", "--input", "x", "--output", "y", "--lang", "fr")).isEqualTo(2);
    assertThat(err()).contains("--lang expects zh or en, found 'fr'");
    assertThat(run("--profile", "nowhere", "--input", "x", "--output", "y", "--master", "local[1]")).isEqualTo(2);
    assertThat(err()).contains("unknown profile 'nowhere'; known: cn-national");
    assertThat(run("--profile", "cn-national", "--input", "x", "--output")).isEqualTo(2);
    assertThat(err()).contains("--output needs a value");
    assertThat(run("--profile", "cn-national", "--input", "x", "--output", "y", "--threads", "3")).isEqualTo(2);
    assertThat(err()).contains("unknown option '--threads'");
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--profile-file FILE");
  }

  @Test
  void run_checksAFolderOfLinesAndRefusesAnOutputThatExists(@TempDir Path dir) throws Exception {
    SyntheticJurisdictions g = SyntheticJurisdictions.builder().profile(BuiltInProfiles.get("cn-national")).communities(30).seed(2)
        .violationRate(0.3).build();
    Path dataset = dir.resolve("county.json");
    try (OutputStream o = Files.newOutputStream(dataset)) {
      DatasetWriter.standard().write(g, o);
    }
    Path lines = ValidationJobTest.linesOf(dataset, dir.resolve("lines"), 10);
    Path output = dir.resolve("report");
    assertThat(run("--profile", "cn-national", "--input", dir.resolve("missing").toString(), "--output", output.toString(),
        "--master", "local[1]")).isEqualTo(2);
    assertThat(err()).contains("--input").contains("no such file or folder");
    assertThat(run("--profile", "cn-national", "--input", lines.toString(), "--output", output.toString(), "--master", "local[1]",
        "--lang", "en")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"format\":\"jiceng.report/1\"").contains("\"communities\":30");
    assertThat(ValidationJobTest.records(output.resolve("findings"))).isNotEmpty()
        .allSatisfy(f -> assertThat(f.get("message").asText()).containsPattern("[A-Za-z]{4,}"));
    assertThat(run("--profile", "cn-national", "--input", lines.toString(), "--output", output.toString(), "--master", "local[1]"))
        .isEqualTo(2);
    assertThat(err()).contains("exists already");
  }
}
