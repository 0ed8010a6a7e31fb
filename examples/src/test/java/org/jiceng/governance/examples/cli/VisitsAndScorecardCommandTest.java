package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiceng.governance.json.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitsAndScorecardCommandTest {
  private static final String QIANXI = "data/qianxi.json";
  private static final String VISITS = "data/qianxi-visits.json";
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Jiceng.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static void assertSchema(String schema, String json) throws Exception {
    try (InputStream in = DatasetReader.class.getResourceAsStream("/org/jiceng/governance/json/schema/" + schema)) {
      var s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      assertThat(s.validate(new ObjectMapper().readTree(json))).isEmpty();
    }
  }

  @Test
  void visits_onTheSampleReportsOverdueVisitsWithExitOneAndMasksNames() {
    assertThat(run("visits", QIANXI, "--visits", VISITS)).isEqualTo(1);
    assertThat(out.toString()).startsWith("截至 2025-06-30（自 2025-01-01 起）：应访 ").contains("逾期未访名单").contains("社区10");
    assertThat(out.toString()).containsPattern("\tqianxi-h\\d{4}\t\\p{IsHan}\\*\\*\t");
    assertThat(run("visits", QIANXI, "--visits", VISITS, "--lang", "en", "--names-in-full")).isEqualTo(1);
    assertThat(out.toString()).startsWith("As of 2025-06-30 (since 2025-01-01)").doesNotContainPattern("\tqianxi-h\\d{4}\t\\p{IsHan}\\*\\*\t");
  }

  @Test
  void visits_jsonFollowsItsSchemaAndItsFiguresAddUp() throws Exception {
    assertThat(run("visits", QIANXI, "--visits", VISITS, "--format", "json")).isEqualTo(1);
    assertSchema("jiceng.visit-plan-1.schema.json", out.toString());
    JsonNode t = new ObjectMapper().readTree(out.toString());
    long counted = 0;
    for (JsonNode c : t.get("byCommunity")) {
      counted += c.get("counted").asLong();
    }
    assertThat(t.get("total").get("counted").asLong()).isEqualTo(counted).isPositive();
    assertThat(t.get("overdue")).hasSize(t.get("total").get("overdue").asInt());
  }

  @Test
  void visits_beforeAnyVisitIsDueIsCleanAndAnEarlierDateIsRefused() {
    assertThat(run("visits", QIANXI, "--visits", VISITS, "--as-of", "2025-01-02", "--since", "2025-01-01")).isZero();
    assertThat(run("visits", QIANXI, "--visits", VISITS, "--as-of", "2024-12-01", "--since", "2025-01-01", "--lang", "en")).isEqualTo(2);
    assertThat(err.toString()).contains("--since 2025-01-01 is after the plan's day 2024-12-01");
  }

  @Test
  void visits_htmlGoesToTheOutputFile() throws Exception {
    Path html = dir.resolve("v.html");
    assertThat(run("visits", QIANXI, "--visits", VISITS, "--format", "html", "--output", html.toString())).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("“七个必访”走访情况：迁西县");
  }

  @Test
  void visits_badInputExitsTwo() throws Exception {
    Path unknown = dir.resolve("u.json");
    Files.writeString(unknown, "{\"format\": \"jiceng.visits/1\", \"events\": [{\"type\": \"Visited\", \"id\": \"v\", \"on\": \"2025-02-01\","
        + " \"household\": \"nobody\"}]}");
    Path broken = dir.resolve("b.json");
    Files.writeString(broken, "{\"format\": \"jiceng.visits/1\", \"events\": [{\"type\": \"Seen\", \"id\": \"v\", \"on\": \"2025-02-01\","
        + " \"household\": \"h\"}]}");

    assertThat(run("visits", QIANXI)).isEqualTo(2);
    assertThat(run("visits", QIANXI, "--visits", unknown.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nobody");
    assertThat(run("visits", QIANXI, "--visits", broken.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("b.json:1:").contains("/events/0").contains("Tagged, Untagged, Visited");
    assertThat(run("visits", "missing.json", "--visits", VISITS)).isEqualTo(2);
  }

  @Test
  void scorecard_onAnOwnLiaoningSampleRanksEveryCommunity() {
    assertThat(run("scorecard", "data/kazuo.json")).isZero();
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(17);
    assertThat(lines[0]).isEqualTo("名次\t社区\t总分\t等次\t组织有力\t治理有效\t服务有质\t邻里有爱\t平安有序");
    assertThat(lines[1]).startsWith("1\t社区");
  }

  @Test
  void scorecard_withEveryInputFollowsItsSchema() throws Exception {
    assertThat(run("scorecard", QIANXI, "--profile", "liaoning-tieling", "--visits", VISITS, "--demands", "data/qianxi-demands.json",
        "--ledger", "data/qianxi-points.json", "--format", "json")).isZero();
    assertSchema("jiceng.scorecard-1.schema.json", out.toString());
    JsonNode t = new ObjectMapper().readTree(out.toString());
    assertThat(t.get("inputs").get("demands").asBoolean()).isTrue();
    assertThat(t.get("inputs").get("ledger").asBoolean()).isTrue();
    JsonNode first = t.get("communities").get(0);
    for (String id : new String[] {"demand-completion", "demand-satisfaction", "care-visit-coverage", "points-participation"}) {
      assertThat(first.get("indicators").get(id).get("value").isNumber()).as(id).isTrue();
    }
    double previous = 101;
    for (JsonNode c : t.get("communities")) {
      assertThat(c.get("total").asDouble()).isLessThanOrEqualTo(previous);
      previous = c.get("total").asDouble();
    }
  }

  @Test
  void scorecard_refusesAProfileWithoutOneAndBadInputs() throws Exception {
    assertThat(run("scorecard", QIANXI, "--lang", "en")).isEqualTo(2);
    assertThat(err.toString()).contains("'hebei-qianxi' defines no scorecard").contains("liaoning-tieling");
    Path bad = dir.resolve("d.json");
    Files.writeString(bad, "{\"format\": \"jiceng.demand-events/1\", \"events\": [{\"type\": \"Resolved\", \"eventId\": \"e\","
        + " \"demandId\": \"d\", \"at\": \"2025-01-01T00:00:00Z\"}]}");
    assertThat(run("scorecard", QIANXI, "--profile", "liaoning-tieling", "--demands", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("d.json");
    assertThat(run("scorecard", QIANXI, "--profile", "liaoning-tieling", "--ledger", "data/qianxi-visits.json")).isEqualTo(2);
    assertThat(err.toString()).contains("jiceng.ledger-operations/1");
  }

  @Test
  void help_describesBothCommands() {
    assertThat(run("visits", "--help")).isZero();
    assertThat(out.toString()).contains("--visits=EVENTS").contains("--due-within=DAYS").contains("--names-in-full");
    assertThat(run("scorecard", "--help")).isZero();
    assertThat(out.toString()).contains("--demands=EVENTS").contains("--ledger=OPS").contains("--format=text|json|html");
    assertThat(run("visits", QIANXI, "--visits", VISITS, "--due-within", "-1")).isEqualTo(2);
  }

  @Test
  void scorecard_htmlInEnglish() throws Exception {
    Path html = dir.resolve("s.html");
    assertThat(run("scorecard", "data/kaiyuan.json", "--format", "html", "--lang", "en", "--output", html.toString())).isZero();
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<html lang=\"en\">").contains("County ranking");
  }
}
