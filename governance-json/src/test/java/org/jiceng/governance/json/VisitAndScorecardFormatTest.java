package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.Locale;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.scorecard.Scorecard;
import org.jiceng.governance.rules.scorecard.ScorecardFigures;
import org.jiceng.governance.rules.scorecard.ScorecardPolicy;
import org.jiceng.governance.rules.visit.VisitEvent;
import org.jiceng.governance.rules.visit.VisitLog;
import org.jiceng.governance.rules.visit.VisitPlan;
import org.jiceng.governance.rules.visit.VisitPlanner;
import org.jiceng.governance.rules.visit.VisitPolicy;
import org.junit.jupiter.api.Test;

class VisitAndScorecardFormatTest {
  private static final LocalDate D = LocalDate.of(2025, 3, 1);
  private static final List<VisitEvent> EVENTS = List.of(
      new VisitEvent.Tagged("t1", D, "h1", CareTag.DISPUTE_PARTY),
      new VisitEvent.Visited("v1", D.plusDays(1), "h1", Optional.of("gw1")),
      new VisitEvent.Visited("v2", D.plusDays(2), "h2", Optional.empty()),
      new VisitEvent.Untagged("u1", D.plusDays(9), "h1", CareTag.DISPUTE_PARTY));

  private static JsonSchema schema(String name) throws Exception {
    try (InputStream in = VisitAndScorecardFormatTest.class.getResourceAsStream("/org/jiceng/governance/json/schema/" + name)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static JsonNode tree(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }

  static Jurisdiction jurisdiction() {
    return Jurisdiction.builder()
        .addAreas(Area.builder().id("county").level(AreaLevel.COUNTY).name("县").build())
        .addAreas(Area.builder().id("s1").level(AreaLevel.STREET).name("街道").parentId("county").build())
        .addAreas(Area.builder().id("c1").level(AreaLevel.COMMUNITY).name("城北社区").parentId("s1").build())
        .addAreas(Area.builder().id("g1").level(AreaLevel.GRID).name("第一网格").parentId("c1").households(300).build())
        .addAreas(Area.builder().id("h1").level(AreaLevel.HOUSEHOLD).name("王秀英").parentId("g1").build())
        .addAreas(Area.builder().id("h2").level(AreaLevel.HOUSEHOLD).name("李建国").parentId("g1").addCareTags(CareTag.ELDERLY_ALONE).build())
        .addGridWorkers(GridWorker.builder().id("gw1").name("网格员").areaId("g1").role(GridWorkerRole.FULL_TIME).build())
        .build();
  }

  @Test
  void visits_readWriteRoundTripsAndPassesTheSchema() throws Exception {
    String json = VisitsFormat.writeToString(EVENTS);

    assertThat(VisitsFormat.read(Texts.in(json), "v.json", Locale.ENGLISH).events()).containsExactlyElementsOf(EVENTS);
    assertThat(schema("jiceng.visits-1.schema.json").validate(tree(json))).isEmpty();
  }

  @Test
  void visits_repeatedEventIsIgnored() {
    String json = "{\"format\": \"jiceng.visits/1\", \"events\": [\n"
        + "{\"type\": \"Visited\", \"id\": \"v1\", \"on\": \"2025-03-01\", \"household\": \"h1\"},\n"
        + "{\"type\": \"Visited\", \"id\": \"v1\", \"on\": \"2025-03-01\", \"household\": \"h1\"}]}";

    assertThat(VisitsFormat.read(Texts.in(json), "v.json", Locale.ENGLISH).size()).isEqualTo(1);
  }

  @Test
  void visits_reusedIdWithOtherContentIsRefusedWhereItStands() {
    String json = "{\"format\": \"jiceng.visits/1\", \"events\": [\n"
        + "{\"type\": \"Visited\", \"id\": \"v1\", \"on\": \"2025-03-01\", \"household\": \"h1\"},\n"
        + "  {\"type\": \"Visited\", \"id\": \"v1\", \"on\": \"2025-03-02\", \"household\": \"h1\"}]}";

    assertThatThrownBy(() -> VisitsFormat.read(Texts.in(json), "v.json", Locale.ENGLISH)).isInstanceOf(VisitsFormatException.class)
        .hasMessageContaining("v.json:3:3").hasMessageContaining("/events/1").hasMessageContaining("'v1'");
  }

  @Test
  void visits_badInputNamesThePlaceAndWhatWasExpected() {
    String badTag = "{\"format\": \"jiceng.visits/1\", \"events\": [{\"type\": \"Tagged\", \"id\": \"t\", \"on\": \"2025-03-01\","
        + " \"household\": \"h\", \"tag\": \"LONELY\"}]}";
    String noTag = "{\"format\": \"jiceng.visits/1\", \"events\": [{\"type\": \"Tagged\", \"id\": \"t\", \"on\": \"2025-03-01\", \"household\": \"h\"}]}";
    String badDate = "{\"format\": \"jiceng.visits/1\", \"events\": [{\"type\": \"Visited\", \"id\": \"t\", \"on\": \"3/1\", \"household\": \"h\"}]}";
    String unknownField = "{\"format\": \"jiceng.visits/1\", \"events\": [{\"type\": \"Visited\", \"id\": \"t\", \"on\": \"2025-03-01\","
        + " \"household\": \"h\", \"name\": \"王秀英\"}]}";

    assertThatThrownBy(() -> VisitsFormat.read(Texts.in(badTag), "v.json", Locale.ENGLISH)).hasMessageContaining("/events/0/tag").hasMessageContaining("ELDERLY_ALONE");
    assertThatThrownBy(() -> VisitsFormat.read(Texts.in(noTag), "v.json", Locale.ENGLISH)).hasMessageContaining("'tag'");
    assertThatThrownBy(() -> VisitsFormat.read(Texts.in(badDate), "v.json", Locale.ENGLISH)).hasMessageContaining("yyyy-MM-dd");
    assertThatThrownBy(() -> VisitsFormat.read(Texts.in(unknownField), "v.json", Locale.ENGLISH)).hasMessageContaining("name");
    assertThatThrownBy(() -> VisitsFormat.read(Texts.in("{\"format\": \"jiceng.visits/2\", \"events\": []}"), "v.json", Locale.ENGLISH))
        .hasMessageContaining("jiceng.visits/1");
  }

  @Test
  void visitPlan_masksNamesByDefaultAndPassesTheSchema() throws Exception {
    VisitPlan plan = VisitPlanner.plan(jurisdiction(), VisitLog.replay(EVENTS), VisitPolicy.from(BuiltInProfiles.get("cn-national")),
        D, D.plusDays(40));
    String masked = VisitPlanFormat.write(plan, false);
    String full = VisitPlanFormat.write(plan, true);

    assertThat(masked).contains("李**").doesNotContain("李建国");
    assertThat(full).contains("李建国");
    assertThat(schema("jiceng.visit-plan-1.schema.json").validate(tree(masked))).isEmpty();
    JsonNode t = tree(masked);
    assertThat(t.get("total").get("counted").asLong()).isEqualTo(plan.total().counted());
    assertThat(t.get("overdue")).hasSize(plan.overdue().size());
  }

  @Test
  void scorecard_passesTheSchemaAndCarriesEveryCommunity() throws Exception {
    Jurisdiction j = jurisdiction();
    VisitPlan plan = VisitPlanner.plan(j, VisitLog.replay(EVENTS), VisitPolicy.from(BuiltInProfiles.get("cn-national")), D, D.plusDays(40));
    Scorecard card = Scorecard.of(ScorecardPolicy.from(BuiltInProfiles.get("liaoning-kazuo")),
        ScorecardFigures.measure(ScorecardFigures.Inputs.of(j).withVisits(plan)));
    Map<String, Boolean> inputs = new LinkedHashMap<>();
    inputs.put("demands", false);
    inputs.put("visits", true);
    String json = ScorecardFormat.write(card, "county", "县", inputs);

    assertThat(schema("jiceng.scorecard-1.schema.json").validate(tree(json))).isEmpty();
    JsonNode c = tree(json).get("communities").get(0);
    assertThat(c.get("id").asText()).isEqualTo("c1");
    assertThat(c.get("total").asDouble()).isEqualTo(Math.round(card.communities().get(0).total().getAsDouble() * 10_000) / 10_000.0);
    assertThat(c.get("indicators").get("demand-completion").get("value").isNull()).isTrue();
    assertThat(tree(json).get("indicators").get(0).get("source").get("document").asText()).contains("jiceng choice");
  }
}
