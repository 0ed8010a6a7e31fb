package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdviseCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Jiceng.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  /** The samples follow their seeds' organization: no advice under their own profiles on their own date. */
  @ParameterizedTest
  @ValueSource(strings = {"kazuo", "kaiyuan", "jiayuguan", "luannan", "qianxi"})
  void advise_samplesUnderOwnProfile_giveNoAdvice(String name) {
    assertThat(run("advise", Path.of("data", name + ".json").toString(), "--lang", "en")).as(out.toString()).isZero();
    assertThat(out.toString()).contains("No advice");
  }

  /** Five years on, every community organization of Luannan is due for election (terms of 5 years in a 社区). */
  @Test
  void advise_luannanFiveYearsOn_reElectsAndExitsOne() throws Exception {
    assertThat(run("advise", Path.of("data", "luannan.json").toString(), "--as-of", "2031-01-01", "--format", "json")).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("format").asText()).isEqualTo("jiceng.advice/1");
    assertThat(json.get("asOf").asText()).isEqualTo("2031-01-01");
    assertThat(json.get("summary").get("byKind").get("RE_ELECT").asInt()).isEqualTo(json.get("summary").get("total").asInt()).isPositive();
    JsonNode first = json.get("advice").get(0);
    assertThat(first.get("parameter").asText()).isEqualTo("party.community-term-years");
    assertThat(first.get("approvalNeeded").asBoolean()).isTrue();
    assertThat(first.get("message").asText()).contains("任期已于").contains("届满");
  }

  @Test
  void advise_textGroupsByStreetAndCommunity(@TempDir Path dir) throws Exception {
    String doc = "{\"format\": \"jiceng.dataset/1\", \"asOf\": \"2025-06-30\", \"county\": {\"id\": \"K\", \"name\": \"县\"},"
        + " \"streets\": [{\"id\": \"S\", \"name\": \"城关街道\", \"communities\": ["
        + "{\"id\": \"C\", \"name\": \"北苑社区\", \"partyOrganizations\": [{\"id\": \"cp\", \"kind\": \"BRANCH\", \"name\": \"北苑社区党支部\","
        + " \"fullMembers\": 118, \"probationaryMembers\": 2, \"committeeSize\": 5}]}]}]}";
    Path file = dir.resolve("k.json");
    Files.writeString(file, doc);
    assertThat(run("advise", file.toString())).as(err.toString()).isEqualTo(1);
    assertThat(out.toString()).contains("共 1 条建议：升格 1")
        .contains("城关街道 (S)\n  北苑社区 (C)\n    [升格] cp: 将北苑社区党支部由党支部升格为党委（党员120名，标准：>= 100），报上级党组织批准\n")
        .contains("依据：party.kind-membership，party.committee-from >= 100（中国共产党支部工作条例（试行）2018：党员100人以上的，设立基层党委）");
  }

  @Test
  void advise_badDateOrMissingFile_exitsTwo() {
    assertThat(run("advise", Path.of("data", "kazuo.json").toString(), "--as-of", "2025-13-01")).isEqualTo(2);
    assertThat(err.toString()).contains("--as-of");
    assertThat(run("advise", "no-such-file.json")).isEqualTo(2);
    assertThat(run("advise", Path.of("data", "kazuo.json").toString(), "--profile", "nowhere")).isEqualTo(2);
  }
}
