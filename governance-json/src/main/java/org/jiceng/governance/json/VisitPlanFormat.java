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
      g.writeStringField("since", plan.getSince().toString());
      g.writeStringField("asOf", plan.getAsOf().toString());
      g.writeFieldName("total");
      coverage(g, plan.getTotal());
      g.writeArrayFieldStart("byCommunity");
      for (Coverage c : plan.getByCommunity()) {
        coverage(g, c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("byGrid");
      for (Coverage c : plan.getByGrid()) {
        coverage(g, c);
      }
      g.writeEndArray();
      obligations(g, "overdue", plan.getOverdue(), namesInFull);
      obligations(g, "open", plan.getOpen(), namesInFull);
      g.writeArrayFieldStart("unknownHouseholds");
      for (String h : plan.getUnknownHouseholds()) {
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
    g.writeStringField("id", c.getAreaId());
    g.writeStringField("name", c.getAreaName());
    g.writeStringField("community", c.getCommunityName());
    g.writeNumberField("counted", c.getCounted());
    g.writeNumberField("metOnTime", c.getMetOnTime());
    g.writeNumberField("overdue", c.getOverdue());
    g.writeNumberField("open", c.getOpen());
    g.writeFieldName("rate");
    if (c.getRate().isPresent()) {
      g.writeNumber(round(c.getRate().getAsDouble()));
    } else {
      g.writeNull();
    }
    g.writeEndObject();
  }

  private static void obligations(JsonGenerator g, String field, List<Obligation> list, boolean namesInFull) throws IOException {
    g.writeArrayFieldStart(field);
    for (Obligation o : list) {
      g.writeStartObject();
      g.writeStringField("household", o.getHousehold());
      g.writeStringField("name", namesInFull ? o.getHouseholdName() : Obligation.maskName(o.getHouseholdName()));
      g.writeStringField("tag", o.getTag().name());
      g.writeStringField("community", o.getCommunity());
      FormatIo.nullable(g, "grid", o.getGrid());
      g.writeStringField("opened", o.getOpened().toString());
      g.writeStringField("due", o.getDue().toString());
      g.writeStringField("status", o.getStatus().name());
      g.writeFieldName("responsible");
      if (o.getResponsible().isPresent()) {
        g.writeStartObject();
        g.writeStringField("role", o.getResponsible().get().getRole().name());
        g.writeStringField("id", o.getResponsible().get().getId());
        g.writeStringField("name", o.getResponsible().get().getName());
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
