package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.testing.ModelArbitraries;
import org.jiceng.governance.rules.advice.Advice;
import org.jiceng.governance.rules.advice.AdviceKind;
import org.jiceng.governance.rules.advice.PartyOrganizationAdvisor;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.junit.jupiter.api.Test;

/** jiceng.advice/1: what the writer writes is valid for the published schema and carries every item. */
class AdviceFormatTest {
  static final String SCHEMA = "/org/jiceng/governance/json/schema/jiceng.advice-1.schema.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonSchema schema() throws Exception {
    try (InputStream in = AdviceFormatTest.class.getResourceAsStream(SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void write_isValidForTheSchema_andCarriesEveryItem() throws Exception {
    JsonSchema schema = schema();
    int items = 0;
    for (long seed = 0; seed < 20; seed++) {
      Jurisdiction j = ModelArbitraries.grow(seed, 1 + (int) (seed % 5));
      LocalDate asOf = LocalDate.of(2029, 6, 30);
      List<Advice> advice = PartyOrganizationAdvisor.of(BuiltInProfiles.get("cn-national")).advise(j, asOf);
      String json = AdviceFormat.writeToString(advice, "cn-national", j.getRoot().getId(), asOf, 180, Locale.ENGLISH);
      JsonNode node = MAPPER.readTree(json);
      assertThat(schema.validate(node)).as(json).isEmpty();
      assertThat(node.get("format").asText()).isEqualTo("jiceng.advice/1");
      assertThat(node.get("advice")).hasSize(advice.size());
      assertThat(node.get("summary").get("total").asInt()).isEqualTo(advice.size());
      for (int i = 0; i < advice.size(); i++) {
        JsonNode item = node.get("advice").get(i);
        assertThat(item.get("kind").asText()).isEqualTo(advice.get(i).getKind().name());
        assertThat(item.get("subject").asText()).isEqualTo(advice.get(i).getSubject());
        assertThat(item.get("message").asText()).isEqualTo(advice.get(i).getMessage(Locale.ENGLISH));
      }
      items += advice.size();
    }
    assertThat(items).isPositive();
  }

  @Test
  void schema_rejectsAnUnknownKind() throws Exception {
    String doc = "{\"format\":\"jiceng.advice/1\",\"profile\":\"p\",\"subject\":\"k\",\"asOf\":\"2025-01-01\",\"horizonDays\":180,"
        + "\"summary\":{\"total\":0,\"byKind\":{\"DISSOLVE\":1}},\"advice\":[]}";
    assertThat(schema().validate(MAPPER.readTree(doc))).isNotEmpty();
    assertThat(AdviceKind.valueOf("FORM")).isNotNull();
  }
}
