package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.jiceng.governance.json.internal.Cursor;
import org.jiceng.governance.json.internal.Mark;
import org.jiceng.governance.rules.demand.Demand;
import org.jiceng.governance.rules.demand.DemandBoard;
import org.jiceng.governance.rules.demand.DemandEvent;
import org.jiceng.governance.rules.demand.DemandLevel;
import org.jiceng.governance.rules.demand.DemandMetrics;
import org.jiceng.governance.rules.demand.DemandPolicy;
import org.jiceng.governance.rules.demand.DemandSimulation;
import org.jiceng.governance.rules.demand.DemandSize;
import org.jiceng.governance.rules.demand.DemandSource;
import org.jiceng.governance.rules.demand.DemandState;
import org.jiceng.governance.rules.demand.DemandStatus;
import org.jiceng.governance.rules.demand.Rating;
import org.jiceng.governance.rules.demand.Resource;

/**
 * The demand formats (schemas beside the others in the jar): events {@code
 * jiceng.demand-events/1} and boards {@code jiceng.demand-board/1} (read and written, so an
 * embedding system can store events and replay them), scenarios {@code
 * jiceng.demand-scenario/1} (read) and metrics {@code jiceng.demand-metrics/1} (written).
 */
public final class DemandFormats {
  /** Events format. */
  public static final String EVENTS = "jiceng.demand-events/1";
  /** Board format. */
  public static final String BOARD = "jiceng.demand-board/1";
  /** Scenario format. */
  public static final String SCENARIO = "jiceng.demand-scenario/1";
  /** Metrics format. */
  public static final String METRICS = "jiceng.demand-metrics/1";
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(DatasetReader.DEFAULT_CONSTRAINTS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private DemandFormats() {}

  // ------------------------------------------------------------------ writing

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /**
   * Writes events: {@code {"format": "jiceng.demand-events/1", "events": [{"type": "Submitted", "eventId", …}]}}.
   *
   * @param events the events, not null
   * @return the JSON text
   */
  public static String writeEvents(List<? extends DemandEvent> events) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("format", EVENTS);
      g.writeArrayFieldStart("events");
      for (DemandEvent e : events) {
        writeEvent(g, e);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void writeEvent(JsonGenerator g, DemandEvent e) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", e.getClass().getSimpleName());
    g.writeStringField("eventId", e.eventId());
    if (e instanceof DemandEvent.Submitted s) {
      writeDemand(g, s.demand());
    } else {
      g.writeStringField("demandId", e.demandId());
      g.writeStringField("at", e.at().toString());
    }
    if (e instanceof DemandEvent.Admitted a) {
      g.writeStringField("level", a.level().name());
    } else if (e instanceof DemandEvent.Rejected r) {
      g.writeStringField("reason", r.reason());
    } else if (e instanceof DemandEvent.Claimed c) {
      g.writeStringField("unit", c.unitId());
    } else if (e instanceof DemandEvent.Escalated x) {
      g.writeStringField("to", x.to().name());
    } else if (e instanceof DemandEvent.Assigned a) {
      g.writeStringField("department", a.department());
      g.writeStringField("deadline", a.deadline().toString());
    } else if (e instanceof DemandEvent.DepartmentReported r) {
      g.writeStringField("department", r.department());
    } else if (e instanceof DemandEvent.Rated r) {
      g.writeStringField("rating", r.rating().name());
      if (r.score().isPresent()) {
        g.writeNumberField("score", r.score().getAsInt());
      }
    } else if (e instanceof DemandEvent.Reopened r) {
      g.writeStringField("reason", r.reason());
    }
    g.writeEndObject();
  }

  private static void writeDemand(JsonGenerator g, Demand d) throws IOException {
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
   * Writes a board: every demand's state and the ids of the events folded into it.
   *
   * @param board the board, not null
   * @return the JSON text
   */
  public static String writeBoard(DemandBoard board) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("format", BOARD);
      g.writeArrayFieldStart("demands");
      List<DemandState> states = new ArrayList<>(board.all());
      states.sort(java.util.Comparator.comparing(s -> s.demand().id()));
      for (DemandState s : states) {
        g.writeStartObject();
        writeDemand(g, s.demand());
        g.writeStringField("status", s.status().name());
        g.writeStringField("level", s.level().name());
        opt(g, "unit", s.unit());
        opt(g, "department", s.department());
        opt(g, "deadline", s.deadline().map(Instant::toString));
        opt(g, "firstResponseAt", s.firstResponseAt().map(Instant::toString));
        opt(g, "resolvedAt", s.resolvedAt().map(Instant::toString));
        opt(g, "rating", s.rating().map(Enum::name));
        g.writeNumberField("reopened", s.reopened());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("appliedEvents");
      for (String id : new java.util.TreeSet<>(board.appliedEventIds())) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void opt(JsonGenerator g, String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    }
  }

  /**
   * Writes the metrics of a simulation: {@code format}, {@code policy}, {@code seed}, {@code
   * quarters}, {@code demands}, {@code claimRate}, {@code completionRate}, {@code onTimeRate},
   * {@code responseRate}, {@code satisfactionRate}, {@code responseP50Hours}, {@code
   * responseP90Hours}, {@code score}, {@code settledAtCommunity}, {@code escalatedToStreet}, and
   * the same figures {@code byCategory} and {@code byLevel}.
   *
   * @param out the outcome, not null
   * @param policy the policy id
   * @param seed the seed
   * @param quarters the quarters simulated
   * @return the JSON text
   */
  public static String writeMetrics(DemandSimulation.Outcome out, String policy, long seed, int quarters) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("format", METRICS);
      g.writeStringField("policy", policy);
      g.writeNumberField("seed", seed);
      g.writeNumberField("quarters", quarters);
      figures(g, out.metrics());
      g.writeNumberField("settledAtCommunity", out.settledAtCommunity());
      g.writeNumberField("escalatedToStreet", out.escalatedToStreet());
      g.writeArrayFieldStart("serviceLevels");
      for (DemandMetrics.ServiceLevel l : out.serviceLevels()) {
        g.writeStartObject();
        g.writeNumberField("withinHours", l.within().toHours());
        g.writeNumberField("target", l.target());
        g.writeNumberField("achieved", l.achieved());
        g.writeBooleanField("met", l.isMet());
        g.writeEndObject();
      }
      g.writeEndArray();
      for (Map.Entry<String, Map<String, DemandMetrics>> group : Map.of("byCategory", out.byCategory(), "byLevel", out.byLevel()).entrySet()
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
    });
  }

