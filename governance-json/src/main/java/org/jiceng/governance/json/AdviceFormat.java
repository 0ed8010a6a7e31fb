package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiceng.governance.json.internal.FormatIo;
import org.jiceng.governance.rules.advice.Advice;
import org.jiceng.governance.rules.advice.AdviceKind;

/**
 * Writes party organization advice in the {@code jiceng.advice/1} format (schema: {@code
 * org/jiceng/governance/json/schema/jiceng.advice-1.schema.json}): top level {@code format},
 * {@code profile}, {@code subject}, {@code asOf}, {@code horizonDays}, {@code summary} ({@code
 * total} and a count per kind in {@code byKind}) and {@code advice}, each item with {@code kind},
 * {@code subject}, {@code subjectName}, {@code street}, {@code community} (ids, null when none),
 * {@code organizations}, {@code areas}, {@code currentKind}, {@code proposedKind}, {@code
 * fullMembers}, {@code totalMembers}, {@code count}, {@code rule}, {@code parameter}, {@code threshold}, {@code
 * source} ({@code document}, {@code note}, {@code noteZh}), {@code approvalNeeded}, {@code dueOn} and {@code
 * message}. Kinds are written as their constants ({@code UPGRADE}, {@code BRANCH}); the message is
 * in the language asked.
 *
 * @since 0.2
 */
public final class AdviceFormat {
  /** The format name. */
  public static final String FORMAT = "jiceng.advice/1";
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private AdviceFormat() {}

  /**
   * Writes advice as UTF-8; the stream is flushed, not closed.
   *
   * @param advice the advice, in the advisor's order, not null
   * @param profileId the profile the advice was given under, not null
   * @param subjectId the id of the county (the jurisdiction's root), not null
   * @param asOf the date of the advice, not null
   * @param horizonDays the horizon of terms, in days
   * @param locale the language of the messages, not null
   * @param out the stream, not null
   */
  public static void write(List<Advice> advice, String profileId, String subjectId, LocalDate asOf, int horizonDays,
      Locale locale, OutputStream out) {
    requireNonNull(advice, "advice");
    requireNonNull(locale, "locale");
    try (JsonGenerator g = FACTORY.createGenerator(requireNonNull(out, "out"), JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("profile", requireNonNull(profileId, "profileId"));
      g.writeStringField("subject", requireNonNull(subjectId, "subjectId"));
      g.writeStringField("asOf", requireNonNull(asOf, "asOf").toString());
      g.writeNumberField("horizonDays", horizonDays);
      g.writeObjectFieldStart("summary");
      g.writeNumberField("total", advice.size());
      Map<AdviceKind, Integer> counts = new EnumMap<>(AdviceKind.class);
      advice.forEach(a -> counts.merge(a.getKind(), 1, Integer::sum));
      g.writeObjectFieldStart("byKind");
      for (Map.Entry<AdviceKind, Integer> e : counts.entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("advice");
      for (Advice a : advice) {
        item(g, a, locale);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the advice: " + e.getMessage(), e);
    }
  }

  /**
   * Writes advice to a string.
   *
   * @param advice the advice, not null
   * @param profileId the profile id, not null
   * @param subjectId the county id, not null
   * @param asOf the date, not null
   * @param horizonDays the horizon in days
   * @param locale the language of the messages, not null
   * @return the JSON text
   */
  public static String writeToString(List<Advice> advice, String profileId, String subjectId, LocalDate asOf, int horizonDays, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(advice, profileId, subjectId, asOf, horizonDays, locale, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void item(JsonGenerator g, Advice a, Locale locale) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", a.getKind().name());
    g.writeStringField("subject", a.getSubject());
    g.writeStringField("subjectName", a.getSubjectName());
    FormatIo.nullable(g, "street", a.getStreetId());
    FormatIo.nullable(g, "community", a.getCommunityId());
    strings(g, "organizations", a.getOrganizationIds());
    strings(g, "areas", a.getAreaIds());
    FormatIo.nullable(g, "currentKind", a.getCurrentKind().map(Enum::name));
    FormatIo.nullable(g, "proposedKind", a.getProposedKind().map(Enum::name));
    g.writeNumberField("fullMembers", a.getFullMembers());
    g.writeNumberField("totalMembers", a.getTotalMembers());
    if (a.getCount().isPresent()) {
      g.writeNumberField("count", a.getCount().getAsInt());
    } else {
      g.writeNullField("count");
    }
    g.writeStringField("rule", a.getRule());
    g.writeStringField("parameter", a.getParameter());
    g.writeStringField("threshold", a.getThreshold());
    g.writeObjectFieldStart("source");
    g.writeStringField("document", a.getSource().getDocument());
    g.writeStringField("note", a.getSource().getNote());
    g.writeStringField("noteZh", a.getSource().getNoteZh());
    g.writeEndObject();
    g.writeBooleanField("approvalNeeded", a.isApprovalNeeded());
    FormatIo.nullable(g, "dueOn", a.getDueOn().map(LocalDate::toString));
    g.writeStringField("message", a.getMessage(locale));
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
