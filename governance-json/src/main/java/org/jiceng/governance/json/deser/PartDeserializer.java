package org.jiceng.governance.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.function.Function;
import org.jiceng.governance.json.DatasetFormatException;
import org.jiceng.governance.json.internal.Cursor;

/**
 * Reads one part of the model with the dataset format's strict rules; a problem becomes a
 * {@link JsonMappingException} carrying the JSON path, with the {@link DatasetFormatException} as
 * its cause.
 *
 * @param <T> the part type
 */
public final class PartDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Function<Cursor, T> reader;
  private final java.util.Locale locale;

  /**
   * Creates the deserializer.
   *
   * @param type the part type, not null
   * @param reader reads the part from a cursor on its START_OBJECT, not null
   * @param locale the language of problems, not null
   */
  public PartDeserializer(Class<T> type, Function<Cursor, T> reader, java.util.Locale locale) {
    super(java.util.Objects.requireNonNull(type, "type"));
    this.reader = java.util.Objects.requireNonNull(reader, "reader");
    this.locale = java.util.Objects.requireNonNull(locale, "locale");
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    try {
      return reader.apply(new Cursor(p, "<json>", locale));
    } catch (DatasetFormatException e) {
      throw JsonMappingException.from(p, e.getProblems().get(0).getMessage(), e);
    } catch (IllegalStateException e) {
      // A key given twice reaches a strict builder when the mapper's parser does not detect
      // duplicates (found by fuzzing): refused as Jackson refuses any bad input.
      throw JsonMappingException.from(p, org.jiceng.governance.json.internal.Msg.of("json.key-twice", String.valueOf(e.getMessage()))
          .render(locale), e);
    }
  }
}
