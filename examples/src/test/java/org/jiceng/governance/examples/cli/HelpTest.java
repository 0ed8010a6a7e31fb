package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTest {
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Jiceng.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  /** Every command path of the tool, e.g. ["simulate", "points"]. */
  private static List<List<String>> paths(CommandLine c, List<String> prefix) {
    List<List<String>> out = new ArrayList<>();
    c.getSubcommands().forEach((name, sub) -> {
      if (name.equals("help")) {
        return;
      }
      List<String> p = new ArrayList<>(prefix);
      p.add(name);
      out.add(p);
      out.addAll(paths(sub, p));
    });
    return out;
  }

  @Test
  void help_worksOnEveryCommandAndSubcommand() {
    List<List<String>> all = paths(new CommandLine(new Jiceng()), List.of());
    assertThat(all).extracting(p -> String.join(" ", p)).contains("validate", "generate", "simulate points", "simulate demands", "advise");
    for (List<String> path : all) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      assertThat(run(args.toArray(String[]::new))).as(String.join(" ", args) + ": " + err).isZero();
      assertThat(out.toString()).as(String.join(" ", args)).contains("Usage: jiceng " + String.join(" ", path));
    }
  }

  @Test
  void mistypedOption_namesTheSubcommandAndSuggests() {
    assertThat(run("validate", "--formt", "json", "x.json")).isEqualTo(2);
    assertThat(err.toString()).contains("jiceng validate: Unknown option").contains("'--formt'").contains("Possible solutions: --format")
        .contains("Try 'jiceng validate --help' for usage.");
  }

  @Test
  void enumValues_areCaseInsensitive() {
    assertThat(run("validate", "--format", "JSON", "--lang", "EN", ValidateCommandTest.KAZUO.toString())).isZero();
    assertThat(out.toString()).contains("\"format\" : \"jiceng.report/1\"");
  }

  @Test
  void language_followsJicengLangThenTheLocaleThenChinese() {
    assertThat(Jiceng.language("en", java.util.Locale.CHINA)).isEqualTo("en");
    assertThat(Jiceng.language("ZH", java.util.Locale.ENGLISH)).isEqualTo("zh");
    assertThat(Jiceng.language(null, java.util.Locale.ENGLISH)).isEqualTo("en");
    assertThat(Jiceng.language("fr", java.util.Locale.US)).isEqualTo("en");
    assertThat(Jiceng.language(null, java.util.Locale.CHINA)).isEqualTo("zh");
    assertThat(Jiceng.language(null, java.util.Locale.FRENCH)).isEqualTo("zh");
    assertThat(Jiceng.language("", java.util.Locale.GERMAN)).isEqualTo("zh");
  }
}
