package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.json.internal.Cursor;
import org.jiceng.governance.json.internal.Msg;
import org.jiceng.governance.json.internal.FormatIo;
import org.jiceng.governance.json.internal.Mark;
import org.jiceng.governance.rules.visit.VisitEvent;
import org.jiceng.governance.rules.visit.VisitEventException;
import org.jiceng.governance.rules.visit.VisitLog;

/**
 * The care-visit event format {@code jiceng.visits/1} (schema {@code jiceng.visits-1.schema.json}):
 *
 * <pre>{@code
 * {"format": "jiceng.visits/1",
 *  "events": [
 *    {"type": "Tagged",   "id": "d-17", "on": "2025-03-02", "household": "h1", "tag": "DISPUTE_PARTY"},
 *    {"type": "Visited",  "id": "v-90", "on": "2025-03-04", "household": "h1", "visitor": "gw1"},
 *    {"type": "Untagged", "id": "s-17", "on": "2025-03-20", "household": "h1", "tag": "DISPUTE_PARTY"}]}
 * }</pre>
 *
 * <p>Reading folds the events into a {@link VisitLog}: a repeated event is ignored, an id reused for
 * a different event is refused at its place in the file.
 */
public final class VisitsFormat {
  /** The format name. */
  public static final String FORMAT = "jiceng.visits/1";

  private static final Msg EVENT = Msg.of("what.visit-event");

  private VisitsFormat() {}

  /**
   * Writes events.
   *
   * @param events the events, not null
   * @param out the output, not null; left open
   */
  public static void write(List<? extends VisitEvent> events, OutputStream out) {
    requireNonNull(events, "events");
    FormatIo.write(out, g -> body(g, events));
  }

  /**
   * Writes events to a string, as {@link #write(List, OutputStream)} does.
   *
   * @param events the events, not null
   * @return the JSON text, ending in a line break
   */
  public static String writeToString(List<? extends VisitEvent> events) {
    requireNonNull(events, "events");
    return FormatIo.writeToString(g -> body(g, events));
  }

  private static void body(JsonGenerator g, List<? extends VisitEvent> events) throws IOException {
    FormatIo.events(g, FORMAT, events, VisitsFormat::writeEvent);
  }

  private static void writeEvent(JsonGenerator g, VisitEvent e) throws IOException {
    g.writeStartObject();
    // The kind is the abstract value class the generated implementation extends (Tagged, not ImmutableTagged).
    g.writeStringField("type", org.jiceng.governance.core.DisplayText.typeName(e.getClass()));
    g.writeStringField("id", e.getId());
    g.writeStringField("on", e.getOn().toString());
    g.writeStringField("household", e.getHousehold());
    if (e instanceof VisitEvent.Tagged t) {
      g.writeStringField("tag", t.getTag().name());
    } else if (e instanceof VisitEvent.Untagged u) {
      g.writeStringField("tag", u.getTag().name());
    } else if (e instanceof VisitEvent.Visited v && v.getVisitor().isPresent()) {
      g.writeStringField("visitor", v.getVisitor().get());
    }
    g.writeEndObject();
  }

  /**
   * Reads a file into a log.
   *
   * @param file the file, not null
   * @return the log
   * @throws VisitsFormatException naming the file, line, column and pointer of the first problem,
   *     in jiceng's language setting ({@link Languages#fromEnvironment()})
   * @throws UncheckedIOException when the file cannot be read
   */
  public static VisitLog read(Path file) {
    return read(file, Languages.fromEnvironment());
  }

  /**
   * Reads a file into a log, problems in a language.
   *
   * @param file the file, not null
   * @param locale the language of problems, not null
   * @return the log
   * @throws VisitsFormatException naming the file, line, column and pointer of the first problem
   * @throws UncheckedIOException when the file cannot be read
   * @since 0.2
   */
  public static VisitLog read(Path file, Locale locale) {
    requireNonNull(locale, "locale");
    return FormatIo.readFile(file, (in, source) -> read(in, source, locale));
  }

  /**
   * Reads a stream into a log; the stream is not closed.
   *
   * @param in the input, not null
   * @param source the label of the input in messages, not null
   * @return the log
   * @throws VisitsFormatException naming the place of the first problem, in jiceng's language
   *     setting ({@link Languages#fromEnvironment()})
   */
  public static VisitLog read(InputStream in, String source) {
    return read(in, source, Languages.fromEnvironment());
  }

  /**
   * Reads a stream into a log, problems in a language; the stream is not closed.
   *
   * @param in the input, not null
   * @param source the label of the input in messages, not null
   * @param locale the language of problems, not null
   * @return the log
   * @throws VisitsFormatException naming the place of the first problem
   * @since 0.2
   */
  public static VisitLog read(InputStream in, String source, Locale locale) {
    return FormatIo.read(in, source, VisitsFormatException::new, locale, c -> {
      VisitLog[] log = {VisitLog.empty()};
      FormatIo.events(c, FORMAT, () -> {
        Mark m = c.mark();
        VisitEvent e = event(c);
        try {
          log[0] = log[0].apply(e);
        } catch (VisitEventException x) {
          throw c.failAt(m, Msg.of("rejected", Msg.of(x)));
        }
      });
      return log[0];
    });
  }

  private static VisitEvent event(Cursor c) {
    Mark m = c.mark();
    Map<String, Object> f = new TreeMap<>();
    c.object(EVENT, List.of("type", "id", "on", "household", "tag", "visitor"), name -> {
      switch (name) {
        case "on": f.put(name, c.date()); return true;
        case "tag": f.put(name, c.enumValue(CareTag.class)); return true;
        case "type": case "id": case "household": case "visitor": f.put(name, c.text()); return true;
        default: return false;
      }
    });
    c.require(m, EVENT, f.keySet(), "type", "id", "on", "household");
    String type = (String) f.get("type");
    String id = (String) f.get("id");
    LocalDate on = (LocalDate) f.get("on");
    String household = (String) f.get("household");
    try {
      switch (type) {
        case "Tagged": return VisitEvent.Tagged.of(id, on, household, tag(c, m, f, type));
        case "Untagged": return VisitEvent.Untagged.of(id, on, household, tag(c, m, f, type));
        case "Visited": return VisitEvent.Visited.builder().id(id).on(on).household(household)
            .visitor(Optional.ofNullable((String) f.get("visitor"))).build();
        default: throw c.failAt(m, Msg.of("event.type", "Tagged, Untagged, Visited", type));
      }
    } catch (IllegalArgumentException e) {
      throw c.failAt(m, Msg.of("invalid", Msg.of(e)));
    }
  }

  private static CareTag tag(Cursor c, Mark m, Map<String, Object> f, String type) {
    Object t = f.get("tag");
    if (t == null) {
      throw c.failAt(m, Msg.of("event.field-missing", "tag", type));
    }
    return (CareTag) t;
  }
}
