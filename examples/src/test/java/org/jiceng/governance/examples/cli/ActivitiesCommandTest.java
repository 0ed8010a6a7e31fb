package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.governance.rules.ledger.LedgerPolicies;
import org.jiceng.governance.rules.ledger.LedgerPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13: the activity ids a policy accepts, listed by a command. */
class ActivitiesCommandTest {
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void clear() {
    out = new StringWriter();
    err = new StringWriter();
  }

  private int run(String... args) {
    return Jiceng.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void activities_listsEveryActivityOfEveryPolicyAsTheApiDoes() {
    assertThat(run("activities")).isZero();
    List<String> expected = new ArrayList<>();
    for (LedgerPolicy p : LedgerPolicies.all()) {
      p.getActivityIds().forEach(a -> expected.add(p.getId() + "\t" + a));
    }
    assertThat(out.toString().lines().map(l -> l.split("\t", -1)).map(c -> c[0] + "\t" + c[1]).toList()).isEqualTo(expected);
    assertThat(out.toString().lines()).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(9));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void activities_ofOnePolicy_showAmountUnitBasisAndSource() {
    assertThat(run("activities", "beijing-time-bank")).isZero();
    LedgerPolicy beijing = LedgerPolicies.get("beijing-time-bank");
    assertThat(out.toString().lines()).hasSize(beijing.getActivityIds().size())
        .allSatisfy(l -> assertThat(l).startsWith("beijing-time-bank\t"));
    String first = beijing.getActivityIds().iterator().next();
    var rule = beijing.getActivities().get(first);
    assertThat(out.toString().lines().findFirst().orElseThrow()).isEqualTo(String.join("\t", "beijing-time-bank", first,
        String.valueOf(rule.getAmount()), "MINUTES", rule.isPerHour() ? "per-hour" : "per-activity", rule.getMultiplierPercent() + "%",
        expectedCaps(rule),
        rule.isConfirmationRequired() ? "confirmed" : "unconfirmed", rule.getSource().toString()));
  }

  private static String expectedCaps(org.jiceng.governance.rules.ledger.ActivityRule rule) {
    List<String> caps = new ArrayList<>();
    rule.getCapPerDay().ifPresent(n -> caps.add("day=" + n));
    rule.getCapPerMonth().ifPresent(n -> caps.add("month=" + n));
    rule.getCapPerYear().ifPresent(n -> caps.add("year=" + n));
    return caps.isEmpty() ? "-" : String.join(" ", caps);
  }

  @Test
  void activities_showCapsByPeriod() {
    assertThat(run("activities", "liaoning-jianping-points", "nanjing-time-bank")).isZero();
    List<String> caps = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      String[] c = line.split("\t", -1);
      caps.add(c[6]);
      assertThat(c[6]).as(line).isEqualTo(expectedCaps(LedgerPolicies.get(c[0]).getActivities().get(c[1])));
    }
    assertThat(caps).as("some activity is capped").anyMatch(c -> !c.equals("-"));
  }

  @Test
  void activities_json_listsPoliciesInOrderWithTheirActivities() throws Exception {
    assertThat(run("activities", "--format", "json", "nanjing-time-bank", "beijing-time-bank", "nanjing-time-bank")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("format").asText()).isEqualTo("jiceng.activities/1");
    assertThat(json.get("policies")).hasSize(2);
    assertThat(json.get("policies").get(0).get("id").asText()).isEqualTo("nanjing-time-bank");
    JsonNode beijing = json.get("policies").get(1);
    List<String> ids = new ArrayList<>();
    beijing.get("activities").forEach(a -> ids.add(a.get("id").asText()));
    assertThat(ids).containsExactlyElementsOf(LedgerPolicies.get("beijing-time-bank").getActivityIds());
    JsonNode a = beijing.get("activities").get(0);
    assertThat(a.get("unit").asText()).isEqualTo("MINUTES");
    assertThat(a.has("capPerDay")).isTrue();
    assertThat(a.get("source").get("document").asText()).isNotBlank();
  }

  @Test
  void activities_unknownPolicy_isAUsageErrorNamingTheKnownOnes() {
    assertThat(run("activities", "nowhere", "--lang", "en")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("unknown points or time bank policy 'nowhere'; known: liaoning-jianping-points, beijing-time-bank");
    clear();
    assertThat(run("activities", "nowhere", "--lang", "zh")).isEqualTo(2);
    assertThat(err.toString()).contains("未知的积分或时间银行政策 'nowhere'");
  }
}
