package org.jiceng.governance.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CodeFormatExceptionTest {
  private static final String P = CodeFormatException.KEY_PREFIX;

  private static CodeFormatException parseFailure(Runnable parse) {
    try {
      parse.run();
    } catch (CodeFormatException e) {
      return e;
    }
    throw new AssertionError("parsed");
  }

  /** Each problem has exactly its fragments .0 .. .n in both languages, and nothing else is keyed for it. */
  @Test
  void bundles_holdEveryProblemsFragmentsInChineseAndEnglish() {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.ROOT}) {
      ResourceBundle b = ResourceBundle.getBundle(CodeFormatException.BUNDLE, locale);
      for (CodeFormatException.Problem p : CodeFormatException.Problem.values()) {
        for (int i = 0; i <= p.getArgumentCount(); i++) {
          assertThat(b.containsKey(P + p.name() + "." + i)).as(locale + " " + p + "." + i).isTrue();
        }
        assertThat(b.containsKey(P + p.name() + "." + (p.getArgumentCount() + 1))).as(locale + " " + p).isFalse();
      }
      for (CodeKind k : CodeKind.values()) {
        assertThat(b.getString(P + "kind." + k.name())).isNotBlank();
      }
    }
  }

  @Test
  void bundles_haveTheSameKeysInChineseAndEnglish() {
    Set<String> zh = keys(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh).isEqualTo(keys(Locale.ENGLISH)).isEqualTo(keys(Locale.ROOT));
  }

  private static Set<String> keys(Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle(CodeFormatException.BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
    return new TreeSet<>(b.keySet());
  }

  @Test
  void getMessage_staysEnglishAndMachineReadable() {
    CodeFormatException e = parseFailure(() -> DivisionCode.parse("21132400100A"));
    assertThat(e.getMessage()).isEqualTo("Invalid division code '21132400100A' at position 12: expected a digit, found 'A'");
    assertThat(e.getProblem()).isEqualTo(CodeFormatException.Problem.NOT_DIGIT);
    assertThat(e.getArguments()).containsExactly("A");
    assertThat(e.getReason()).isEqualTo("expected a digit, found 'A'");
  }

  @Test
  void getMessage_inChinese() {
    CodeFormatException e = parseFailure(() -> DivisionCode.parse("21132400100A"));
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("统计用区划代码“21132400100A”无效（第12位）：应为数字，实际为'A'");
    assertThat(e.getReason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("应为数字，实际为'A'");
  }

  @Test
  void segmentOrder_namesTheSegmentInEachLanguage() {
    CodeFormatException e = parseFailure(() -> DivisionCode.parse("110000001000"));
    assertThat(e.getProblem()).isEqualTo(CodeFormatException.Problem.SEGMENT_ORDER);
    assertThat(e.getReason()).startsWith("the township segment is set");
    assertThat(e.getReason(Locale.SIMPLIFIED_CHINESE)).startsWith("乡级代码已填写");
  }

  /** Every reason the parsers give reads as Chinese in Chinese: no English word of the English text is left. */
  @Test
  void everyParserReason_isTranslated() {
    String[] division = {"1234", "21132400100A", "001324001001", "110000001000"};
    String[] credit = {"9111", "91110000600037341n".replace('n', 'I'), "X1110000600037341N", "9111A000600037341N", "91110000600037341N"};
    String[] identity = {"1", "11010A19491231002X", "11010519491A31002X", "11010519491231002Z", "110105194913310024", "110105194912310021"};
    Set<CodeFormatException.Problem> seen = new TreeSet<>();
    for (String s : division) {
      check(parseFailure(() -> DivisionCode.parse(s)), seen);
    }
    for (String s : credit) {
      check(parseFailure(() -> UnifiedSocialCreditCode.parse(s)), seen);
    }
    for (String s : identity) {
      check(parseFailure(() -> ResidentIdNumber.parse(s)), seen);
    }
    for (String s : new String[] {"1101054912310", "11010A491231002", "110105491331002"}) {
      check(parseFailure(() -> ResidentIdNumber.fromFirstGeneration(s)), seen);
    }
    assertThat(seen).containsExactlyInAnyOrder(CodeFormatException.Problem.values());
  }

  private static void check(CodeFormatException e, Set<CodeFormatException.Problem> seen) {
    seen.add(e.getProblem());
    String zh = e.getMessage(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh).as(e.getMessage()).doesNotContainPattern("expected|found|Invalid|position|segment|digit");
    if (e.getKind() == CodeKind.RESIDENT_ID) {
      // Masked in both languages: no run of the birth date's digits.
      assertThat(zh).doesNotContainPattern("\\d{10}");
      assertThat(e.getMessage()).doesNotContainPattern("\\d{10}");
    }
  }

  @Test
  void constructor_refusesTheWrongNumberOfArguments() {
    assertThatThrownBy(() -> new CodeFormatException(CodeKind.DIVISION, "x", -1, CodeFormatException.Problem.NOT_DIGIT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
