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
  void help_worksOnEveryCommandAndSubcommandInBothLanguages() {
    List<List<String>> all = paths(new CommandLine(new Jiceng()), List.of());
    assertThat(all).extracting(p -> String.join(" ", p)).contains("validate", "generate", "simulate points", "simulate demands", "advise",
        "codes", "profiles", "explain", "visits", "scorecard");
    for (List<String> path : all) {
      String command = "jiceng " + String.join(" ", path);
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      args.add("--lang");
      args.add("en");
      assertThat(run(args.toArray(String[]::new))).as(args + ": " + err).isZero();
      String english = out.toString();
      assertThat(english).as(command).startsWith("Usage: " + command).contains("--lang=zh|en").contains("Show this help message")
          .contains("\nExamples:\n  jiceng ").doesNotContain("用法", "显示本帮助");
      args.set(args.size() - 1, "zh");
      assertThat(run(args.toArray(String[]::new))).as(args + ": " + err).isZero();
      assertThat(out.toString()).as(command).startsWith("用法：" + command).contains("显示本帮助并退出").contains("\n示例：\n  jiceng ");
    }
  }

  @Test
  void help_followsTheOneLanguageSettingWhenNoLangIsGiven() {
    // Surefire pins the locale to zh_CN and JICENG_LANG to empty: Chinese.
    assertThat(run("validate", "--help")).isZero();
    assertThat(out.toString()).startsWith("用法：jiceng validate").contains("数据集文件，用 - 表示标准输入");
    assertThat(Jiceng.requestedLanguage(new String[] {"validate", "--lang=EN", "x"}, "zh")).isEqualTo("en");
    assertThat(Jiceng.requestedLanguage(new String[] {"validate", "--lang", "fr"}, "zh")).isEqualTo("zh");
    assertThat(Jiceng.requestedLanguage(new String[] {"validate", "--", "--lang", "en"}, "zh")).isEqualTo("zh");
  }

  /** The README's example of a usage error, in both languages, as the tool prints it. */
  @Test
  void mistypedOption_printsTheReadmesLines() {
    assertThat(run("validate", "--lang", "en", "--formt", "json", "x.json")).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly("jiceng validate: Unknown options: '--formt', 'x.json'",
        "Possible solutions: --format", "Try 'jiceng validate --help' for usage.");
    err.getBuffer().setLength(0);
    assertThat(run("validate", "--lang", "zh", "--formt", "json", "x.json")).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly("jiceng validate: 未知的选项：'--formt', 'x.json'",
        "可能的写法：--format", "用法见 'jiceng validate --help'。");
  }

  @Test
  void mistypedOption_namesTheSubcommandAndSuggests() {
    assertThat(run("validate", "--formt", "json", "--lang", "zh", "x.json")).isEqualTo(2);
    // Issue 17: picocli's error in the tool's language, with picocli's suggestion.
    assertThat(err.toString()).contains("jiceng validate: 未知的选项：'--formt'").contains("可能的写法：--format")
        .contains("用法见 'jiceng validate --help'。").doesNotContain("Unknown", "Possible");
    err.getBuffer().setLength(0);
    assertThat(run("validate", "--formt", "json", "--lang", "en", "x.json")).isEqualTo(2);
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
