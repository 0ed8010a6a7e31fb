package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each command's output with {@code --lang en} and {@code --lang zh}: reports, summaries and
 * messages change language; machine-read output (JSON, the lines of {@code codes} and {@code
 * profiles}, generated data) does not.
 */
class LanguageOutputTest {
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String lang, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--lang", lang));
    return Jiceng.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
  }

  private void assertBoth(String[] args, int exit, String english, String chinese) {
    assertThat(run("en", args)).as(String.join(" ", args) + ": " + err).isEqualTo(exit);
    assertThat(out.toString() + err).as(String.join(" ", args)).contains(english).doesNotContain(chinese);
    assertThat(run("zh", args)).as(String.join(" ", args) + ": " + err).isEqualTo(exit);
    assertThat(out.toString() + err).as(String.join(" ", args)).contains(chinese).doesNotContain(english);
  }

  @Test
  void reportsAndSummaries_speakTheChosenLanguage() {
    assertBoth(new String[] {"validate", "data/kazuo.json"}, 0, "Compliance report, profile liaoning-kazuo", "合规检查报告");
    assertBoth(new String[] {"advise", "--as-of", "2025-06-30", "data/kazuo.json"}, 0, "Party organization advice", "党组织设置建议");
    assertBoth(new String[] {"explain", "grid.households-range"}, 0, "runs: yes", "是否执行：是");
    assertBoth(new String[] {"visits", "data/qianxi.json", "--visits", "data/qianxi-visits.json"}, 1, "As of 2025-06-30", "截至 2025-06-30");
    assertBoth(new String[] {"scorecard", "data/qianxi.json", "--profile", "liaoning-tieling"}, 0, "Organization strong", "组织有力");
    assertBoth(new String[] {"simulate", "points", "--months", "3"}, 0, "policy liaoning-jianping-points, seed 1, 3 months", "方案 liaoning-jianping-points，种子 1，共 3 个月");
    assertBoth(new String[] {"simulate", "demands", "--quarters", "1"}, 0, "claim rate", "认领率");
  }

  @Test
  void errors_speakTheChosenLanguage() {
    assertBoth(new String[] {"codes"}, 2, "Try 'jiceng codes --help' for usage.", "用法见 'jiceng codes --help'。");
    assertBoth(new String[] {"profiles", "--format", "xml"}, 2, "Try 'jiceng profiles --help'", "用法见 'jiceng profiles --help'");
    assertBoth(new String[] {"generate", "--communities", "1", "--profile", "nowhere", "--output", "-"}, 2,
        "unknown profile 'nowhere'; see 'jiceng profiles'", "未知的标准 'nowhere'");
    assertBoth(new String[] {"simulate"}, 2, "a simulation is required: points or demands", "需要指定一种模拟");
    assertBoth(new String[] {"simulate", "points", "--months", "0"}, 2, "--months must be between 1 and 600, found 0", "--months 应在 1 到 600 之间");
    assertBoth(new String[] {"visits", "data/qianxi.json", "--visits", "data/qianxi-visits.json", "--due-within", "400"}, 2,
        "--due-within must be between 0 and 366, found 400", "--due-within 应在 0 到 366 之间，实为 400");
    assertBoth(new String[] {"scorecard", "data/qianxi.json"}, 2, "defines no scorecard", "没有定义“五有”评分");
    assertBoth(new String[] {"validate", "--threads", "0", "data/kazuo.json"}, 2, "--threads must be 1..256, found 0", "--threads 应在 1 到 256 之间");
    assertBoth(new String[] {"explain", "nope"}, 2, "unknown rule 'nope'", "未知的规则 'nope'");
    assertBoth(new String[] {"advise", "--profile", "nope", "data/kazuo.json"}, 2, "unknown profile 'nope'", "未知的标准 'nope'");
  }

  /** Issue 17: picocli's own parse errors in the chosen language, still naming the subcommand in the usage hint. */
  @Test
  void parseErrors_speakTheChosenLanguage() {
    assertBoth(new String[] {"validate"}, 2, "jiceng validate: Missing required parameter: 'FILE'",
        "jiceng validate: 缺少必需的参数：'FILE'");
    assertThat(err.toString()).contains("用法见 'jiceng validate --help'。");
    assertBoth(new String[] {"generate", "--communities", "0", "--output", "-"}, 2, "jiceng generate: communities must be 1..10000000, found 0",
        "jiceng generate: 社区数应在 1..10000000 之间，实际为0");
    assertBoth(new String[] {"simulate", "points", "--months", "abc"}, 2, "Invalid value for option '--months': 'abc' is not an int",
        "jiceng simulate points: '--months=N' 的取值 'abc' 无效；应为整数");
    assertBoth(new String[] {"profiles", "--format", "xml"}, 2, "expected one of [text, json, html] (case-insensitive) but was 'xml'",
        "'--format=text|json' 的取值 'xml' 无效；应为以下之一：text, json, html");
    assertBoth(new String[] {"simulate", "pionts"}, 2, "Unmatched argument at index 1: 'pionts'", "多余的参数：'pionts'");
    assertBoth(new String[] {"simulate", "point"}, 2, "Did you mean: simulate points?", "是否要输入：simulate points？");
    assertBoth(new String[] {"simulate", "points", "--months"}, 2, "Expected parameter for option '--months' but found '--lang'",
        "'--months=N' 缺少取值");
  }

  /** A bad file of each format the tool reads: the problem is worded in the chosen language, for every command that reads it. */
  @Test
  void formatProblems_speakTheChosenLanguage(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    String[][] cases = {
        {"jiceng.dataset/1", "validate", "FILE"},
        {"jiceng.dataset/1", "advise", "--as-of", "2025-06-30", "FILE"},
        {"jiceng.dataset/1", "split", "FILE", "--output", "OUT"},
        {"jiceng.profile/1", "validate", "--profile-file", "FILE", "data/kazuo.json"},
        {"jiceng.profile/1", "explain", "grid.households-range", "--profile-file", "FILE"},
        {"jiceng.visits/1", "visits", "data/qianxi.json", "--visits", "FILE"},
        {"jiceng.visits/1", "scorecard", "data/qianxi.json", "--profile", "liaoning-tieling", "--visits", "FILE"},
        {"jiceng.demand-events/1", "scorecard", "data/qianxi.json", "--profile", "liaoning-tieling", "--demands", "FILE"},
        {"jiceng.ledger-operations/1", "scorecard", "data/qianxi.json", "--profile", "liaoning-tieling", "--ledger", "FILE"},
        {"jiceng.points-scenario/1", "simulate", "points", "--scenario", "FILE"},
        {"jiceng.demand-scenario/1", "simulate", "demands", "--scenario", "FILE"}};
    for (String[] c : cases) {
      Path bad = dir.resolve("bad-" + c[0].replaceAll("\\W", "-") + ".json");
      Files.writeString(bad, "{\"format\": 5}");
      String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
      for (int i = 0; i < args.length; i++) {
        args[i] = args[i].equals("FILE") ? bad.toString() : args[i].equals("OUT") ? dir.resolve("out").toString() : args[i];
      }
      String where = bad.getFileName() + ":1:12 /format: ";
      assertBoth(args, 2, where + "expected \"" + c[0] + "\", found 5", where + "应为\"" + c[0] + "\"，实际为5");
    }
  }

  /**
   * Issue 17: a refusal of the model or an engine (a value's structural check, a jurisdiction's
   * broken reference, a reused visit id, a demand event its state does not allow) is worded in
   * the chosen language end to end: no English detail under a Chinese lead.
   */
  @Test
  void refusalDetails_speakTheChosenLanguage(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path urban = dir.resolve("urban.json");
    Files.writeString(urban, "{\"format\": \"jiceng.dataset/1\", \"county\": {\"id\": \"c\", \"name\": \"C\","
        + " \"permanentResidents\": 10, \"urbanPermanentResidents\": 11}}");
    assertBoth(new String[] {"validate", urban.toString()}, 2, "Area 'c': urbanPermanentResidents 11 exceeds permanentResidents 10",
        "数据不成立：区域“c”：城镇常住人口（urbanPermanentResidents）11超过常住人口（permanentResidents）10");
    assertThat(err.toString()).doesNotContain("exceeds");
    Path parent = dir.resolve("parent.json");
    Files.writeString(parent, "{\"format\": \"jiceng.dataset/1\", \"county\": {\"id\": \"c\", \"name\": \"C\"},"
        + " \"partyOrganizations\": [{\"id\": \"o1\", \"kind\": \"BRANCH\", \"name\": \"O\", \"parent\": \"x1\"}]}");
    assertBoth(new String[] {"validate", parent.toString()}, 2, "'o1': parent 'x1' does not exist", "“o1”：上级“x1”不存在");
    Path visits = dir.resolve("visits.json");
    Files.writeString(visits, "{\"format\": \"jiceng.visits/1\", \"events\": ["
        + "{\"type\": \"Visited\", \"id\": \"v1\", \"on\": \"2025-01-01\", \"household\": \"qianxi-h0002\"},"
        + "{\"type\": \"Visited\", \"id\": \"v1\", \"on\": \"2025-01-02\", \"household\": \"qianxi-h0002\"}]}");
    assertBoth(new String[] {"visits", "data/qianxi.json", "--visits", visits.toString()}, 2,
        "Visit event id 'v1' was used before for a different event: Visited on 2025-01-01 for household 'qianxi-h0002'",
        "被拒绝：走访事件编号“v1”此前已用于另一事件：2025-01-01住户“qianxi-h0002”的 Visited 事件");
    Path demands = dir.resolve("demands.json");
    Files.writeString(demands, "{\"format\": \"jiceng.demand-events/1\", \"events\": [{\"type\": \"Resolved\","
        + " \"eventId\": \"e1\", \"demandId\": \"d9\", \"at\": \"2025-06-22T09:00:00Z\"}]}");
    assertBoth(new String[] {"scorecard", "data/qianxi.json", "--profile", "liaoning-tieling", "--demands", demands.toString()}, 2,
        "jiceng: demands.json: Event 'e1' (Resolved) on demand 'd9': no such demand was submitted",
        "jiceng: demands.json: 事件“e1”（Resolved，诉求“d9”）被拒绝：没有提交过该诉求");
    assertBoth(new String[] {"explain", "grid.households-range"}, 0, "accepts: a range \"min..max\"", "取值：“min..max”形式的范围");
    Path ledger = dir.resolve("ledger.json");
    Files.writeString(ledger, "{\"format\": \"jiceng.ledger-operations/1\", \"policy\": \"liaoning-jianping-points\", \"operations\": ["
        + "{\"type\": \"Accrue\", \"id\": \"a1\", \"at\": \"2025-01-01T16:10:30Z\", \"account\": \"nobody\","
        + " \"activity\": \"parcel-collection\", \"quantity\": 1}]}");
    assertBoth(new String[] {"scorecard", "data/qianxi.json", "--profile", "liaoning-tieling", "--ledger", ledger.toString()}, 2,
        "Operation 'a1' refused (UNKNOWN): no account 'nobody'", "ledger.json:1:95 /operations/0: 操作“a1”被拒绝（不存在）：没有账户“nobody”");
  }

  @Test
  void machineReadOutput_isTheSameInBothLanguages(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    for (String[] args : List.of(new String[] {"codes", "211324000000", "91110000600037341L", "110105491231002"},
        new String[] {"profiles"}, new String[] {"profiles", "--format", "json"},
        new String[] {"validate", "--format", "json", "--profile", "cn-national", "data/luannan.json"},
        new String[] {"simulate", "points", "--months", "3", "--format", "json"},
        new String[] {"simulate", "demands", "--quarters", "1", "--format", "json"})) {
      int exit = run("en", args);
      String english = out.toString();
      assertThat(run("zh", args)).isEqualTo(exit);
      String chinese = out.toString();
      if (args[0].equals("validate")) {
        // A report's messages are rendered text: the same findings, in the chosen language.
        assertThat(chinese.lines().filter(l -> l.contains("\"rule\"")).toList())
            .isEqualTo(english.lines().filter(l -> l.contains("\"rule\"")).toList()).isNotEmpty();
        assertThat(chinese).isNotEqualTo(english);
      } else {
        assertThat(chinese).as(String.join(" ", args)).isEqualTo(english).isNotEmpty();
      }
    }
    Path en = dir.resolve("en.json");
    Path zh = dir.resolve("zh.json");
    assertThat(run("en", "generate", "--communities", "3", "--output", en.toString())).isZero();
    assertThat(run("zh", "generate", "--communities", "3", "--output", zh.toString())).isZero();
    assertThat(Files.readAllBytes(zh)).isEqualTo(Files.readAllBytes(en));
  }
}
