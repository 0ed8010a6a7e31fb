package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SimulateDemandsTest {
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Jiceng.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void json_hasTheContractFieldsAndIsTheSameForTheSameSeed() throws Exception {
    assertThat(run("simulate", "demands", "--format", "json", "--seed", "2")).isZero();
    String first = out.toString();
    var json = new ObjectMapper().readTree(first);
    assertThat(json.get("format").asText()).isEqualTo("jiceng.demand-metrics/1");
    for (String f : new String[] {"demands", "claimRate", "completionRate", "onTimeRate", "satisfactionRate", "score"}) {
      assertThat(json.has(f)).as(f).isTrue();
      assertThat(json.get("byCategory").get("elderly-care").has(f)).as(f).isTrue();
    }
    assertThat(json.get("byLevel").has("COMMUNITY")).isTrue();
    assertThat(run("simulate", "demands", "--format", "json", "--seed", "2")).isZero();
    assertThat(out.toString()).isEqualTo(first);
  }

  @Test
  void text_andUsageErrors() {
    assertThat(run("simulate", "demands", "--quarters", "2", "--lang", "en")).isZero();
    assertThat(out.toString()).startsWith("policy gansu-jiayuguan-demands, seed 1, 2 quarters");
    assertThat(run("simulate", "demands", "--quarters", "2", "--lang", "zh")).isZero();
    assertThat(out.toString()).startsWith("方案 gansu-jiayuguan-demands，种子 1，共 2 个季度").contains("认领率");
    assertThat(run("simulate", "demands", "--quarters", "0")).isEqualTo(2);
    assertThat(run("simulate", "demands", "--scenario", "missing.json")).isEqualTo(2);
  }
}
