package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.jiceng.governance.rules.compliance.Finding;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: problems quote the file, so they are made safe to print; and columns start at 1,
 * where an empty file used to be reported at column 0.
 */
class FormatProblemTest {
  @Test
  void problem_escapesControlsAndBidiOverridesAndMasksNumbers() {
    FormatProblem p = FormatProblem.of("a\u001B.json", 3, 4, "/streets/0/\u202E13812345678",
        "unknown field '\u001B[2J'; found \"11010519491231002X\"\nkazuo.json:1:1 /: all good");
    assertThat(p.toString()).isEqualTo("a\\u001B.json:3:4 /streets/0/\\u202E138****5678: unknown field '\\u001B[2J'; found"
        + " \"110105********002X\"\\u000Akazuo.json:1:1 /: all good");
  }

  @Test
  void problem_columnAndLineZeroAreOne() {
    FormatProblem p = FormatProblem.of("x.json", 0, 0, "", "empty");
    assertThat(p.getLine()).isEqualTo(1);
    assertThat(p.getColumn()).isEqualTo(1);
    assertThat(FormatProblem.of("x.json", -1, -1, "", "unknown").getColumn()).isEqualTo(-1);
  }

  @Test
  void emptyFile_isReportedAtLineOneColumnOneInEveryMode() {
    for (DatasetReader reader : List.of(DatasetReader.strict(), DatasetReader.lenient())) {
      List<FormatProblem> whole = problems(() -> reader.read(new ByteArrayInputStream(new byte[0]), "empty.json").getProblems());
      List<FormatProblem> streamed =
          problems(() -> reader.forEachCommunity(new ByteArrayInputStream(new byte[0]), "empty.json", c -> {}).getProblems());
      assertThat(whole).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).startsWith("empty.json:1:1 "));
      assertThat(streamed).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).startsWith("empty.json:1:1 "));
    }
    ValidationResult r = DatasetValidator.usingProfileNamedInFile().validate(new ByteArrayInputStream(new byte[0]), "empty.json");
    for (FormatProblem p : r.getProblems()) {
      assertThat(p.getColumn()).isEqualTo(1);
    }
    for (Finding f : r.getFindings()) {
      f.getLocation().ifPresent(l -> assertThat(l.getColumn()).isEqualTo(1));
    }
    assertThat(r.getProblems().size() + r.getFindings().size()).isPositive();
  }

  private static List<FormatProblem> problems(java.util.function.Supplier<List<FormatProblem>> read) {
    try {
      return read.get();
    } catch (DatasetFormatException e) {
      return e.getProblems();
    }
  }
}
