package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiceng.governance.json.internal.Cursor;
import org.jiceng.governance.json.internal.Mark;
import org.jiceng.governance.rules.ledger.PointsScenario;
import org.jiceng.governance.rules.ledger.PointsSimulation;

/**
 * The points formats: scenario files {@code jiceng.points-scenario/1} (read, strictly) and the
 * summary {@code jiceng.points-summary/1} (written). Schemas: {@code
 * jiceng.points-scenario-1.schema.json} and {@code jiceng.points-summary-1.schema.json}.
 */
public final class PointsFormats {
  /** The scenario format. */
  public static final String SCENARIO = "jiceng.points-scenario/1";
  /** The summary format. */
  public static final String SUMMARY = "jiceng.points-summary/1";
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(DatasetReader.DEFAULT_CONSTRAINTS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private PointsFormats() {}

  /**
   * Reads a scenario file.
   *
   * @param file the file, not null
   * @return the scenario
   * @throws DatasetFormatException naming the place of the first problem
   */
  public static PointsScenario readScenario(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Path name = file.getFileName();
      return readScenario(in, name == null ? file.toString() : name.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a scenario from a stream, which is not closed.
   *
   * <pre>{@code
   * {"format": "jiceng.points-scenario/1", "policy": "liaoning-jianping-points", "residents": 1600,
   *  "merchants": 21, "offerPrice": 30, "redemptionRate": 0.25, "start": "2025-01-01",
   *  "activityRates": {"parcel-collection": 1.2},
   *  "catalog": [{"item": "soap", "price": 10, "monthlyStock": 300}]}
   * }</pre>
   *
   * @param in the stream, not null
   * @param source the label of the input, not null
   * @return the scenario
   * @throws DatasetFormatException naming the place of the first problem
   */
  public static PointsScenario readScenario(InputStream in, String source) {
    try (JsonParser p = FACTORY.createParser(new InputStreamReader(requireNonNull(in, "in"), StandardCharsets.UTF_8))) {
      Cursor c = new Cursor(p, requireNonNull(source, "source"));
      c.next();
      Mark start = c.mark();
      PointsScenario.Builder b = PointsScenario.builder();
      Set<String> seen = new HashSet<>();
      c.object("a " + SCENARIO + " document",
          List.of("format", "policy", "residents", "merchants", "offerPrice", "redemptionRate", "start", "activityRates", "catalog"), f -> {
            seen.add(f);
            switch (f) {
              case "format":
                if (c.token() != JsonToken.VALUE_STRING || !SCENARIO.equals(c.text())) {
                  throw c.expected("\"" + SCENARIO + "\"");
                }
                return true;
              case "policy": b.policy(c.text()); return true;
              case "residents": b.residents(c.wholeNumber(1)); return true;
              case "merchants": b.merchants(c.wholeNumber(0)); return true;
              case "offerPrice": b.offerPrice(c.wholeNumber(1)); return true;
              case "redemptionRate": b.redemptionRate(c.nonNegativeNumber()); return true;
              case "start": b.start(c.date()); return true;
              case "activityRates":
                c.object("activity rates", List.of("(an activity id)"), activity -> {
                  b.putActivityRates(activity, c.nonNegativeNumber());
                  return true;
                });
                return true;
              case "catalog":
                c.array("catalog items", () -> b.addCatalog(item(c)));
                return true;
              default:
                return false;
            }
          });
      c.require(start, "a " + SCENARIO + " document", seen, "format", "policy", "residents", "merchants", "offerPrice", "redemptionRate");
      if (c.next() != null) {
        throw c.fail("expected the end of the input after the document, found more");
      }
      return c.build(start, b::build);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private static PointsScenario.CatalogItem item(Cursor c) {
    Mark m = c.mark();
    String[] item = new String[1];
    long[] values = new long[2];
    Set<String> seen = new HashSet<>();
    c.object("a catalog item", List.of("item", "price", "monthlyStock"), f -> {
      seen.add(f);
      switch (f) {
        case "item": item[0] = c.text(); return true;
        case "price": values[0] = c.wholeNumber(1); return true;
        case "monthlyStock": values[1] = c.wholeNumber(0); return true;
        default: return false;
      }
    });
    c.require(m, "a catalog item", seen, "item", "price", "monthlyStock");
    return new PointsScenario.CatalogItem(item[0], values[0], values[1]);
  }

  /**
   * Writes a simulation summary: {@code format}, {@code policy}, {@code seed}, {@code months},
   * {@code issued}, {@code redeemed}, {@code expired}, {@code donated}, {@code outstanding},
   * {@code accounts}, {@code activeAccounts}, {@code postings}, {@code refused}, {@code
   * topEarnersShare}, {@code conservationHolds} (computed from the ledger's balances).
   *
   * @param s the summary, not null
   * @return the JSON text, ending in a line break
   */
  public static String writeSummary(PointsSimulation.Summary s) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", SUMMARY);
      g.writeStringField("policy", s.policy());
      g.writeNumberField("seed", s.seed());
      g.writeNumberField("months", s.months());
      g.writeNumberField("issued", s.totals().issued());
      g.writeNumberField("redeemed", s.totals().redeemed());
      g.writeNumberField("expired", s.totals().expired());
      g.writeNumberField("donated", s.totals().donated());
      g.writeNumberField("outstanding", s.totals().outstanding());
      g.writeNumberField("accounts", s.totals().accounts());
      g.writeNumberField("activeAccounts", s.activeAccounts());
      g.writeNumberField("postings", s.totals().postings());
      g.writeNumberField("refused", s.refused());
      g.writeNumberField("topEarnersShare", s.topEarnersShare());
      g.writeBooleanField("conservationHolds", s.totals().conservationHolds());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
