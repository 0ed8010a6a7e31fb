package org.jiceng.governance.json;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jiceng.governance.json.internal.Cursor;
import org.jiceng.governance.json.internal.Msg;
import org.jiceng.governance.json.internal.FormatIo;
import org.jiceng.governance.json.internal.Mark;
import org.jiceng.governance.rules.demand.DemandPolicy;
import org.jiceng.governance.rules.demand.DemandSimulation;
import org.jiceng.governance.rules.demand.Resource;

/**
 * The demand-scenario format {@code jiceng.demand-scenario/1} (schema {@code
 * jiceng.demand-scenario-1.schema.json}), read by the demand simulation.
 */
public final class DemandScenarioFormat {
  /** The format identifier. */
  public static final String FORMAT = "jiceng.demand-scenario/1";

  private static final Msg DOCUMENT = Msg.of("what.document", FORMAT);
  private static final Msg RESOURCE = Msg.of("what.resource");

  private DemandScenarioFormat() {}

  /**
   * Reads a scenario: {@code {"format": "jiceng.demand-scenario/1", "policy":
   * "gansu-jiayuguan-demands", "communities": 16, "meetingMonths": 1, "smallShare": 0.0, "start":
   * "2024-01-01", "arrivalsPerQuarter": {"elderly-care": 0.41}, "resources": [{"unit": "u1",
   * "category": "elderly-care", "capacityPerQuarter": 3}]}}.
   *
   * @param in the input, not null; left open
   * @param source the label of the input, not null
   * @return the scenario
   * @throws DemandScenarioFormatException naming the place of the first problem, in jiceng's language setting ({@link Languages#fromEnvironment()})
   */
  public static DemandSimulation.Scenario read(InputStream in, String source) {
    return read(in, source, Languages.fromEnvironment());
  }

  /**
   * Reads a scenario: {@code {"format": "jiceng.demand-scenario/1", "policy":
   * "gansu-jiayuguan-demands", "communities": 16, "meetingMonths": 1, "smallShare": 0.0, "start":
   * "2024-01-01", "arrivalsPerQuarter": {"elderly-care": 0.41}, "resources": [{"unit": "u1",
   * "category": "elderly-care", "capacityPerQuarter": 3}]}}.
   *
   * @param in the input, not null; left open
   * @param source the label of the input, not null
   * @param locale the language of problems, not null
   * @return the scenario
   * @throws DemandScenarioFormatException naming the place of the first problem
   * @since 0.2
   */
  public static DemandSimulation.Scenario read(InputStream in, String source, Locale locale) {
    return FormatIo.read(in, source, DemandScenarioFormatException::new, locale, DemandScenarioFormat::document);
  }

  /**
   * Reads a scenario from a file.
   *
   * @param file the file, not null
   * @return the scenario
   * @throws DemandScenarioFormatException naming the place of the first problem, in jiceng's language setting ({@link Languages#fromEnvironment()})
   */
  public static DemandSimulation.Scenario read(Path file) {
    return read(file, Languages.fromEnvironment());
  }

  /**
   * Reads a scenario from a file.
   *
   * @param file the file, not null
   * @param locale the language of problems, not null
   * @return the scenario
   * @throws DemandScenarioFormatException naming the place of the first problem
   * @since 0.2
   */
  public static DemandSimulation.Scenario read(Path file, Locale locale) {
    return FormatIo.read(file, DemandScenarioFormatException::new, locale, DemandScenarioFormat::document);
  }

  private static DemandSimulation.Scenario document(Cursor c) {
    Mark start = c.mark();
    Set<String> seen = new HashSet<>();
    Object[] v = new Object[6];
    Map<String, Double> arrivals = new TreeMap<>();
    List<Resource> resources = new ArrayList<>();
    c.object(DOCUMENT, List.of("format", "policy", "communities", "meetingMonths", "smallShare", "start",
        "arrivalsPerQuarter", "resources"), f -> {
      seen.add(f);
      switch (f) {
        case "format": FormatIo.format(c, FORMAT); return true;
        case "policy":
          String id = c.text();
          v[0] = DemandPolicy.find(id).orElseThrow(() -> c.fail("demand.unknown-policy",
              String.join(", ", DemandPolicy.all().stream().map(DemandPolicy::id).toArray(String[]::new)), id));
          return true;
        case "communities": v[1] = c.wholeNumber(1); return true;
        case "meetingMonths": v[2] = c.wholeNumber(1); return true;
        case "smallShare": v[3] = c.nonNegativeNumber(); return true;
        case "start": v[4] = c.date(); return true;
        case "arrivalsPerQuarter":
          c.object(Msg.of("what.arrival-rates"), List.of("(a category)"), cat -> {
            arrivals.put(cat, c.nonNegativeNumber());
            return true;
          });
          return true;
        case "resources": c.array(Msg.of("what.resources"), () -> resources.add(resource(c))); return true;
        default: return false;
      }
    });
    c.require(start, DOCUMENT, seen, "format", "policy", "communities", "arrivalsPerQuarter", "resources");
    DemandPolicy p = (DemandPolicy) v[0];
    if (v[2] != null) {
      if ((Integer) v[2] > 12) {
        throw c.failAt(start, Msg.of("between", "meetingMonths", 1, 12, v[2]));
      }
      p = p.withCommunityMeetingMonths((Integer) v[2]);
    }
    double small = v[3] == null ? 0.0 : (Double) v[3];
    if (small > 1) {
      throw c.failAt(start, Msg.of("between", "smallShare", 0, 1, small));
    }
    List<String> communities = new ArrayList<>();
    for (int i = 1; i <= (Integer) v[1]; i++) {
      communities.add(String.format("community-%02d", i));
    }
    return new DemandSimulation.Scenario(p, communities, resources, arrivals, small, v[4] == null ? LocalDate.of(2024, 1, 1) : (LocalDate) v[4]);
  }


  private static Resource resource(Cursor c) {
    Mark m = c.mark();
    Map<String, Object> f = new TreeMap<>();
    c.object(RESOURCE, List.of("unit", "category", "capacityPerQuarter"), name -> {
      switch (name) {
        case "unit": case "category": f.put(name, c.text()); return true;
        case "capacityPerQuarter": f.put(name, c.wholeNumber(0)); return true;
        default: return false;
      }
    });
    c.require(m, RESOURCE, f.keySet(), "unit", "category", "capacityPerQuarter");
    return new Resource((String) f.get("unit"), (String) f.get("category"), (Integer) f.get("capacityPerQuarter"));
  }
}
