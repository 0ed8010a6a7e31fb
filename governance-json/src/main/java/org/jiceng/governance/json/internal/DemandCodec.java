package org.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jiceng.governance.rules.demand.Demand;
import org.jiceng.governance.rules.demand.DemandSize;
import org.jiceng.governance.rules.demand.DemandSource;

/** The demand object shared by the demand-events and demand-board formats. Not API. */
public final class DemandCodec {
  private static final Msg DEMAND = Msg.of("what.demand");

  private DemandCodec() {}

  /**
   * Writes a demand as the field {@code demand}.
   *
   * @param g the generator
   * @param d the demand
   * @throws IOException if writing fails
   */
  public static void write(JsonGenerator g, Demand d) throws IOException {
    g.writeObjectFieldStart("demand");
    g.writeStringField("id", d.id());
    g.writeStringField("community", d.community());
    g.writeStringField("grid", d.grid());
    g.writeStringField("category", d.category());
    g.writeStringField("source", d.source().name());
    g.writeStringField("size", d.size().name());
    g.writeStringField("submittedAt", d.submittedAt().toString());
    g.writeEndObject();
  }

  /**
   * Reads a demand object.
   *
   * @param c the cursor, on the object
   * @return the demand
   */
  public static Demand read(Cursor c) {
    Mark m = c.mark();
    Map<String, Object> f = new TreeMap<>();
    c.object(DEMAND, List.of("id", "community", "grid", "category", "source", "size", "submittedAt"), name -> {
      switch (name) {
        case "source": f.put(name, c.enumValue(DemandSource.class)); return true;
        case "size": f.put(name, c.enumValue(DemandSize.class)); return true;
        case "submittedAt": f.put(name, FormatIo.instant(c)); return true;
        case "id": case "community": case "grid": case "category": f.put(name, c.text()); return true;
        default: return false;
      }
    });
    c.require(m, DEMAND, f.keySet(), "id", "community", "grid", "category", "source", "size", "submittedAt");
    return new Demand((String) f.get("id"), (String) f.get("community"), (String) f.get("grid"), (String) f.get("category"),
        (DemandSource) f.get("source"), (DemandSize) f.get("size"), (Instant) f.get("submittedAt"));
  }

}
