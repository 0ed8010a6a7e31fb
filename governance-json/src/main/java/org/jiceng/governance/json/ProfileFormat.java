package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jiceng.governance.core.Localizable;
import org.jiceng.governance.json.internal.Cursor;
import org.jiceng.governance.json.internal.FormatIo;
import org.jiceng.governance.json.internal.Mark;
import org.jiceng.governance.json.internal.Msg;
import org.jiceng.governance.rules.compliance.Severity;
import org.jiceng.governance.rules.profile.ParameterKey;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.ProfileParameter;
import org.jiceng.governance.rules.profile.RuleSetting;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * Reads and writes standards profiles in the {@code jiceng.profile/1} format (schema: {@code
 * org/jiceng/governance/json/schema/jiceng.profile-1.schema.json}), strictly, with errors located
 * like the dataset reader's.
 *
 * <pre>{@code
 * { "format": "jiceng.profile/1", "id": "my-county", "version": "1",
 *   "title": {"zh": "我的县", "en": "My county"}, "extends": "cn-national",
 *   "source": {"document": "county notice 2025-3", "note": ""},
 *   "parameters": {"staffing.workers-per-10k": {"value": 20, "source": {"document": "…", "note": "…", "noteZh": "…"}}},
 *   "rules": {"staffing.one-shoulder": {"enabled": true, "severity": "WARNING", "source": {…}}} }
 * }</pre>
 */
public final class ProfileFormat {
  /** The format name. */
  public static final String FORMAT = "jiceng.profile/1";
  private static final Msg DOCUMENT = Msg.of("what.document", FORMAT);
  private static final Msg SOURCE = Msg.of("what.source");
  private static final Msg PARAMETER = Msg.of("what.parameter");

  private ProfileFormat() {}

  /**
   * Reads a profile file.
   *
   * @param file the file, not null
   * @param parents finds the profile named by {@code extends}, not null
   * @return the profile
   * @throws ProfileFormatException naming the place of the first problem, in jiceng's language setting ({@link Languages#fromEnvironment()})
   */
  public static StandardsProfile read(Path file, Function<String, Optional<StandardsProfile>> parents) {
    return read(file, parents, Languages.fromEnvironment());
  }

  /**
   * Reads a profile file.
   *
   * @param file the file, not null
   * @param parents finds the profile named by {@code extends}, not null
   * @param locale the language of problems, not null
   * @return the profile
   * @throws ProfileFormatException naming the place of the first problem
   * @since 0.2
   */
  public static StandardsProfile read(Path file, Function<String, Optional<StandardsProfile>> parents, Locale locale) {
    requireNonNull(parents, "parents");
    return FormatIo.read(file, ProfileFormatException::new, locale, c -> new Reading(c, parents).profile());
  }

  /**
   * Reads a profile from a stream, which is not closed.
   *
   * @param in the stream, not null
   * @param source the label of the input, not null
   * @param parents finds the profile named by {@code extends}, not null
   * @return the profile
   * @throws ProfileFormatException naming the place of the first problem, in jiceng's language setting ({@link Languages#fromEnvironment()})
   */
  public static StandardsProfile read(InputStream in, String source, Function<String, Optional<StandardsProfile>> parents) {
    return read(in, source, parents, Languages.fromEnvironment());
  }

  /**
   * Reads a profile from a stream, which is not closed.
   *
   * @param in the stream, not null
   * @param source the label of the input, not null
   * @param parents finds the profile named by {@code extends}, not null
   * @param locale the language of problems, not null
   * @return the profile
   * @throws ProfileFormatException naming the place of the first problem
   * @since 0.2
   */
  public static StandardsProfile read(InputStream in, String source, Function<String, Optional<StandardsProfile>> parents, Locale locale) {
    requireNonNull(parents, "parents");
    return FormatIo.read(in, source, ProfileFormatException::new, locale, c -> new Reading(c, parents).profile());
  }

  /**
   * Reads a profile at the cursor's current token (START_OBJECT); used by the Jackson module.
   *
   * @param c the cursor
   * @param parents finds the profile named by {@code extends}
   * @return the profile
   */
  static StandardsProfile read(Cursor c, Function<String, Optional<StandardsProfile>> parents) {
    return new Reading(c, parents).profile();
  }

