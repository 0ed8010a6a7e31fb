package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jiceng.governance.json.internal.Cursor;
import org.jiceng.governance.json.internal.Msg;
import org.jiceng.governance.json.internal.DemandCodec;
import org.jiceng.governance.json.internal.FormatIo;
import org.jiceng.governance.json.internal.Mark;
import org.jiceng.governance.rules.demand.Demand;
import org.jiceng.governance.rules.demand.DemandBoard;
import org.jiceng.governance.rules.demand.DemandEvent;
import org.jiceng.governance.rules.demand.DemandLevel;
import org.jiceng.governance.rules.demand.Rating;

/**
 * The demand-events format {@code jiceng.demand-events/1} (schema {@code
 * jiceng.demand-events-1.schema.json}): the events of demand lists, written by an embedding
 * system and replayed into a {@link DemandBoard}. A sequence: {@link #forEach} reads it in
 * constant memory.
 */
public final class DemandEventsFormat {
  /** The format identifier. */
  public static final String FORMAT = "jiceng.demand-events/1";

  private static final Msg EVENT = Msg.of("what.event");

  private DemandEventsFormat() {}

  /**
   * Writes events: {@code {"format": "jiceng.demand-events/1", "events": [{"type": "Submitted", "eventId", …}]}}.
   *
   * @param events the events, not null
   * @param out the output, not null; left open
   */
  public static void write(Iterable<? extends DemandEvent> events, OutputStream out) {
    requireNonNull(events, "events");
    FormatIo.write(out, g -> body(g, events));
  }

  /**
   * Writes events to a string, as {@link #write(Iterable, OutputStream)} does.
   *
   * @param events the events, not null
   * @return the JSON text
   */
  public static String writeToString(Iterable<? extends DemandEvent> events) {
    requireNonNull(events, "events");
    return FormatIo.writeToString(g -> body(g, events));
  }

  private static void body(JsonGenerator g, Iterable<? extends DemandEvent> events) throws IOException {
    FormatIo.events(g, FORMAT, events, DemandEventsFormat::writeEvent);
  }

  private static void writeEvent(JsonGenerator g, DemandEvent e) throws IOException {
    g.writeStartObject();
    // The kind is the abstract value class the generated implementation extends (Tagged, not ImmutableTagged).
    g.writeStringField("type", org.jiceng.governance.core.DisplayText.typeName(e.getClass()));
    g.writeStringField("eventId", e.getId());
    if (e instanceof DemandEvent.Submitted s) {
      DemandCodec.write(g, s.getDemand());
    } else {
      g.writeStringField("demandId", e.getDemandId());
      g.writeStringField("at", e.getAt().toString());
    }
    if (e instanceof DemandEvent.Admitted a) {
      g.writeStringField("level", a.getLevel().name());
    } else if (e instanceof DemandEvent.Rejected r) {
      g.writeStringField("reason", r.getReason());
    } else if (e instanceof DemandEvent.Claimed c) {
      g.writeStringField("unit", c.getUnitId());
    } else if (e instanceof DemandEvent.Escalated x) {
      g.writeStringField("to", x.getTo().name());
    } else if (e instanceof DemandEvent.Assigned a) {
      g.writeStringField("department", a.getDepartment());
      g.writeStringField("deadline", a.getDeadline().toString());
    } else if (e instanceof DemandEvent.DepartmentReported r) {
      g.writeStringField("department", r.getDepartment());
    } else if (e instanceof DemandEvent.Rated r) {
      g.writeStringField("rating", r.getRating().name());
      if (r.getScore().isPresent()) {
        g.writeNumberField("score", r.getScore().getAsInt());
      }
    } else if (e instanceof DemandEvent.Reopened r) {
      g.writeStringField("reason", r.getReason());
    }
    g.writeEndObject();
  }

  /**
   * Reads events, holding them all.
   *
   * @param in the input, not null; left open
   * @param source the label of the input, not null
   * @return the events in file order
   * @throws DemandEventsFormatException naming the place of the first problem, in jiceng's language setting ({@link Languages#fromEnvironment()})
   */
  public static List<DemandEvent> read(InputStream in, String source) {
    return read(in, source, Languages.fromEnvironment());
  }

  /**
   * Reads events, holding them all.
   *
   * @param in the input, not null; left open
   * @param source the label of the input, not null
   * @param locale the language of problems, not null
   * @return the events in file order
   * @throws DemandEventsFormatException naming the place of the first problem
   * @since 0.2
   */
  public static List<DemandEvent> read(InputStream in, String source, Locale locale) {
    List<DemandEvent> events = new ArrayList<>();
    forEach(in, source, locale, events::add);
    return events;
  }

  /**
   * Reads events from a file.
   *
   * @param file the file, not null
   * @return the events in file order
   * @throws DemandEventsFormatException naming the place of the first problem, in jiceng's language setting ({@link Languages#fromEnvironment()})
   */
  public static List<DemandEvent> read(Path file) {
    return read(file, Languages.fromEnvironment());
  }

