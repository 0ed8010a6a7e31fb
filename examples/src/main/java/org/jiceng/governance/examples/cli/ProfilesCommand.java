package org.jiceng.governance.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jiceng profiles [--format text|json]}: every built-in profile. Text: one line each,
 * {@code ID<TAB>VERSION<TAB>TITLE_ZH<TAB>TITLE_EN<TAB>PARENT<TAB>SOURCE} ({@code -} for no parent).
 * JSON: {@code {"format": "jiceng.profiles/1", "profiles": [{"id", "version", "title": {"zh", "en"},
 * "parent", "source": {"document", "note"}}]}}.
 */
@Command(name = "profiles")
final class ProfilesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "format")
  ReportOptions.Format format;

  /** Only the help is translated: the listing is for programs, and carries both titles. */
  @Mixin LanguageOption language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (format == ReportOptions.Format.text) {
      for (StandardsProfile p : BuiltInProfiles.all()) {
        out.println(String.join("\t", p.getId(), p.getVersion(), p.getTitleZh(), p.getTitleEn(), p.getParent().orElse("-"), p.getSource().toString()));
      }
    } else {
      out.print(json());
    }
    out.flush();
    return Jiceng.OK;
  }

  private static String json() {
    return JsonListing.of("jiceng.profiles/1", "profiles", g -> {
      for (StandardsProfile p : BuiltInProfiles.all()) {
        g.writeStartObject();
        g.writeStringField("id", p.getId());
        g.writeStringField("version", p.getVersion());
        g.writeObjectFieldStart("title");
        g.writeStringField("zh", p.getTitleZh());
        g.writeStringField("en", p.getTitleEn());
        g.writeEndObject();
        if (p.getParent().isPresent()) {
          g.writeStringField("parent", p.getParent().get());
        } else {
          g.writeNullField("parent");
        }
        JsonListing.source(g, p.getSource());
        g.writeEndObject();
      }
    });
  }
}
