package org.jiceng.governance.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.json.FormatProblem;
import org.jiceng.governance.json.ReportFormat;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.compliance.Measurement;

/**
 * The job's output records as one-line JSON objects. A finding has the members of a {@code
 * jiceng.report/1} finding (with {@code line} null: the job knows a line's byte offset, not its
 * number) plus {@code community}, {@code file} and {@code offset}; a bad line has {@code file},
 * {@code offset}, its {@code problems} (column, pointer, message) and the start of its {@code
 * text}, masked; a figure has {@code name}, {@code subject} and {@code value}.
 */
final class JsonLines {
  /** Characters of a bad line quoted in its record. */
  static final int QUOTED = 200;

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLines() {}

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String object(Body body) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A finding of a community read from {@code file} at byte {@code offset}; county-wide findings have neither. */
  static String finding(Finding f, String file, long offset, Locale locale) {
    return object(g -> {
      g.writeStringField("community", f.getCommunity().orElse(null));
      g.writeStringField("file", file);
      if (file == null) {
        g.writeNullField("offset");
      } else {
        g.writeNumberField("offset", offset);
      }
      ReportFormat.writeFindingFields(f, locale, false, g);
    });
  }

  /** A line that could not be read. */
  static String badLine(String file, long offset, List<FormatProblem> problems, String text) {
    return object(g -> {
      g.writeStringField("file", file);
      g.writeNumberField("offset", offset);
      g.writeNullField("line");
      g.writeArrayFieldStart("problems");
      for (FormatProblem p : problems) {
        g.writeStartObject();
        g.writeNumberField("column", p.getColumn());
        g.writeStringField("pointer", p.getPointer());
        g.writeStringField("message", p.getMessage());
        g.writeEndObject();
      }
      g.writeEndArray();
      String quoted = text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text;
      g.writeStringField("text", DisplayText.of(quoted));
    });
  }

  /** A measured figure. */
  static String measured(Measurement m) {
    return object(g -> {
      g.writeStringField("name", m.getName());
      g.writeStringField("subject", m.getSubject());
      g.writeNumberField("value", m.getValue());
    });
  }

  /** The summary: a {@code jiceng.report/1} report of the counts and figures, findings left to the findings output. */
  static String summary(String profile, String subject, long[] counts, List<Measurement> measured, Locale locale) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      ReportFormat.write(profile, subject, counts, measured, java.util.Collections.emptyIterator(), locale, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
