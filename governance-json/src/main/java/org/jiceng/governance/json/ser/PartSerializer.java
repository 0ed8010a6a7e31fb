package org.jiceng.governance.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes one part of the model in the field layout of the dataset format, with its {@code area}
 * written out since it stands alone.
 *
 * @param <T> the part type
 */
public final class PartSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** How one part is written. */
  @FunctionalInterface
  public interface Writer<T> {
    /**
     * Writes the part.
     *
     * @param g the generator
     * @param value the part
     * @throws IOException on a write failure
     */
    void write(JsonGenerator g, T value) throws IOException;
  }

  private final transient Writer<T> writer;

  /**
   * Creates the serializer.
   *
   * @param type the part type, not null
   * @param writer how to write it, not null
   */
  public PartSerializer(Class<T> type, Writer<T> writer) {
    super(java.util.Objects.requireNonNull(type, "type"));
    this.writer = java.util.Objects.requireNonNull(writer, "writer");
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    writer.write(g, value);
  }
}