  /**
   * Reads events from a file.
   *
   * @param file the file, not null
   * @param locale the language of problems, not null
   * @return the events in file order
   * @throws DemandEventsFormatException naming the place of the first problem
   * @since 0.2
   */
  public static List<DemandEvent> read(Path file, Locale locale) {
    List<DemandEvent> events = new ArrayList<>();
    FormatIo.read(file, DemandEventsFormatException::new, locale, c -> document(c, events::add));
    return events;
  }

  /**
   * Reads events one at a time, in file order, without holding them: each is handed over as soon
   * as it is read, so a log of any length is read in constant memory. Events before a problem
   * have been handed over when the exception is thrown.
   *
   * @param in the input, not null; left open
   * @param source the label of the input, not null
   * @param action receives each event, not null
   * @throws DemandEventsFormatException naming the place of the first problem, in jiceng's language setting ({@link Languages#fromEnvironment()})
   */
  public static void forEach(InputStream in, String source, Consumer<? super DemandEvent> action) {
    forEach(in, source, Languages.fromEnvironment(), action);
  }

  /**
   * Reads events one at a time, as {@link #forEach(InputStream, String, Consumer)}, problems in a
   * language.
   *
   * @param in the input, not null; left open
   * @param source the label of the input, not null
   * @param locale the language of problems, not null
   * @param action receives each event, not null
   * @throws DemandEventsFormatException naming the place of the first problem
   * @since 0.2
   */
  public static void forEach(InputStream in, String source, Locale locale, Consumer<? super DemandEvent> action) {
    requireNonNull(action, "action");
    FormatIo.read(in, source, DemandEventsFormatException::new, locale, c -> document(c, action));
  }

  private static Void document(Cursor c, Consumer<? super DemandEvent> action) {
    FormatIo.events(c, FORMAT, () -> action.accept(event(c)));
    return null;
  }


  private static DemandEvent event(Cursor c) {
    Mark m = c.mark();
    Map<String, Object> f = new TreeMap<>();
    c.object(EVENT, List.of("type", "eventId", "demandId", "at", "demand", "level", "reason", "unit", "to", "department",
        "deadline", "rating", "score"), name -> {
      switch (name) {
        case "demand": f.put(name, DemandCodec.read(c)); return true;
        case "at": case "deadline": f.put(name, FormatIo.instant(c)); return true;
        case "level": case "to": f.put(name, c.enumValue(DemandLevel.class)); return true;
        case "rating": f.put(name, c.enumValue(Rating.class)); return true;
        case "score": f.put(name, c.wholeNumber(0)); return true;
        case "type": case "eventId": case "demandId": case "reason": case "unit": case "department": f.put(name, c.text()); return true;
        default: return false;
      }
    });
    String type = (String) f.get("type");
    if (type == null || f.get("eventId") == null) {
      throw c.failAt(m, Msg.of("required.many", "'type', 'eventId'", EVENT));
    }
    String id = (String) f.get("eventId");
    try {
      if ("Submitted".equals(type)) {
        return DemandEvent.Submitted.of(id, (Demand) need(c, m, f, "demand"));
      }
      String d = (String) need(c, m, f, "demandId");
      Instant at = (Instant) need(c, m, f, "at");
      switch (type) {
        case "Admitted": return DemandEvent.Admitted.of(id, d, at, (DemandLevel) need(c, m, f, "level"));
        case "Rejected": return DemandEvent.Rejected.of(id, d, at, (String) need(c, m, f, "reason"));
        case "Claimed": return DemandEvent.Claimed.of(id, d, at, (String) need(c, m, f, "unit"));
        case "Escalated": return DemandEvent.Escalated.of(id, d, at, (DemandLevel) need(c, m, f, "to"));
        case "Assigned": return DemandEvent.Assigned.of(id, d, at, (String) need(c, m, f, "department"), (Instant) need(c, m, f, "deadline"));
        case "WhistleBlown": return DemandEvent.WhistleBlown.of(id, d, at);
        case "DepartmentReported": return DemandEvent.DepartmentReported.of(id, d, at, (String) need(c, m, f, "department"));
        case "Resolved": return DemandEvent.Resolved.of(id, d, at);
        case "Rated": return DemandEvent.Rated.builder().id(id).demandId(d).at(at).rating((Rating) need(c, m, f, "rating"))
            .score(f.containsKey("score") ? OptionalInt.of((Integer) f.get("score")) : OptionalInt.empty()).build();
        case "Reopened": return DemandEvent.Reopened.of(id, d, at, (String) need(c, m, f, "reason"));
        case "Withdrawn": return DemandEvent.Withdrawn.of(id, d, at);
        default: throw c.failAt(m, Msg.of("event.type", "Submitted, Admitted, Rejected, Claimed, Escalated, Assigned, WhistleBlown,"
          + " DepartmentReported, Resolved, Rated, Reopened, Withdrawn", type));
      }
    } catch (IllegalArgumentException e) {
      throw c.failAt(m, Msg.of("invalid", Msg.of(e)));
    }
  }

  private static Object need(Cursor c, Mark m, Map<String, Object> f, String name) {
    Object v = f.get(name);
    if (v == null) {
      throw c.failAt(m, Msg.of("event.field-missing", name, f.get("type")));
    }
    return v;
  }

}
