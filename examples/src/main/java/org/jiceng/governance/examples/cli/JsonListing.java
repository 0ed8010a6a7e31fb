package org.jiceng.governance.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jiceng.governance.rules.profile.Source;

/** The JSON listings of the tool ({@code jiceng.profiles/1}, {@code jiceng.activities/1}). */
final class JsonListing {
  /** Writes the elements of the listing's array. */
  @FunctionalInterface
  interface Elements {
    void write(JsonGenerator g) throws IOException;
  }

  private JsonListing() {}

  /**
   * Returns {@code {"format": FORMAT, "ARRAY": [ … ]}}, pretty-printed, with a final line break.
   *
   * @param format the format id
   * @param array the name of the array
   * @param elements writes the array's elements
   * @return the text
   */
  static String of(String format, String array, Elements elements) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", format);
      g.writeArrayFieldStart(array);
      elements.write(g);
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  /** Writes {@code "source": {"document", "note"}}. */
  static void source(JsonGenerator g, Source s) throws IOException {
    g.writeObjectFieldStart("source");
    g.writeStringField("document", s.getDocument());
    g.writeStringField("note", s.getNote());
    g.writeEndObject();
  }
}
