package org.jiceng.governance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.jiceng.governance.json.internal.FormatIo;
import org.jiceng.governance.rules.visit.Coverage;
import org.jiceng.governance.rules.visit.Obligation;
import org.jiceng.governance.rules.visit.VisitPlan;

/**
 * The visit plan format {@code jiceng.visit-plan/1} (schema {@code jiceng.visit-plan-1.schema.json}),
 * written by {@code jiceng visits --format json}: the coverage of the county, each community and each
 * grid, then the overdue and the open obligations. Household names are personal data: written masked
 * ({@code 王**}) unless asked otherwise.
 */
public final class VisitPlanFormat {
  /** The format name. */
  public static final String FORMAT = "jiceng.visit-plan/1";

  private static final JsonFactory FACTORY = new JsonFactory();

  private VisitPlanFormat() {}

  /**
   * Writes a plan.
   *
   * @param plan the plan, not null
   * @param namesInFull whether to write household names unmasked
   * @return the JSON text, ending in a line break
   */
  public static String write(VisitPlan plan, boolean namesInFull) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("since", plan.since().toString());
      g.writeStringField("asOf", plan.asOf().toString());
      g.writeFieldName("total");
      coverage(g, plan.total());
      g.writeArrayFieldStart("byCommunity");
      for (Coverage c : plan.byCommunity()) {
        coverage(g, c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("byGrid");
      for (Coverage c : plan.byGrid()) {
        coverage(g, c);
      }
      g.writeEndArray();
      obligations(g, "overdue", plan.overdue(), namesInFull);
      obligations(g, "open", plan.open(), namesInFull);
      g.writeArrayFieldStart("unknownHouseholds");
      for (String h : plan.unknownHouseholds()) {
        g.writeString(h);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void coverage(JsonGenerator g, Coverage c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.areaId());
    g.writeStringField("name", c.areaName());
    g.writeStringField("community", c.communityName());
    g.writeNumberField("counted", c.counted());
    g.writeNumberField("metOnTime", c.metOnTime());
    g.writeNumberField("overdue", c.overdue());
    g.writeNumberField("open", c.open());
    g.writeFieldName("rate");
    if (c.rate().isPresent()) {
      g.writeNumber(round(c.rate().getAsDouble()));
    } else {
      g.writeNull();
    }
    g.writeEndObject();
  }

  private static void obligations(JsonGenerator g, String field, List<Obligation> list, boolean namesInFull) throws IOException {
    g.writeArrayFieldStart(field);
    for (Obligation o : list) {
      g.writeStartObject();
      g.writeStringField("household", o.household());
      g.writeStringField("name", namesInFull ? o.householdName() : Obligation.maskName(o.householdName()));
      g.writeStringField("tag", o.tag().name());
      g.writeStringField("community", o.community());
      FormatIo.nullable(g, "grid", o.grid());
      g.writeStringField("opened", o.opened().toString());
      g.writeStringField("due", o.due().toString());
      g.writeStringField("status", o.status().name());
      g.writeFieldName("responsible");
      if (o.responsible().isPresent()) {
        g.writeStartObject();
        g.writeStringField("role", o.responsible().get().role().name());
        g.writeStringField("id", o.responsible().get().id());
        g.writeStringField("name", o.responsible().get().name());
        g.writeEndObject();
      } else {
        g.writeNull();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
