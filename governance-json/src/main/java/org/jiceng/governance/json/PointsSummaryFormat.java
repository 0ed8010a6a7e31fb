package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.jiceng.governance.json.internal.FormatIo;
import org.jiceng.governance.rules.ledger.PointsSimulation;

/**
 * The points-summary format {@code jiceng.points-summary/1} (schema {@code
 * jiceng.points-summary-1.schema.json}): the figures of a points simulation. Written only.
 */
public final class PointsSummaryFormat {
  /** The format identifier. */
  public static final String FORMAT = "jiceng.points-summary/1";

  private PointsSummaryFormat() {}

  /**
   * Writes a simulation summary: {@code format}, {@code policy}, {@code seed}, {@code months},
   * {@code issued}, {@code redeemed}, {@code expired}, {@code donated}, {@code outstanding},
   * {@code accounts}, {@code activeAccounts}, {@code postings}, {@code refused}, {@code
   * topEarnersShare}, {@code conservationHolds} (computed from the ledger's balances).
   *
   * @param s the summary, not null
   * @param out the output, not null; left open
   */
  public static void write(PointsSimulation.Summary s, OutputStream out) {
    requireNonNull(s, "s");
    FormatIo.write(out, g -> body(g, s));
  }

  /**
   * Writes a summary to a string, as {@link #write(PointsSimulation.Summary, OutputStream)} does.
   *
   * @param s the summary, not null
   * @return the JSON text, ending in a line break
   */
  public static String writeToString(PointsSimulation.Summary s) {
    requireNonNull(s, "s");
    return FormatIo.writeToString(g -> body(g, s));
  }

  private static void body(JsonGenerator g, PointsSimulation.Summary s) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeStringField("policy", s.getPolicy());
    g.writeNumberField("seed", s.getSeed());
    g.writeNumberField("months", s.getMonths());
    g.writeNumberField("issued", s.getTotals().getIssued());
    g.writeNumberField("redeemed", s.getTotals().getRedeemed());
    g.writeNumberField("expired", s.getTotals().getExpired());
    g.writeNumberField("donated", s.getTotals().getDonated());
    g.writeNumberField("outstanding", s.getTotals().getOutstanding());
    g.writeNumberField("accounts", s.getTotals().getAccounts());
    g.writeNumberField("activeAccounts", s.getActiveAccounts());
    g.writeNumberField("postings", s.getTotals().getPostings());
    g.writeNumberField("refused", s.getRefused());
    g.writeNumberField("topEarnersShare", s.getTopEarnersShare());
    g.writeBooleanField("conservationHolds", s.getTotals().conservationHolds());
    g.writeEndObject();
  }
}
