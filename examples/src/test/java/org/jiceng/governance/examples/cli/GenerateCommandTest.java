package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Jiceng.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void generate_sameOptionsSameBytesAndTheFileValidates(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    assertThat(run("generate", "--communities", "30", "--seed", "4", "--violations", "0.5", "--output", a.toString())).isZero();
    assertThat(run("generate", "--communities", "30", "--seed", "4", "--violations", "0.5", "--output", b.toString())).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(run("validate", "--lang", "en", "--fail-on", "warning", a.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("30 communities");
    Path clean = dir.resolve("clean.json");
    assertThat(run("generate", "--communities", "30", "--profile", "liaoning-kaiyuan", "--output", clean.toString())).isZero();
    assertThat(run("validate", "--fail-on", "info", clean.toString())).isZero();
  }

  @Test
  void generate_badOptionsExitTwo(@TempDir Path dir) {
    assertThat(run("generate", "--lang", "en", "--communities", "0", "--output", dir.resolve("x.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("communities must be 1..");
    assertThat(run("generate", "--lang", "en", "--communities", "3", "--profile", "nowhere", "--output", dir.resolve("x.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown profile 'nowhere'");
    assertThat(run("generate", "--lang", "en", "--communities", "3", "--output", dir.resolve("missing/x.json").toString())).isEqualTo(2);
    // The temporary folder's name is a random number: when it has 18 digits, the tool masks it as it
    // masks anything shaped like an identity number, so only the rest of the path is compared.
    assertThat(err.toString()).containsPattern("cannot write \\S*" + java.util.regex.Pattern.quote("missing" + java.io.File.separator
        + "x.json") + ": its folder does not exist");
  }
}
