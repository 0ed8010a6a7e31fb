package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CodesCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Jiceng.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void codes_allValidExitsZero() {
    int code = run("codes", "211324001001", "91350100M000100Y43", "11010519491231002X", "121200004013590816");
    assertThat(code).isZero();
    assertThat(out.toString().split("\\R"))
        .containsExactly(
            "211324001001\tdivision\tvalid",
            "91350100M000100Y43\tcredit\tvalid",
            "110105********002X\tresident-id\tvalid",
            "121200004013590816\tcredit\tvalid");
  }

  @Test
  void codes_anyInvalidExitsOneWithReason() {
    int code = run("codes", "--lang", "en", "21132400100A", "91110000600037341N", "36042619910102009X", "12345");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString().split("\\R"))
        .containsExactly(
            "21132400100A\tdivision\tinvalid: at position 12: expected a digit, found 'A'",
            "91110000600037341N\tcredit\tinvalid: at position 18: expected check character 'L', found 'N'",
            "360426********009X\tresident-id\tinvalid: at position 18: expected check character '3', found 'X'",
            "*****\tunknown\tinvalid: expected a 12-digit division code, an 18-character credit code or identity number, or a 15-digit identity number, found 5 characters");
    assertThat(out.toString()).doesNotContain("19910102");
  }

  @Test
  void codes_withoutArgumentsIsUsageError() {
    assertThat(run("codes")).isEqualTo(2);
    assertThat(err.toString()).contains("CODE");
  }

  @Test
  void unknownOption_isUsageError() {
    assertThat(run("--frobnicate")).isEqualTo(2);
    assertThat(run()).isEqualTo(2);
  }

  @Test
  void version_printsTheVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("jiceng ");
  }

  /** A code outside the conventional digit ranges is valid, with the warning printed beside it (NATIONAL.md: a warning, never an error). */
  @Test
  void codes_rangeWarningIsPrintedButValid() {
    assertThat(run("codes", "--lang", "en", "211324700001", "211324001700")).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "211324700001\tdivision\tvalid; warning: township digits 700 are outside the ranges 001-599",
        "211324001700\tdivision\tvalid; warning: village digits 700 are outside the ranges 001-599");
    // Issue 17: the warning is in the chosen language, like the reason of an invalid code.
    out.getBuffer().setLength(0);
    assertThat(run("codes", "--lang", "zh", "211324700001", "211324001700")).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "211324700001\tdivision\tvalid; warning: 乡级代码 700 超出 001-599 的范围",
        "211324001700\tdivision\tvalid; warning: 村级代码 700 超出 001-599 的范围");
  }

  /** The reason is in the chosen language (Chinese by default in the tests); the rest of the line is not. */
  @Test
  void codes_reasonInChinese() {
    int code = run("codes", "21132400100A", "91110000600037341N", "36042619910102009X", "12345", "110105491331002");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString().split("\\R"))
        .containsExactly(
            "21132400100A\tdivision\tinvalid: 第12位：应为数字，实际为'A'",
            "91110000600037341N\tcredit\tinvalid: 第18位：校验码应为'L'，实际为'N'",
            "360426********009X\tresident-id\tinvalid: 第18位：校验码应为'3'，实际为'X'",
            "*****\tunknown\tinvalid: 应为12位统计用区划代码、18位统一社会信用代码或公民身份号码、或15位公民身份号码，实际为5个字符",
            "110105********2\tresident-id-15\tinvalid: 出生日期（yyMMdd，19yy年）应为真实存在的日期");
    assertThat(out.toString()).doesNotContain("19910102");
  }

  @Test
  void codes_firstGenerationIdentityNumberIsItsOwnKindWithItsEighteenCharacterForm() {
    assertThat(run("codes", "--lang", "en", "110105491231002", "110105491331002")).isEqualTo(1);
    assertThat(out.toString().split("\\R"))
        .containsExactly("110105********2\tresident-id-15\tvalid; 18-character form: 110105********002X",
            "110105********2\tresident-id-15\tinvalid: expected a birth date yyMMdd (19yy) that exists");
    assertThat(out.toString()).doesNotContain("491231").doesNotContain("19491231");
  }
}
