package org.jiceng.governance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jiceng.governance.rules.scorecard.Mark;
import org.jiceng.governance.rules.scorecard.Scorecard;
import org.jiceng.governance.rules.scorecard.ScorecardIndicator;
import org.jiceng.governance.rules.scorecard.ScorecardPolicy;

/**
 * The scorecard format {@code jiceng.scorecard/1} (schema {@code jiceng.scorecard-1.schema.json}),
 * written by {@code jiceng scorecard --format json}: the profile's indicator definitions (weight,
 * target, curve, source), the grade cut-offs, the inputs given, and per community (best first) the
 * total, grade, five marks and each indicator's value and score. Scores are out of 100 (indicators:
 * 0 to 1), rounded to 4 decimals; an unmeasured figure is null.
 */
public final class ScorecardFormat {
  /** The format name. */
  public static final String FORMAT = "jiceng.scorecard/1";

  private static final JsonFactory FACTORY = new JsonFactory();

  private ScorecardFormat() {}

  /**
   * Writes a scorecard.
   *
   * @param card the scorecard, not null
   * @param subject the id of the county (or area) scored, not null
   * @param subjectName its name, not null
   * @param inputs which inputs were given, by name ({@code demands}, {@code visits}, {@code ledger}), not null
   * @return the JSON text, ending in a line break
   */
  public static String write(Scorecard card, String subject, String subjectName, Map<String, Boolean> inputs) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(subjectName, "subjectName");
    Objects.requireNonNull(inputs, "inputs");
    ScorecardPolicy p = Objects.requireNonNull(card, "card").policy();
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("profile", p.profile());
      g.writeStringField("subject", subject);
      g.writeStringField("subjectName", subjectName);
      g.writeObjectFieldStart("inputs");
      for (Map.Entry<String, Boolean> e : inputs.entrySet()) {
        g.writeBooleanField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("grades");
      g.writeNumberField("excellent", p.excellent());
      g.writeNumberField("good", p.good());
      g.writeNumberField("pass", p.pass());
      g.writeEndObject();
      g.writeArrayFieldStart("indicators");
      for (ScorecardIndicator i : ScorecardIndicator.values()) {
        ScorecardPolicy.Definition d = p.indicators().get(i);
        g.writeStartObject();
        g.writeStringField("id", i.getId());
        g.writeStringField("mark", i.getMark().name());
        g.writeObjectFieldStart("name");
        g.writeStringField("zh", i.getName(Locale.CHINA));
        g.writeStringField("en", i.getName(Locale.ENGLISH));
        g.writeEndObject();
        g.writeStringField("input", i.getInput().name());
        g.writeNumberField("weight", d.weight());
        g.writeNumberField("target", d.target());
        g.writeStringField("curve", d.curve().name());
        g.writeObjectFieldStart("source");
        g.writeStringField("document", d.source().getDocument());
        g.writeStringField("note", d.source().getNote());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("communities");
      for (Scorecard.CommunityCard c : card.communities()) {
        g.writeStartObject();
        g.writeStringField("id", c.communityId());
        g.writeStringField("name", c.communityName());
        number(g, "total", c.total());
        if (c.grade().isPresent()) {
          g.writeStringField("grade", c.grade().get().name());
        } else {
          g.writeNullField("grade");
        }
        g.writeObjectFieldStart("marks");
        for (Mark m : Mark.values()) {
          number(g, m.name(), c.marks().get(m));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("indicators");
        for (Scorecard.IndicatorScore s : c.indicators()) {
          g.writeObjectFieldStart(s.indicator().getId());
          number(g, "value", s.value());
          number(g, "score", s.score());
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void number(JsonGenerator g, String field, OptionalDouble v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(field, VisitPlanFormat.round(v.getAsDouble()));
    } else {
      g.writeNullField(field);
    }
  }
}
