package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.jiceng.governance.core.testing.ModelArbitraries;
import org.junit.jupiter.api.Test;

/** The published JSON Schema accepts what the writer writes and rejects what the reader rejects. */
class DatasetSchemaTest {
  static final String SCHEMA = "/org/jiceng/governance/json/schema/jiceng.dataset-1.schema.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonSchema schema() throws Exception {
    try (InputStream in = DatasetSchemaTest.class.getResourceAsStream(SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static Set<ValidationMessage> validate(String json) throws Exception {
    JsonNode node = MAPPER.readTree(json);
    return schema().validate(node);
  }

  @Test
  void schema_acceptsTheReaderTestDocument() throws Exception {
    assertThat(validate(DatasetReaderTest.DOC)).isEmpty();
  }

  @Test
  void schema_acceptsWrittenDatasetsMaskedAndFull() throws Exception {
    for (long seed = 0; seed < 30; seed++) {
      var j = ModelArbitraries.grow(seed, 1 + (int) (seed % 5));
      assertThat(validate(DatasetWriter.standard().withProfile("cn-national").writeToString(j))).isEmpty();
      assertThat(validate(DatasetWriter.standard().withPersonalDataInFull(true).writeToString(j))).isEmpty();
    }
  }

  /** The complete example of docs/dataset-format.md is valid for the schema and the reader. */
  @Test
  void docsExample_isValid() throws Exception {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "dataset-format.md"));
    String example = doc.substring(doc.indexOf("```json\n") + 8, doc.lastIndexOf("```"));
    assertThat(validate(example)).isEmpty();
    var j = DatasetReader.strict()
        .read(new java.io.ByteArrayInputStream(example.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "example.json")
        .getJurisdiction().orElseThrow();
    assertThat(j.getArea("h1").orElseThrow().getCareTags()).hasSize(1);
  }

  @Test
  void schema_rejectsWhatTheReaderRejects() throws Exception {
    assertThat(validate(DatasetReaderTest.DOC.replace("\"households\": 300", "\"households\": -3"))).isNotEmpty();
    assertThat(validate(DatasetReaderTest.DOC.replace("\"households\": 300", "\"households\": \"三百\""))).isNotEmpty();
    assertThat(validate(DatasetReaderTest.DOC.replace("\"role\": \"FULL_TIME\"", "\"role\": \"FULL_TIME\", \"age\": 3"))).isNotEmpty();
    assertThat(validate(DatasetReaderTest.DOC.replace("jiceng.dataset/1", "jiceng.dataset/2"))).isNotEmpty();
    assertThat(validate(DatasetReaderTest.DOC.replace("\"name\": \"第二网格\", ", ""))).isNotEmpty();
    assertThat(validate(DatasetReaderTest.DOC.replace("211324001001", "21132400100A"))).isNotEmpty();
  }
}
