package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.Locale;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiceng.governance.rules.demand.DemandBoard;
import org.jiceng.governance.rules.demand.DemandSimulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemandFormatTest {
  private static JsonSchema schema(String name) throws Exception {
    try (InputStream in = DemandFormatTest.class.getResourceAsStream("/org/jiceng/governance/json/schema/" + name)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private final DemandSimulation.Outcome run = DemandSimulation.run(DemandSimulation.jiayuguan(), 3, 2);

  @Test
  void events_roundTripAndReplayToTheSameBoard() throws Exception {
    String json = DemandEventsFormat.writeToString(run.events());
    assertThat(schema("jiceng.demand-events-1.schema.json").validate(new ObjectMapper().readTree(json))).isEmpty();
    var back = DemandEventsFormat.read(Texts.in(json), "events.json", Locale.ENGLISH);
    assertThat(back).isEqualTo(run.events());
    assertThat(DemandBoard.replay(back)).isEqualTo(run.board());
  }

  @Test
  void board_roundTrips() throws Exception {
    String json = DemandBoardFormat.writeToString(run.board());
    assertThat(schema("jiceng.demand-board-1.schema.json").validate(new ObjectMapper().readTree(json))).isEmpty();
    assertThat(DemandBoardFormat.read(Texts.in(json), "board.json", Locale.ENGLISH)).isEqualTo(run.board());
  }

  @Test
  void metrics_passTheirSchema() throws Exception {
    String json = DemandMetricsFormat.writeToString(run, "gansu-jiayuguan-demands", 3, 2);
    assertThat(schema("jiceng.demand-metrics-1.schema.json").validate(new ObjectMapper().readTree(json))).isEmpty();
  }

  @Test
  void events_errorsAreLocated() {
    assertThatThrownBy(() -> DemandEventsFormat.read(Texts.in("{\"format\": \"jiceng.demand-events/1\", \"events\": [\n"
        + "{\"type\": \"Claimed\", \"eventId\": \"e1\", \"demandId\": \"d1\", \"at\": \"yesterday\", \"unit\": \"u\"}]}"), "ev.json", Locale.ENGLISH))
        .isInstanceOf(DemandEventsFormatException.class)
        .hasMessageStartingWith("ev.json:2:62 /events/0/at: expected an instant like 2024-03-01T02:00:00Z, found \"yesterday\"");
    assertThatThrownBy(() -> DemandEventsFormat.read(Texts.in("{\"format\": \"jiceng.demand-events/1\", \"events\": ["
        + "{\"type\": \"Claimed\", \"eventId\": \"e1\", \"demandId\": \"d1\", \"at\": \"2024-01-01T00:00:00Z\"}]}"), "ev.json", Locale.ENGLISH))
        .hasMessageContaining("expected the required field 'unit' in a Claimed event");
  }

  @Test
  void scenario_isReadStrictly(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("s.json");
    Files.writeString(f, "{\"format\": \"jiceng.demand-scenario/1\", \"policy\": \"gansu-jiayuguan-demands\", \"communities\": 2,"
        + " \"meetingMonths\": 3, \"arrivalsPerQuarter\": {\"elderly-care\": 2.5},"
        + " \"resources\": [{\"unit\": \"u1\", \"category\": \"elderly-care\", \"capacityPerQuarter\": 2}]}");
    var s = DemandScenarioFormat.read(f, Locale.ENGLISH);
    assertThat(s.communities()).hasSize(2);
    assertThat(s.policy().communityMeetingMonths()).isEqualTo(3);
    Files.writeString(f, "{\"format\": \"jiceng.demand-scenario/1\", \"policy\": \"nope\"}");
    assertThatThrownBy(() -> DemandScenarioFormat.read(f, Locale.ENGLISH)).hasMessageContaining("expected a known demand policy");
  }
}
