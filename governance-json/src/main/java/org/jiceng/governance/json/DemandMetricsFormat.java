package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.jiceng.governance.json.internal.FormatIo;
import org.jiceng.governance.rules.demand.DemandMetrics;
import org.jiceng.governance.rules.demand.DemandSimulation;

/**
 * The demand-metrics format {@code jiceng.demand-metrics/1} (schema {@code
 * jiceng.demand-metrics-1.schema.json}): the figures of a demand simulation. Written only.
 */
public final class DemandMetricsFormat {
  /** The format identifier. */
  public static final String FORMAT = "jiceng.demand-metrics/1";

  private DemandMetricsFormat() {}

  /**
   * Writes the metrics of a simulation: {@code format}, {@code policy}, {@code seed}, {@code
   * quarters}, {@code demands}, {@code claimRate}, {@code completionRate}, {@code onTimeRate},
   * {@code responseRate}, {@code satisfactionRate}, {@code responseP50Hours}, {@code
   * responseP90Hours}, {@code score}, {@code settledAtCommunity}, {@code escalatedToStreet}, and
   * the same figures {@code byCategory} and {@code byLevel}.
   *
   * @param outcome the outcome, not null
   * @param policy the policy id, not null
   * @param seed the seed
   * @param quarters the quarters simulated
   * @param out the output, not null; left open
   */
  public static void write(DemandSimulation.Outcome outcome, String policy, long seed, int quarters, OutputStream out) {
    requireNonNull(outcome, "outcome");
    requireNonNull(policy, "policy");
    FormatIo.write(out, g -> body(g, outcome, policy, seed, quarters));
  }

  /**
   * Writes the metrics to a string, as {@link #write(DemandSimulation.Outcome, String, long, int, OutputStream)} does.
   *
   * @param outcome the outcome, not null
   * @param policy the policy id, not null
   * @param seed the seed
   * @param quarters the quarters simulated
   * @return the JSON text
   */
  public static String writeToString(DemandSimulation.Outcome outcome, String policy, long seed, int quarters) {
    requireNonNull(outcome, "outcome");
    requireNonNull(policy, "policy");
    return FormatIo.writeToString(g -> body(g, outcome, policy, seed, quarters));
  }

  private static void body(JsonGenerator g, DemandSimulation.Outcome out, String policy, long seed, int quarters) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeStringField("policy", policy);
    g.writeNumberField("seed", seed);
    g.writeNumberField("quarters", quarters);
    figures(g, out.getMetrics());
    g.writeNumberField("settledAtCommunity", out.getSettledAtCommunity());
    g.writeNumberField("escalatedToStreet", out.getEscalatedToStreet());
    g.writeArrayFieldStart("serviceLevels");
    for (DemandMetrics.ServiceLevel l : out.getServiceLevels()) {
      g.writeStartObject();
      g.writeNumberField("withinHours", l.getWithin().toHours());
      g.writeNumberField("target", l.getTarget());
      g.writeNumberField("achieved", l.getAchieved());
      g.writeBooleanField("met", l.isMet());
      g.writeEndObject();
    }
    g.writeEndArray();
    for (Map.Entry<String, Map<String, DemandMetrics>> group : Map.of("byCategory", out.getByCategory(), "byLevel", out.getByLevel()).entrySet()
        .stream().sorted(Map.Entry.comparingByKey()).toList()) {
      g.writeObjectFieldStart(group.getKey());
      for (Map.Entry<String, DemandMetrics> e : group.getValue().entrySet()) {
        g.writeObjectFieldStart(e.getKey());
        figures(g, e.getValue());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }


  private static void figures(JsonGenerator g, DemandMetrics m) throws IOException {
    g.writeNumberField("demands", m.getDemands());
    g.writeNumberField("claimRate", m.getClaimRate());
    g.writeNumberField("completionRate", m.getCompletionRate());
    g.writeNumberField("onTimeRate", m.getOnTimeRate());
    g.writeNumberField("responseRate", m.getResponseRate());
    g.writeNumberField("satisfactionRate", m.getSatisfactionRate());
    g.writeNumberField("responseP50Hours", m.getResponseP50Hours());
    g.writeNumberField("responseP90Hours", m.getResponseP90Hours());
    g.writeNumberField("score", m.getScore());
  }

}
