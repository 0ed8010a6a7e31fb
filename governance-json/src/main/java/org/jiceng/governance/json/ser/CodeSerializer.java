package org.jiceng.governance.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a division code or a unified social credit code as its canonical string.
 *
 * @param <T> the code type
 */
public final class CodeSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the serializer.
   *
   * @param type the code type, not null
   */
  public CodeSerializer(Class<T> type) {
    super(java.util.Objects.requireNonNull(type, "type"));
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeString(value.toString());
  }
}
