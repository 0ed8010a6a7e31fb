package org.jiceng.governance.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jiceng.governance.core.code.ResidentIdNumber;

/** Writes a resident identity number masked, or in full when the module's feature says so. */
public final class ResidentIdNumberSerializer extends StdSerializer<ResidentIdNumber> {
  private static final long serialVersionUID = 1L;

  /** Writes masked numbers. */
  public static final ResidentIdNumberSerializer MASKED = new ResidentIdNumberSerializer(false);
  /** Writes full numbers. */
  public static final ResidentIdNumberSerializer FULL = new ResidentIdNumberSerializer(true);

  private final boolean full;

  private ResidentIdNumberSerializer(boolean full) {
    super(ResidentIdNumber.class);
    this.full = full;
  }

  @Override
  public void serialize(ResidentIdNumber value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeString(full ? value.toFullString() : value.getMasked());
  }
}