  private static void figures(JsonGenerator g, DemandMetrics m) throws IOException {
    g.writeNumberField("demands", m.demands());
    g.writeNumberField("claimRate", m.claimRate());
    g.writeNumberField("completionRate", m.completionRate());
    g.writeNumberField("onTimeRate", m.onTimeRate());
    g.writeNumberField("responseRate", m.responseRate());
    g.writeNumberField("satisfactionRate", m.satisfactionRate());
    g.writeNumberField("responseP50Hours", m.responseP50Hours());
    g.writeNumberField("responseP90Hours", m.responseP90Hours());
    g.writeNumberField("score", m.score());
  }

  // ------------------------------------------------------------------ reading

  private interface Reading<T> {
    T read(Cursor c);
  }

  private static <T> T parse(InputStream in, String source, Reading<T> reading) {
    try (JsonParser p = FACTORY.createParser(new InputStreamReader(requireNonNull(in, "in"), StandardCharsets.UTF_8))) {
      Cursor c = new Cursor(p, requireNonNull(source, "source"));
      c.next();
      T value = reading.read(c);
      if (c.next() != null) {
        throw c.fail("expected the end of the input after the document, found more");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private static <T> T parse(Path file, Reading<T> reading) {
    try (InputStream in = Files.newInputStream(file)) {
      Path name = file.getFileName();
      return parse(in, name == null ? file.toString() : name.toString(), reading);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void format(Cursor c, String expected) {
    if (c.token() != JsonToken.VALUE_STRING || !expected.equals(c.text())) {
      throw c.expected("\"" + expected + "\"");
    }
  }

  private static Instant instant(Cursor c) {
    String s = c.text();
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw c.expected("an instant like 2024-03-01T02:00:00Z");
    }
  }

  /**
   * Reads events written by {@link #writeEvents}.
   *
   * @param text the JSON text, not null
   * @param source the label of the input, not null
   * @return the events in order
   * @throws DatasetFormatException naming the place of the first problem
   */
  public static List<DemandEvent> readEvents(String text, String source) {
    return parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source, c -> {
      List<DemandEvent> events = new ArrayList<>();
      Mark start = c.mark();
      Set<String> seen = new HashSet<>();
      c.object("a " + EVENTS + " document", List.of("format", "events"), f -> {
        seen.add(f);
        if ("format".equals(f)) {
          format(c, EVENTS);
        } else if ("events".equals(f)) {
          c.array("events", () -> events.add(event(c)));
        } else {
          return false;
        }
        return true;
      });
      c.require(start, "a " + EVENTS + " document", seen, "format", "events");
      return events;
    });
  }

  private static DemandEvent event(Cursor c) {
    Mark m = c.mark();
    Map<String, Object> f = new TreeMap<>();
    c.object("an event", List.of("type", "eventId", "demandId", "at", "demand", "level", "reason", "unit", "to", "department",
        "deadline", "rating", "score"), name -> {
          switch (name) {
            case "demand": f.put(name, demand(c)); return true;
            case "at": case "deadline": f.put(name, instant(c)); return true;
            case "level": case "to": f.put(name, c.enumValue(DemandLevel.class)); return true;
            case "rating": f.put(name, c.enumValue(Rating.class)); return true;
            case "score": f.put(name, c.wholeNumber(0)); return true;
            case "type": case "eventId": case "demandId": case "reason": case "unit": case "department": f.put(name, c.text()); return true;
            default: return false;
          }
        });
    String type = (String) f.get("type");
    if (type == null || f.get("eventId") == null) {
      throw c.failAt(m, "expected the required fields 'type' and 'eventId' in an event, found none");
    }
    String id = (String) f.get("eventId");
    try {
      if ("Submitted".equals(type)) {
        return new DemandEvent.Submitted(id, (Demand) need(c, m, f, "demand"));
      }
      String d = (String) need(c, m, f, "demandId");
      Instant at = (Instant) need(c, m, f, "at");
      switch (type) {
        case "Admitted": return new DemandEvent.Admitted(id, d, at, (DemandLevel) need(c, m, f, "level"));
        case "Rejected": return new DemandEvent.Rejected(id, d, at, (String) need(c, m, f, "reason"));
        case "Claimed": return new DemandEvent.Claimed(id, d, at, (String) need(c, m, f, "unit"));
        case "Escalated": return new DemandEvent.Escalated(id, d, at, (DemandLevel) need(c, m, f, "to"));
        case "Assigned": return new DemandEvent.Assigned(id, d, at, (String) need(c, m, f, "department"), (Instant) need(c, m, f, "deadline"));
        case "WhistleBlown": return new DemandEvent.WhistleBlown(id, d, at);
        case "DepartmentReported": return new DemandEvent.DepartmentReported(id, d, at, (String) need(c, m, f, "department"));
        case "Resolved": return new DemandEvent.Resolved(id, d, at);
        case "Rated": return new DemandEvent.Rated(id, d, at, (Rating) need(c, m, f, "rating"),
            f.containsKey("score") ? OptionalInt.of((Integer) f.get("score")) : OptionalInt.empty());
        case "Reopened": return new DemandEvent.Reopened(id, d, at, (String) need(c, m, f, "reason"));
        case "Withdrawn": return new DemandEvent.Withdrawn(id, d, at);
        default: throw c.failAt(m, "expected an event type (Submitted, Admitted, Rejected, Claimed, Escalated, Assigned, WhistleBlown,"
            + " DepartmentReported, Resolved, Rated, Reopened, Withdrawn), found \"" + type + "\"");
      }
    } catch (IllegalArgumentException e) {
      throw c.failAt(m, e.getMessage());
    }
  }

  private static Object need(Cursor c, Mark m, Map<String, Object> f, String name) {
    Object v = f.get(name);
    if (v == null) {
      throw c.failAt(m, "expected the required field '" + name + "' in a " + f.get("type") + " event, found none");
    }
    return v;
  }

  private static Demand demand(Cursor c) {
    Mark m = c.mark();
    Map<String, Object> f = new TreeMap<>();
    c.object("a demand", List.of("id", "community", "grid", "category", "source", "size", "submittedAt"), name -> {
      switch (name) {
        case "source": f.put(name, c.enumValue(DemandSource.class)); return true;
        case "size": f.put(name, c.enumValue(DemandSize.class)); return true;
        case "submittedAt": f.put(name, instant(c)); return true;
        case "id": case "community": case "grid": case "category": f.put(name, c.text()); return true;
        default: return false;
      }
    });
    c.require(m, "a demand", f.keySet(), "id", "community", "grid", "category", "source", "size", "submittedAt");
    return new Demand((String) f.get("id"), (String) f.get("community"), (String) f.get("grid"), (String) f.get("category"),
        (DemandSource) f.get("source"), (DemandSize) f.get("size"), (Instant) f.get("submittedAt"));
  }

  /**
   * Reads a board written by {@link #writeBoard}.
   *
   * @param text the JSON text, not null
   * @param source the label of the input, not null
   * @return the board
   * @throws DatasetFormatException naming the place of the first problem
   */
  public static DemandBoard readBoard(String text, String source) {
    return parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source, c -> {
      List<DemandState> states = new ArrayList<>();
      List<String> applied = new ArrayList<>();
      Mark start = c.mark();
      Set<String> seen = new HashSet<>();
      c.object("a " + BOARD + " document", List.of("format", "demands", "appliedEvents"), f -> {
        seen.add(f);
        switch (f) {
          case "format": format(c, BOARD); return true;
          case "demands": c.array("demand states", () -> states.add(state(c))); return true;
          case "appliedEvents": applied.addAll(c.ids()); return true;
          default: return false;
        }
      });
      c.require(start, "a " + BOARD + " document", seen, "format", "demands", "appliedEvents");
      try {
        return DemandBoard.of(states, applied);
      } catch (IllegalArgumentException e) {
        throw c.failAt(start, e.getMessage());
      }
    });
  }

  private static DemandState state(Cursor c) {
    Mark m = c.mark();
    Map<String, Object> f = new TreeMap<>();
    c.object("a demand state", List.of("demand", "status", "level", "unit", "department", "deadline", "firstResponseAt", "resolvedAt",
        "rating", "reopened"), name -> {
          switch (name) {
            case "demand": f.put(name, demand(c)); return true;
            case "status": f.put(name, c.enumValue(DemandStatus.class)); return true;
            case "level": f.put(name, c.enumValue(DemandLevel.class)); return true;
            case "rating": f.put(name, c.enumValue(Rating.class)); return true;
            case "reopened": f.put(name, c.wholeNumber(0)); return true;
            case "deadline": case "firstResponseAt": case "resolvedAt": f.put(name, instant(c)); return true;
            case "unit": case "department": f.put(name, c.text()); return true;
            default: return false;
          }
        });
    c.require(m, "a demand state", f.keySet(), "demand", "status", "level", "reopened");
    return new DemandState((Demand) f.get("demand"), (DemandStatus) f.get("status"), (DemandLevel) f.get("level"),
        Optional.ofNullable((String) f.get("unit")), Optional.ofNullable((String) f.get("department")),
        Optional.ofNullable((Instant) f.get("deadline")), Optional.ofNullable((Instant) f.get("firstResponseAt")),
        Optional.ofNullable((Instant) f.get("resolvedAt")), Optional.ofNullable((Rating) f.get("rating")), (Integer) f.get("reopened"));
  }

  /**
   * Reads a scenario file: {@code {"format": "jiceng.demand-scenario/1", "policy":
   * "gansu-jiayuguan-demands", "communities": 16, "meetingMonths": 1, "smallShare": 0.0, "start":
   * "2024-01-01", "arrivalsPerQuarter": {"elderly-care": 0.41}, "resources": [{"unit": "u1",
   * "category": "elderly-care", "capacityPerQuarter": 3}]}}.
   *
   * @param file the file, not null
   * @return the scenario
   * @throws DatasetFormatException naming the place of the first problem
   */
  public static DemandSimulation.Scenario readScenario(Path file) {
    return parse(file, DemandFormats::scenario);
  }

  /**
   * Reads a scenario from a stream, which is not closed; the layout is that of {@link
   * #readScenario(Path)}.
   *
   * @param in the stream, not null
   * @param source the label of the input in messages, not null
   * @return the scenario
   * @throws DatasetFormatException naming the place of the first problem
   */
  public static DemandSimulation.Scenario readScenario(InputStream in, String source) {
    return parse(in, source, DemandFormats::scenario);
  }

  private static DemandSimulation.Scenario scenario(Cursor c) {
    Mark start = c.mark();
    Set<String> seen = new HashSet<>();
    Object[] v = new Object[6];
    Map<String, Double> arrivals = new TreeMap<>();
    List<Resource> resources = new ArrayList<>();
    c.object("a " + SCENARIO + " document", List.of("format", "policy", "communities", "meetingMonths", "smallShare", "start",
        "arrivalsPerQuarter", "resources"), f -> {
          seen.add(f);
          switch (f) {
            case "format": format(c, SCENARIO); return true;
            case "policy":
              String id = c.text();
              v[0] = DemandPolicy.find(id).orElseThrow(() -> c.fail("expected a known demand policy (gansu-jiayuguan-demands,"
                  + " fujian-jianou-demands, liaoning-jianping-demands), found \"" + id + "\""));
              return true;
            case "communities": v[1] = c.wholeNumber(1); return true;
            case "meetingMonths": v[2] = c.wholeNumber(1); return true;
            case "smallShare": v[3] = c.nonNegativeNumber(); return true;
            case "start": v[4] = c.date(); return true;
            case "arrivalsPerQuarter":
              c.object("arrival rates", List.of("(a category)"), cat -> {
                arrivals.put(cat, c.nonNegativeNumber());
                return true;
              });
              return true;
            case "resources": c.array("resources", () -> resources.add(resource(c))); return true;
            default: return false;
          }
        });
    c.require(start, "a " + SCENARIO + " document", seen, "format", "policy", "communities", "arrivalsPerQuarter", "resources");
    DemandPolicy p = (DemandPolicy) v[0];
    if (v[2] != null) {
      if ((Integer) v[2] > 12) {
        throw c.failAt(start, "expected meetingMonths between 1 and 12, found " + v[2]);
      }
      p = p.withCommunityMeetingMonths((Integer) v[2]);
    }
    double small = v[3] == null ? 0.0 : (Double) v[3];
    if (small > 1) {
      throw c.failAt(start, "expected smallShare between 0 and 1, found " + small);
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
    c.object("a resource", List.of("unit", "category", "capacityPerQuarter"), name -> {
      switch (name) {
        case "unit": case "category": f.put(name, c.text()); return true;
        case "capacityPerQuarter": f.put(name, c.wholeNumber(0)); return true;
        default: return false;
      }
    });
    c.require(m, "a resource", f.keySet(), "unit", "category", "capacityPerQuarter");
    return new Resource((String) f.get("unit"), (String) f.get("category"), (Integer) f.get("capacityPerQuarter"));
  }
}
