package org.jiceng.governance.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class JacksonTextTest {
  @Test
  void plain_replacesJacksonsSourceTextWithLineAndColumn() {
    String jackson = "Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED "
        + "(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 2230])";
    assertThat(JacksonText.plain(jackson))
        .isEqualTo("Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 2230)");
  }

  @Test
  void plain_leavesOtherMessagesAlone() {
    assertThat(JacksonText.plain("Unexpected character (',' (code 44))")).isEqualTo("Unexpected character (',' (code 44))");
    assertThat(JacksonText.plain(null)).isNull();
  }

  @Test
  void plain_cleansWhatThisJacksonVersionReallySays() throws Exception {
    String original;
    try (JsonParser p = new JsonFactory().createParser("{\"a\": [1, 2")) {
      while (p.nextToken() != null) {
        // read to the end
      }
      throw new AssertionError("no error");
    } catch (JsonProcessingException e) {
      original = e.getOriginalMessage();
    }
    assertThat(original).contains("Source:");
    assertThat(JacksonText.plain(original)).doesNotContain("Source:").doesNotContain("REDACTED").contains("line 1, column ");
  }
}
