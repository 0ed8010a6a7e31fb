package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jiceng.governance.json.internal.FormatIo;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.compliance.Location;
import org.jiceng.governance.rules.compliance.Measurement;
import org.jiceng.governance.rules.compliance.Severity;

/**
 * Writes a {@link ComplianceReport} in the {@code jiceng.report/1} format (schema:
 * {@code org/jiceng/governance/json/schema/jiceng.report-1.schema.json}): top level {@code
 * format}, {@code profile}, {@code subject}, {@code summary} ({@code errors}, {@code warnings},
 * {@code infos}, {@code communities}, {@code grids}), {@code measured} and {@code findings}
 * (each: {@code rule}, {@code severity}, {@code subject}, {@code path}, {@code line}, {@code
 * column}, {@code measured}, {@code expected}, {@code source}, {@code message}).
 */
public final class ReportFormat {
  /** The format name. */
  public static final String FORMAT = "jiceng.report/1";
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private ReportFormat() {}

  /**
   * Writes a report as UTF-8; the stream is flushed, not closed.
   *
   * @param report the report, not null
   * @param locale the language of the messages, not null
   * @param out the stream, not null
   */
  public static void write(ComplianceReport report, Locale locale, OutputStream out) {
    requireNonNull(report, "report");
    requireNonNull(locale, "locale");
    FormatIo.write(out, g -> write(report, locale, g));
  }

  /**
   * Writes a report as one JSON value to a generator.
   *
   * @param report the report, not null
   * @param locale the language of the messages, not null
   * @param g the generator, not null
   * @throws IOException on a write failure
   */
  public static void write(ComplianceReport report, Locale locale, JsonGenerator g) throws IOException {
    requireNonNull(report, "report");
    write(g, report.getProfile(), report.getSubject(), report.count(Severity.ERROR), report.count(Severity.WARNING),
        report.count(Severity.INFO), report.getCommunities(), report.getGrids(), report.getMeasured(),
        -1, report.getFindings().iterator(), requireNonNull(locale, "locale"));
  }

  /**
   * Writes the report of a validation whose findings arrive as a stream, so that a report of any
   * size is written in bounded memory. The writer is flushed, not closed.
   *
   * @param result the validation's counts and figures, not null; it must have been checked
   *     ({@link ValidationResult#getProfile()} and {@link ValidationResult#getSubject()} present)
   * @param findings the findings in report order ({@code ComplianceEngine.findingOrder()}), not null
   * @param locale the language of the messages, not null
   * @param out the writer, not null
   * @throws IllegalArgumentException if the result was not checked
   */
  public static void write(ValidationResult result, java.util.Iterator<Finding> findings, Locale locale, java.io.Writer out) {
    requireNonNull(result, "result");
    requireNonNull(findings, "findings");
    requireNonNull(locale, "locale");
    if (result.getProfile().isEmpty() || result.getSubject().isEmpty()) {
      throw new IllegalArgumentException("'" + result.getSource() + "' was not checked: no report to write");
    }
    try (JsonGenerator g = FACTORY.createGenerator(requireNonNull(out, "out"))) {
      g.useDefaultPrettyPrinter();
      write(g, result.getProfile().get(), result.getSubject().get(), result.getErrors(), result.getWarnings(),
          result.getInfos(), result.getCommunities(), result.getGrids(), result.getMeasured(), -1, findings, locale);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a report whose counts were made apart from its findings, as one JSON value: for a
   * check spread over many machines whose findings are written elsewhere (the Spark job writes
   * its summary this way, with an empty {@code findings}).
   *
   * @param profile the profile id, not null
   * @param subject the subject (the county), not null
   * @param counts errors, warnings, infos, communities, grids and format problems (the last
   *     written as {@code summary.problems} when not negative), not null, six numbers
   * @param measured the figures, not null
   * @param findings the findings to list, not null
   * @param locale the language of the messages, not null
   * @param g the generator, not null
   * @throws IOException on a write failure
   * @throws IllegalArgumentException if {@code counts} does not hold six numbers
   * @since 0.2
   */
  public static void write(String profile, String subject, long[] counts, java.util.List<Measurement> measured,
      java.util.Iterator<Finding> findings, Locale locale, JsonGenerator g) throws IOException {
    requireNonNull(profile, "profile");
    requireNonNull(subject, "subject");
    requireNonNull(measured, "measured");
    requireNonNull(findings, "findings");
    requireNonNull(locale, "locale");
    requireNonNull(g, "g");
    if (requireNonNull(counts, "counts").length != 6) {
      throw new IllegalArgumentException("expected six counts (errors, warnings, infos, communities, grids, problems), found " + counts.length);
    }
    write(g, profile, subject, counts[0], counts[1], counts[2], counts[3], counts[4], measured, counts[5], findings, locale);
  }

  private static void write(JsonGenerator g, String profile, String subject, long errors, long warnings, long infos,
      long communities, long grids, java.util.List<Measurement> measured, long problems, java.util.Iterator<Finding> findings,
      Locale locale) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeStringField("profile", profile);
    g.writeStringField("subject", subject);
    g.writeObjectFieldStart("summary");
    g.writeNumberField("errors", errors);
    g.writeNumberField("warnings", warnings);
    g.writeNumberField("infos", infos);
    g.writeNumberField("communities", communities);
    g.writeNumberField("grids", grids);
    if (problems >= 0) {
      g.writeNumberField("problems", problems);
    }
    g.writeEndObject();
    g.writeArrayFieldStart("measured");
    for (Measurement m : measured) {
      g.writeStartObject();
      g.writeStringField("name", m.getName());
      g.writeStringField("subject", m.getSubject());
      g.writeNumberField("value", m.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
    while (findings.hasNext()) {
      g.writeStartObject();
      writeFindingFields(findings.next(), locale, true, g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes the members of one finding as a {@code jiceng.report/1} report has them ({@code rule},
   * {@code severity}, {@code subject}, {@code path}, {@code line}, {@code column}, {@code
   * measured}, {@code expected}, {@code source}, {@code message}) into the object the generator
   * is in, for formats that carry findings one by one (the Spark job's JSON lines).
   *
   * @param f the finding, not null
   * @param locale the language of the messages, not null
   * @param withLine false to write {@code line} as null (when the line in the file is not known)
   * @param g the generator, inside an object, not null
   * @throws IOException on a write failure
   * @since 0.2
   */
  public static void writeFindingFields(Finding f, Locale locale, boolean withLine, JsonGenerator g) throws IOException {
    g.writeStringField("rule", f.getRule());
    g.writeStringField("severity", f.getSeverity().name());
    g.writeStringField("subject", f.getSubject());
    if (f.getLocation().isPresent()) {
      Location l = f.getLocation().get();
      g.writeStringField("path", l.getPath());
      if (withLine) {
        g.writeNumberField("line", l.getLine());
      } else {
        g.writeNullField("line");
      }
      g.writeNumberField("column", l.getColumn());
    } else {
      g.writeNullField("path");
      g.writeNullField("line");
      g.writeNullField("column");
    }
    g.writeStringField("measured", f.getMeasured());
    g.writeStringField("expected", f.getExpected());
    g.writeStringField("source", f.getSource(locale));
    g.writeStringField("message", f.getMessage(locale));
  }

  /**
   * Writes a report to a string.
   *
   * @param report the report, not null
   * @param locale the language of the messages, not null
   * @return the JSON text
   */
  public static String writeToString(ComplianceReport report, Locale locale) {
    requireNonNull(report, "report");
    requireNonNull(locale, "locale");
    return FormatIo.writeToString(g -> write(report, locale, g));
  }
}