  private static final class Reading {
    private final Cursor c;
    private final Function<String, Optional<StandardsProfile>> parents;
    private String id;
    private String version;
    private String zh;
    private String en;
    private Source source = Source.of("profile file", "");
    private Optional<StandardsProfile> parent = Optional.empty();
    private final List<Runnable> edits = new ArrayList<>();
    private StandardsProfile.Draft draft;

    Reading(Cursor c, Function<String, Optional<StandardsProfile>> parents) {
      this.c = c;
      this.parents = parents;
    }

    StandardsProfile profile() {
      Mark start = c.mark();
      Set<String> seen = new HashSet<>();
      List<String> known = List.of("format", "id", "version", "title", "extends", "source", "parameters", "rules");
      c.object(DOCUMENT, known, f -> {
        seen.add(f);
        switch (f) {
          case "format":
            if (c.token() != JsonToken.VALUE_STRING || !FORMAT.equals(c.text())) {
              throw c.expected(Msg.literal("\"" + FORMAT + "\""));
            }
            return true;
          case "id": id = c.text(); return true;
          case "version": version = c.text(); return true;
          case "title":
            Set<String> titles = new HashSet<>();
            c.object(Msg.of("what.title"), List.of("zh", "en"), t -> {
              titles.add(t);
              if ("zh".equals(t)) {
                zh = c.text();
              } else if ("en".equals(t)) {
                en = c.text();
              } else {
                return false;
              }
              return true;
            });
            return true;
          case "extends":
            String parentId = c.text();
            parent = Optional.of(parents.apply(parentId).orElseThrow(() -> c.fail("profile.unknown-parent", parentId)));
            return true;
          case "source": source = source(); return true;
          case "parameters": parameters(); return true;
          case "rules": rules(); return true;
          default: return false;
        }
      });
      c.require(start, Msg.of("what.profile"), seen, "format", "id", "version", "title");
      if (zh == null || en == null) {
        throw c.failAt(start, Msg.of("profile.title"));
      }
      draft = StandardsProfile.draft(id, version, zh, en, source);
      parent.ifPresent(draft::extending);
      edits.forEach(Runnable::run);
      return draft.build();
    }

    private Source source() {
      String[] doc = new String[3];
      Mark m = c.mark();
      c.object(SOURCE, List.of("document", "note", "noteZh"), f -> {
        if ("document".equals(f)) {
          doc[0] = c.text();
        } else if ("note".equals(f)) {
          doc[1] = c.string();
        } else if ("noteZh".equals(f)) {
          doc[2] = c.string();
        } else {
          return false;
        }
        return true;
      });
      if (doc[0] == null) {
        throw c.failAt(m, Msg.of("required.one", "'document'", SOURCE));
      }
      return Source.of(doc[0], doc[1] == null ? "" : doc[1], doc[2] == null ? "" : doc[2]);
    }

    private void parameters() {
      c.object(Msg.of("what.parameters"), known(), name -> {
        ParameterKey<?> key = Parameters.find(name).orElse(null);
        if (key == null) {
          return false;
        }
        parameter(key);
        return true;
      });
    }

    private List<String> known() {
      List<String> ids = new ArrayList<>();
      Parameters.ALL.forEach(k -> ids.add(k.getId()));
      return ids;
    }

    private <T> void parameter(ParameterKey<T> key) {
      Object[] value = new Object[1];
      Source[] from = new Source[1];
      Mark m = c.mark();
      c.object(PARAMETER, List.of("value", "source"), f -> {
        if ("value".equals(f)) {
          Mark vm = c.mark();
          Object plain = plain();
          try {
            value[0] = key.fromPlain(plain);
          } catch (IllegalArgumentException e) {
            throw c.failAt(vm, Msg.of("profile.parameter-value", (Localizable) key::getKind, key.getId(), plain));
          }
        } else if ("source".equals(f)) {
          from[0] = source();
        } else {
          return false;
        }
        return true;
      });
      if (value[0] == null || from[0] == null) {
        throw c.failAt(m, Msg.of("required.one", value[0] == null ? "'value'" : "'source'", PARAMETER));
      }
      @SuppressWarnings("unchecked") // fromPlain of this key returns a T.
      T typed = (T) value[0];
      Source s = from[0];
      edits.add(() -> draft.with(key, typed, s));
    }

