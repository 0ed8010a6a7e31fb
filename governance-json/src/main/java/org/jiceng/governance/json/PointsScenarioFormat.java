package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiceng.governance.json.internal.Cursor;
import org.jiceng.governance.json.internal.Msg;
import org.jiceng.governance.json.internal.FormatIo;
import org.jiceng.governance.json.internal.Mark;
import org.jiceng.governance.rules.ledger.PointsScenario;

/**
 * The points-scenario format {@code jiceng.points-scenario/1} (schema {@code
 * jiceng.points-scenario-1.schema.json}), read strictly by the points simulation.
 */
public final class PointsScenarioFormat {
  /** The format identifier. */
  public static final String FORMAT = "jiceng.points-scenario/1";

  private static final Msg DOCUMENT = Msg.of("what.document", FORMAT);
  private static final Msg ITEM = Msg.of("what.catalog-item");

  private PointsScenarioFormat() {}

  /**
   * Reads a scenario file.
   *
   * @param file the file, not null
   * @return the scenario
   * @throws PointsScenarioFormatException naming the place of the first problem, in jiceng's language setting ({@link Languages#fromEnvironment()})
   */
  public static PointsScenario read(Path file) {
    return read(file, Languages.fromEnvironment());
  }

  /**
   * Reads a scenario file.
   *
   * @param file the file, not null
   * @param locale the language of problems, not null
   * @return the scenario
   * @throws PointsScenarioFormatException naming the place of the first problem
   * @since 0.2
   */
  public static PointsScenario read(Path file, Locale locale) {
    requireNonNull(locale, "locale");
    return FormatIo.readFile(file, (in, source) -> read(in, source, locale));
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
   * @throws PointsScenarioFormatException naming the place of the first problem, in jiceng's language setting ({@link Languages#fromEnvironment()})
   */
  public static PointsScenario read(InputStream in, String source) {
    return read(in, source, Languages.fromEnvironment());
  }

  /**
   * Reads a scenario from a stream, which is not closed, as {@link #read(InputStream, String)},
   * problems in a language.
   *
   * @param in the stream, not null
   * @param source the label of the input, not null
   * @param locale the language of problems, not null
   * @return the scenario
   * @throws PointsScenarioFormatException naming the place of the first problem
   * @since 0.2
   */
  public static PointsScenario read(InputStream in, String source, Locale locale) {
    return FormatIo.read(in, source, PointsScenarioFormatException::new, locale, c -> {
      Mark start = c.mark();
      PointsScenario.Builder b = PointsScenario.builder();
      Set<String> seen = new HashSet<>();
      c.object(DOCUMENT,
          List.of("format", "policy", "residents", "merchants", "offerPrice", "redemptionRate", "start", "activityRates", "catalog"), f -> {
        seen.add(f);
        switch (f) {
          case "format":
            FormatIo.format(c, FORMAT);
            return true;
          case "policy": b.policy(c.text()); return true;
          case "residents": b.residents(c.wholeNumber(1)); return true;
          case "merchants": b.merchants(c.wholeNumber(0)); return true;
          case "offerPrice": b.offerPrice(c.wholeNumber(1)); return true;
          case "redemptionRate": b.redemptionRate(c.nonNegativeNumber()); return true;
          case "start": b.start(c.date()); return true;
          case "activityRates":
            c.object(Msg.of("what.activity-rates"), List.of("(an activity id)"), activity -> {
              b.putActivityRates(activity, c.nonNegativeNumber());
              return true;
            });
            return true;
          case "catalog":
            c.array(Msg.of("what.catalog-items"), () -> b.addCatalog(item(c)));
            return true;
          default:
            return false;
        }
      });
      c.require(start, DOCUMENT, seen, "format", "policy", "residents", "merchants", "offerPrice", "redemptionRate");
      return c.build(start, b::build);
    });
  }

  private static PointsScenario.CatalogItem item(Cursor c) {
    Mark m = c.mark();
    String[] item = new String[1];
    long[] values = new long[2];
    Set<String> seen = new HashSet<>();
    c.object(ITEM, List.of("item", "price", "monthlyStock"), f -> {
      seen.add(f);
      switch (f) {
        case "item": item[0] = c.text(); return true;
        case "price": values[0] = c.wholeNumber(1); return true;
        case "monthlyStock": values[1] = c.wholeNumber(0); return true;
        default: return false;
      }
    });
    c.require(m, ITEM, seen, "item", "price", "monthlyStock");
    return PointsScenario.CatalogItem.of(item[0], values[0], values[1]);
  }

}
