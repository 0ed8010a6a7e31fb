package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatePointsTest {
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Jiceng.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void json_hasTheContractFieldsPassesTheSchemaAndIsTheSameForTheSameSeed() throws Exception {
    assertThat(run("simulate", "points", "--format", "json", "--seed", "3", "--months", "12")).isZero();
    String first = out.toString();
    var json = new ObjectMapper().readTree(first);
    assertThat(json.get("format").asText()).isEqualTo("jiceng.points-summary/1");
    long issued = json.get("issued").asLong();
    assertThat(issued).isEqualTo(json.get("redeemed").asLong() + json.get("expired").asLong() + json.get("donated").asLong()
        + json.get("outstanding").asLong());
    assertThat(json.get("conservationHolds").asBoolean()).isTrue();
    assertThat(json.get("accounts").asInt()).isEqualTo(1600);
    try (InputStream schema = getClass().getResourceAsStream("/org/jiceng/governance/json/schema/jiceng.points-summary-1.schema.json")) {
      assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(json)).isEmpty();
    }
    assertThat(run("simulate", "points", "--format", "json", "--seed", "3", "--months", "12")).isZero();
    assertThat(out.toString()).isEqualTo(first);
  }

  @Test
  void scenarioFile_isReadStrictly(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(file, "{\"format\": \"jiceng.points-scenario/1\", \"policy\": \"liaoning-jianping-points\", \"residents\": 50,"
        + " \"merchants\": 2, \"offerPrice\": 20, \"redemptionRate\": 0.5, \"activityRates\": {\"phone-help\": 2},"
        + " \"catalog\": [{\"item\": \"soap\", \"price\": 10, \"monthlyStock\": 20}]}");
    assertThat(run("simulate", "points", "--scenario", file.toString(), "--months", "6", "--lang", "en")).isZero();
    assertThat(out.toString()).startsWith("policy liaoning-jianping-points, seed 1, 6 months\naccounts 50 ");
    Files.writeString(file, "{\"format\": \"jiceng.points-scenario/1\", \"policy\": \"x\", \"residents\": -1}");
    assertThat(run("simulate", "points", "--scenario", file.toString(), "--lang", "en")).isEqualTo(2);
    assertThat(err.toString()).contains("s.json:1:").contains("/residents: expected a whole number >= 1, found -1");
  }

  @Test
  void badArguments_areUsageErrors() {
    assertThat(run("simulate", "points", "--months", "0")).isEqualTo(2);
    assertThat(run("simulate", "points", "--seed", "abc")).isEqualTo(2);
    assertThat(run("simulate")).isEqualTo(2);
    assertThat(run("simulate", "points", "--scenario", "missing.json", "--lang", "en")).isEqualTo(2);
    assertThat(err.toString()).contains("no such file: missing.json");
  }
}
