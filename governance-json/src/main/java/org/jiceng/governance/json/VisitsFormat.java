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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.json.internal.Cursor;
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

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(DatasetReader.DEFAULT_CONSTRAINTS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private VisitsFormat() {}

  /**
   * Writes events.
   *
   * @param events the events, not null
   * @return the JSON text, ending in a line break
   */
  public static String write(List<? extends VisitEvent> events) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeArrayFieldStart("events");
      for (VisitEvent e : events) {
        g.writeStartObject();
        g.writeStringField("type", e.getClass().getSimpleName());
        g.writeStringField("id", e.id());
        g.writeStringField("on", e.on().toString());
        g.writeStringField("household", e.household());
        if (e instanceof VisitEvent.Tagged t) {
          g.writeStringField("tag", t.tag().name());
        } else if (e instanceof VisitEvent.Untagged u) {
          g.writeStringField("tag", u.tag().name());
        } else if (e instanceof VisitEvent.Visited v && v.visitor().isPresent()) {
          g.writeStringField("visitor", v.visitor().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /**
   * Reads a file into a log.
   *
   * @param file the file, not null
   * @return the log
   * @throws DatasetFormatException naming the file, line, column and pointer of the first problem
   * @throws UncheckedIOException when the file cannot be read
   */
  public static VisitLog read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Path name = file.getFileName();
      return read(in, name == null ? file.toString() : name.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a text into a log.
   *
   * @param text the JSON text, not null
   * @param source the label of the input in messages, not null
   * @return the log
   * @throws DatasetFormatException naming the place of the first problem
   */
  public static VisitLog read(String text, String source) {
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source);
  }

  private static VisitLog read(InputStream in, String source) {
    try (JsonParser p = FACTORY.createParser(new InputStreamReader(requireNonNull(in, "in"), StandardCharsets.UTF_8))) {
      Cursor c = new Cursor(p, requireNonNull(source, "source"));
      c.next();
      VisitLog[] log = {VisitLog.empty()};
      Mark start = c.mark();
      Set<String> seen = new HashSet<>();
      c.object("a " + FORMAT + " document", List.of("format", "events"), f -> {
        seen.add(f);
        if ("format".equals(f)) {
          if (c.token() != JsonToken.VALUE_STRING || !FORMAT.equals(c.text())) {
            throw c.expected("\"" + FORMAT + "\"");
          }
        } else if ("events".equals(f)) {
          c.array("events", () -> {
            Mark m = c.mark();
            VisitEvent e = event(c);
            try {
              log[0] = log[0].apply(e);
            } catch (VisitEventException x) {
              throw c.failAt(m, x.getMessage());
            }
          });
        } else {
          return false;
        }
        return true;
      });
      c.require(start, "a " + FORMAT + " document", seen, "format", "events");
      if (c.next() != null) {
        throw c.fail("expected the end of the input after the document, found more");
      }
      return log[0];
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private static VisitEvent event(Cursor c) {
    Mark m = c.mark();
    Map<String, Object> f = new TreeMap<>();
    c.object("a visit event", List.of("type", "id", "on", "household", "tag", "visitor"), name -> {
      switch (name) {
        case "on": f.put(name, c.date()); return true;
        case "tag": f.put(name, c.enumValue(CareTag.class)); return true;
        case "type": case "id": case "household": case "visitor": f.put(name, c.text()); return true;
        default: return false;
      }
    });
    c.require(m, "a visit event", f.keySet(), "type", "id", "on", "household");
    String type = (String) f.get("type");
    String id = (String) f.get("id");
    LocalDate on = (LocalDate) f.get("on");
    String household = (String) f.get("household");
    try {
      switch (type) {
        case "Tagged": return new VisitEvent.Tagged(id, on, household, tag(c, m, f, type));
        case "Untagged": return new VisitEvent.Untagged(id, on, household, tag(c, m, f, type));
        case "Visited": return new VisitEvent.Visited(id, on, household, Optional.ofNullable((String) f.get("visitor")));
        default: throw c.failAt(m, "expected an event type (Tagged, Untagged, Visited), found \"" + type + "\"");
      }
    } catch (IllegalArgumentException e) {
      throw c.failAt(m, e.getMessage());
    }
  }

  private static CareTag tag(Cursor c, Mark m, Map<String, Object> f, String type) {
    Object t = f.get("tag");
    if (t == null) {
      throw c.failAt(m, "expected the required field 'tag' in a " + type + " event, found none");
    }
    return (CareTag) t;
  }
}
