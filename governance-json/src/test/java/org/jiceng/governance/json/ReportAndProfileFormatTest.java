package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jiceng.governance.core.testing.ModelArbitraries;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportAndProfileFormatTest {
  private static JsonSchema schema(String name) throws Exception {
    try (InputStream in = ReportAndProfileFormatTest.class.getResourceAsStream("/org/jiceng/governance/json/schema/" + name)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static StandardsProfile readProfile(String json) {
    return ProfileFormat.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json", BuiltInProfiles::find, Locale.ENGLISH);
  }

  @Test
  void reports_passTheReportSchema() throws Exception {
    JsonSchema s = schema("jiceng.report-1.schema.json");
    for (long seed = 0; seed < 20; seed++) {
      var j = ModelArbitraries.grow(seed, 3);
      for (StandardsProfile p : BuiltInProfiles.all()) {
        String json = ReportFormat.writeToString(ComplianceEngine.of(p).check(j), Locale.SIMPLIFIED_CHINESE);
        assertThat(s.validate(new ObjectMapper().readTree(json))).as(json).isEmpty();
      }
    }
  }

  static java.util.List<StandardsProfile> profiles() {
    return BuiltInProfiles.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void builtInProfiles_roundTripThroughTheProfileFormatAndPassItsSchema(StandardsProfile p) throws Exception {
    String json = ProfileFormat.writeToString(p);
    assertThat(schema("jiceng.profile-1.schema.json").validate(new ObjectMapper().readTree(json))).isEmpty();
    assertThat(readProfile(json)).isEqualTo(p);
  }

  @Test
  void profileFile_overridesItsParent() {
    StandardsProfile mine = readProfile("{\"format\": \"jiceng.profile/1\", \"id\": \"mine\", \"version\": \"1\","
        + " \"title\": {\"zh\": \"我的\", \"en\": \"Mine\"}, \"extends\": \"gansu-jiayuguan\","
        + " \"parameters\": {\"grid.households\": {\"value\": \"200..400\", \"source\": {\"document\": \"county notice\", \"note\": \"art. 3\"}}},"
        + " \"rules\": {\"places.tiers\": {\"enabled\": false}}}");
    assertThat(mine.getParent()).contains("gansu-jiayuguan");
    assertThat(mine.get(Parameters.WORKERS_PER_10K)).contains(23.0);
    assertThat(mine.get(Parameters.GRID_HOUSEHOLDS)).hasToString("Optional[200..400]");
    assertThat(mine.getSource(Parameters.GRID_HOUSEHOLDS)).hasToString("Optional[county notice: art. 3]");
    assertThat(mine.isEnabled("places.tiers")).isFalse();
  }

  @Test
  void profileFile_errorsAreLocated() {
    assertThatThrownBy(() -> readProfile("{\"format\": \"jiceng.profile/1\", \"id\": \"m\", \"version\": \"1\", \"title\": {\"zh\": \"我\", \"en\": \"m\"},\n"
        + " \"parameters\": {\"grid.households\": {\"value\": 300, \"source\": {\"document\": \"x\"}}}}"))
        .isInstanceOf(ProfileFormatException.class)
        .hasMessageStartingWith("mine.json:2:46 /parameters/grid.households/value: expected a range \"min..max\" for grid.households, found 300");
    assertThatThrownBy(() -> readProfile("{\"format\": \"jiceng.profile/1\", \"id\": \"m\", \"version\": \"1\", \"title\": {\"zh\": \"我\", \"en\": \"m\"}, \"extends\": \"nope\"}"))
        .hasMessageContaining("expected the id of a known profile, found \"nope\"");
    assertThatThrownBy(() -> readProfile("{\"format\": \"jiceng.profile/1\", \"id\": \"m\", \"version\": \"1\", \"title\": {\"zh\": \"我\", \"en\": \"m\"}, \"parameters\": {\"grid.size\": {}}}"))
        .hasMessageContaining("unknown field 'grid.size'");
  }
}