    private Object plain() {
      switch (c.token()) {
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return c.number();
        case VALUE_STRING:
          return c.string();
        case VALUE_TRUE:
        case VALUE_FALSE:
          return c.bool();
        case START_ARRAY:
          List<String> items = new ArrayList<>();
          c.array(Msg.of("what.strings"), () -> items.add(c.text()));
          return items;
        default:
          throw c.expected("what.plain-value");
      }
    }

    private void rules() {
      c.object(Msg.of("what.rules"), List.of("(a rule id)"), ruleId -> {
        boolean[] enabled = {true};
        Severity[] severity = {null};
        Source[] from = {source};
        c.object(Msg.of("what.rule-setting"), List.of("enabled", "severity", "source"), f -> {
          switch (f) {
            case "enabled": enabled[0] = c.bool(); return true;
            case "severity": severity[0] = c.enumValue(Severity.class); return true;
            case "source": from[0] = source(); return true;
            default: return false;
          }
        });
        edits.add(() -> {
          if (severity[0] == null) {
            draft.rule(ruleId, enabled[0], from[0]);
          } else {
            draft.rule(ruleId, enabled[0], severity[0], from[0]);
          }
        });
        return true;
      });
    }
  }

  /**
   * Writes a profile with its effective parameters; the stream is flushed, not closed.
   *
   * @param profile the profile, not null
   * @param out the stream, not null
   */
  public static void write(StandardsProfile profile, OutputStream out) {
    requireNonNull(profile, "profile");
    FormatIo.write(out, g -> write(profile, g));
  }

  /**
   * Writes a profile as one JSON value to a generator.
   *
   * @param profile the profile, not null
   * @param g the generator, not null
   * @throws IOException on a write failure
   */
  public static void write(StandardsProfile profile, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeStringField("id", profile.getId());
    g.writeStringField("version", profile.getVersion());
    g.writeObjectFieldStart("title");
    g.writeStringField("zh", profile.getTitleZh());
    g.writeStringField("en", profile.getTitleEn());
    g.writeEndObject();
    if (profile.getParent().isPresent()) {
      g.writeStringField("extends", profile.getParent().get());
    }
    g.writeFieldName("source");
    source(g, profile.getSource());
    g.writeObjectFieldStart("parameters");
    for (Map.Entry<String, ProfileParameter> e : profile.getParameters().entrySet()) {
      ParameterKey<?> key = Parameters.find(e.getKey()).orElseThrow();
      g.writeObjectFieldStart(e.getKey());
      g.writeFieldName("value");
      plain(g, key.toPlain(e.getValue().getValue()));
      g.writeFieldName("source");
      source(g, e.getValue().getSource());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeObjectFieldStart("rules");
    for (Map.Entry<String, RuleSetting> e : profile.getRuleSettings().entrySet()) {
      g.writeObjectFieldStart(e.getKey());
      g.writeBooleanField("enabled", e.getValue().isEnabled());
      if (e.getValue().getSeverity().isPresent()) {
        g.writeStringField("severity", e.getValue().getSeverity().get().name());
      }
      g.writeFieldName("source");
      source(g, e.getValue().getSource());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * Writes a profile to a string.
   *
   * @param profile the profile, not null
   * @return the JSON text
   */
  public static String writeToString(StandardsProfile profile) {
    requireNonNull(profile, "profile");
    return FormatIo.writeToString(g -> write(profile, g));
  }

  private static void source(JsonGenerator g, Source s) throws IOException {
    g.writeStartObject();
    g.writeStringField("document", s.getDocument());
    g.writeStringField("note", s.getNote());
    if (!s.getNoteZh().isEmpty()) {
      g.writeStringField("noteZh", s.getNoteZh());
    }
    g.writeEndObject();
  }

  private static void plain(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Integer) {
      g.writeNumber((Integer) v);
    } else if (v instanceof Number) {
      g.writeNumber(((Number) v).doubleValue());
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof List) {
      g.writeStartArray();
      for (Object o : (List<?>) v) {
        g.writeString(String.valueOf(o));
      }
      g.writeEndArray();
    } else {
      g.writeString(String.valueOf(v));
    }
  }
}
