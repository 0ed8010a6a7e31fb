package org.jiceng.governance.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the field tables that drive reading and writing are the same field lists the
 * published dataset schema gives each part, required fields included, so the reader, the writer
 * and the schema cannot drift apart.
 */
class PartTableSchemaTest {
  private static JsonNode defs() throws Exception {
    try (InputStream in = PartTableSchemaTest.class.getResourceAsStream("/org/jiceng/governance/json/schema/jiceng.dataset-1.schema.json")) {
      return new ObjectMapper().readTree(in).get("$defs");
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null) {
      node.fieldNames().forEachRemaining(out::add);
      node.elements().forEachRemaining(e -> {
        if (e.isTextual()) {
          out.add(e.asText());
        }
      });
    }
    return out;
  }

  @Test
  void everyNestedPart_hasTheSchemasFieldsAndRequiredFields() throws Exception {
    JsonNode defs = defs();
    int checked = 0;
    for (PartTable<?, ?> t : PartCodec.tables()) {
      if (t.getSchemaName().isEmpty()) {
        continue;
      }
      JsonNode def = defs.get(t.getSchemaName().get());
      assertThat(def).as(t.getSchemaName().get()).isNotNull();
      assertThat(names(def.get("properties"))).as("fields of %s", t.getSchemaName().get())
          .containsExactlyInAnyOrderElementsOf(t.getFieldNames());
      assertThat(names(def.get("required"))).as("required fields of %s", t.getSchemaName().get())
          .containsExactlyInAnyOrderElementsOf(t.getRequiredNames());
      assertThat(def.get("additionalProperties").asBoolean(true)).as("%s is closed", t.getSchemaName().get()).isFalse();
      checked++;
    }
    assertThat(checked).isEqualTo(9);
  }

  @Test
  void partyOrganizationFields_addTheAreaContextField() throws Exception {
    JsonNode def = defs().get("partyOrganizationFields");
    List<String> expected = new ArrayList<>(PartCodec.PARTY_ORGANIZATION.getFieldNames());
    expected.add(PartCodec.PARTY_ORGANIZATION.getContextName().orElseThrow());
    assertThat(names(def.get("properties"))).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void tables_nameEachFieldOnce() {
    for (PartTable<?, ?> t : PartCodec.tables()) {
      assertThat(t.getFieldNames()).doesNotHaveDuplicates();
      t.getContextName().ifPresent(context -> assertThat(t.getFieldNames()).doesNotContain(context));
      assertThat(t.getFieldNames()).containsAll(t.getRequiredNames()).contains("id");
    }
  }
}
