package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProfilesAndExplainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Jiceng.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void profiles_listsEveryBuiltInProfileOneLineEach() {
    assertThat(run("profiles")).isZero();
    assertThat(out.toString().lines()).hasSize(11).first().asString().startsWith("cn-national\t2026.2\t全国基层治理基准\t");
    assertThat(out.toString()).contains("liaoning-kaiyuan\t2025.2\t辽宁省开原市\tKaiyuan, Liaoning\tliaoning-tieling\tseed 002");
  }

  @Test
  void profiles_json() throws Exception {
    assertThat(run("profiles", "--format", "json")).isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertThat(json.get("format").asText()).isEqualTo("jiceng.profiles/1");
    assertThat(json.get("profiles")).hasSize(11);
    assertThat(json.get("profiles").get(0).get("parent").isNull()).isTrue();
  }

  @Test
  void explain_showsParametersAndSources() {
    assertThat(run("explain", "staffing.workers-per-10k", "--profile", "gansu-jiayuguan", "--lang", "en")).isZero();
    assertThat(out.toString()).contains("runs: yes, severity: error").contains("staffing.workers-per-10k = 23.0").contains("27.8% above the central 18");
    out.getBuffer().setLength(0);
    assertThat(run("explain", "staffing.workers-per-10k", "--profile", "gansu-jiayuguan")).isZero();
    assertThat(out.toString()).contains("依据：seed 001 (甘肃嘉峪关市, 福建建瓯市, 吉林延吉市)：每万城镇人口配备23名社区工作者，比中央要求高出27.8%");
  }

  @Test
  void explain_saysWhenTheProfileLeavesTheRuleOff() {
    assertThat(run("explain", "grid.micro-households-range", "--lang", "en")).isZero();
    assertThat(out.toString()).contains("runs: no").contains("(not set: the rule is off)");
  }

  @Test
  void explain_unknownRuleIsUsageError() {
    assertThat(run("explain", "nope", "--lang", "en")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown rule 'nope'; known: hierarchy.area-chain");
  }
}
