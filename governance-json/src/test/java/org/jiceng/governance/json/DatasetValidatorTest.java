package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.compliance.ReportText;
import org.jiceng.governance.rules.compliance.Severity;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetValidatorTest {
  private static final String DOC = DatasetReaderTest.DOC;
  private static final DatasetValidator NAMED = DatasetValidator.usingProfileNamedInFile().withLocale(Locale.ENGLISH).withThreads(1);

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static ValidationResult validate(DatasetValidator v, String text) {
    return v.validate(in(text), "kazuo.json");
  }

  @Test
  void validate_findsLocatedFindingsAndCountsThem() {
    ValidationResult r = validate(NAMED, DOC);
    assertThat(r.isReadable()).isTrue();
    assertThat(r.getProfile()).contains("liaoning-kazuo");
    assertThat(r.getSubject()).contains("kz");
    assertThat(r.getCommunities()).isEqualTo(2);
    assertThat(r.getGrids()).isEqualTo(2);
    assertThat(r.getFindings()).isNotEmpty();
    assertThat(r.getErrors() + r.getWarnings() + r.getInfos()).isEqualTo(r.getFindings().size());
    assertThat(r.getErrors()).isEqualTo(r.getFindings().stream().filter(f -> f.getSeverity() == Severity.ERROR).count());
    assertThat(r.isSuccessful()).isEqualTo(r.getErrors() == 0);
    assertThat(r.getWorstSeverity()).contains(r.getFindings().get(0).getSeverity());
    // Findings about a part of community c2 point at where c2's parts were read (lines 15-16).
    assertThat(r.getFindings()).filteredOn(f -> f.getCommunity().filter("c2"::equals).isPresent())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.getLocation()).hasValueSatisfying(l -> assertThat(l.getLine()).isBetween(15, 16)));
    assertThat(r.getFindings()).isSortedAccordingTo(ComplianceEngine.findingOrder());
  }

  @Test
  void validate_equalsTheEngineOnTheWholeDataset() {
    ValidationResult streamed = validate(NAMED, DOC);
    Dataset whole = DatasetReader.strict().withLocale(Locale.ENGLISH).read(in(DOC), "kazuo.json");
    ValidationResult read = NAMED.validate(whole, "kazuo.json");
    assertThat(read.getFindings()).isEqualTo(streamed.getFindings());
    assertThat(read.getMeasured()).isEqualTo(streamed.getMeasured());
    assertThat(read.toReport()).isEqualTo(streamed.toReport());
    // The whole dataset kept where each id was read.
    assertThat(read.getFindings()).allSatisfy(f -> {
      if (!f.getSubject().isEmpty() && f.getCommunity().isPresent()) {
        assertThat(f.getLocation()).isPresent();
      }
    });
  }

  @Test
  void validate_strictFormatProblemIsReturnedNotThrown() {
    ValidationResult r = validate(NAMED, DOC.replace("\"households\": 280", "\"households\": \"三百\""));
    assertThat(r.isReadable()).isFalse();
    assertThat(r.isSuccessful()).isFalse();
    assertThat(r.getProblems()).extracting(FormatProblem::toString)
        .containsExactly("kazuo.json:16:61 /streets/0/communities/1/grids/0/households: expected a whole number >= 0, found \"三百\"");
    // c1 was checked before the problem; county-wide figures over part of a county are not given.
    assertThat(r.getMeasured()).isEmpty();
  }

  @Test
  void validate_lenientKeepsTheFirstProblemsAndCountsAll() {
    StringBuilder communities = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      communities.append(i == 0 ? "" : ",\n").append("{\"id\": \"c").append(i).append("\", \"name\": \"社区\", \"bad\": 1}");
    }
    String doc = "{\"format\": \"jiceng.dataset/1\", \"county\": {\"id\": \"k\", \"name\": \"县\"},\n"
        + "\"streets\": [{\"id\": \"s\", \"name\": \"街道\", \"communities\": [\n" + communities + "]}]}";
    List<FormatProblem> streamed = new ArrayList<>();
    ValidationResult r = NAMED.withLenient(true).withMaxProblems(5).validate(in(doc), "bad.json", new ValidationListener() {
      @Override
      public void problem(FormatProblem p) {
        streamed.add(p);
      }
    });
    assertThat(r.getProblemCount()).isEqualTo(30);
    assertThat(r.getProblems()).hasSize(5).isEqualTo(streamed.subList(0, 5));
    assertThat(streamed).hasSize(30);
    assertThat(r.getProblems().get(0).getLine()).isEqualTo(3);
    assertThat(r.isFindingsRetained()).isFalse();
  }

  @Test
  void validate_unknownProfileNamedInTheFileIsAProblem() {
    ValidationResult r = validate(NAMED, DOC.replace("liaoning-kazuo", "nowhere"));
    assertThat(r.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/profile");
      assertThat(p.getMessage()).contains("unknown profile 'nowhere'").contains("cn-national");
    });
  }

  @Test
  void validate_fixedProfileIgnoresTheNamedOne() {
    ValidationResult r = validate(DatasetValidator.of(BuiltInProfiles.get("cn-national")).withLocale(Locale.ENGLISH), DOC);
    assertThat(r.getProfile()).contains("cn-national");
  }

  @Test
  void validate_countyWithoutCommunitiesIsCheckedInOneRead() {
    String doc = "{\"format\": \"jiceng.dataset/1\", \"county\": {\"id\": \"k\", \"name\": \"县\"}, \"streets\": []}";
    ValidationResult r = validate(NAMED, doc);
    assertThat(r.isReadable()).isTrue();
    assertThat(r.getSubject()).contains("k");
    assertThat(r.getProfile()).contains("cn-national");
    assertThat(r.getCommunities()).isZero();
  }

  @Test
  void validate_invalidUtf8IsAProblemAtItsLineAndColumn() {
    byte[] good = DOC.getBytes(StandardCharsets.UTF_8);
    String marker = "城南社区";
    int at = DOC.indexOf(marker);
    byte[] prefix = DOC.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] bad = good.clone();
    bad[prefix.length] = (byte) 0xFF;
    ValidationResult r = NAMED.validate(new ByteArrayInputStream(bad), "bad.json");
    int line = (int) DOC.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    int column = at - DOC.lastIndexOf('\n', at - 1);
    assertThat(r.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getLine()).isEqualTo(line);
      assertThat(p.getColumn()).isEqualTo(column);
      assertThat(p.getMessage()).contains("invalid UTF-8").contains("0xFF").contains("GB18030");
    });
  }

  @Test
  void validate_gb18030FileIsRefusedAsUtf8AndReadWithItsCharset() {
    Charset gb = Charset.forName("GB18030");
    byte[] bytes = DOC.getBytes(gb);
    ValidationResult refused = NAMED.validate(new ByteArrayInputStream(bytes), "gbk.json");
    assertThat(refused.getProblems()).singleElement()
        .satisfies(p -> assertThat(p.getMessage()).contains("invalid UTF-8").contains("iconv -f GB18030 -t UTF-8"));
    ValidationResult read = NAMED.withCharset(gb).validate(new ByteArrayInputStream(bytes), "gbk.json");
    assertThat(read.getFindings()).isEqualTo(validate(NAMED, DOC).getFindings());
  }

  @Test
  void validate_utf16AndUtf32AreRefusedWithTheirName() {
    for (String name : List.of("UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE")) {
      ValidationResult r = NAMED.validate(new ByteArrayInputStream(DOC.getBytes(Charset.forName(name))), "x.json");
      assertThat(r.getProblems()).as(name).singleElement().satisfies(p -> {
        assertThat(p.getLine()).isEqualTo(1);
        assertThat(p.getColumn()).isEqualTo(1);
        assertThat(p.getMessage()).contains(name.equals("UTF-16") ? "UTF-16BE" : name).contains("iconv");
      });
    }
  }

  @Test
  void validate_utf8ByteOrderMarkIsAccepted() {
    byte[] body = DOC.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    ValidationResult r = NAMED.validate(new ByteArrayInputStream(withBom), "bom.json");
    assertThat(r.isReadable()).isTrue();
    assertThat(r.getFindings()).isEqualTo(validate(NAMED, DOC).getFindings());
  }

  @Test
  void validate_columnsCountCharactersNotBytes() {
    // The bad value follows Chinese text on its line: 3 bytes, 1 column each.
    String bad = DOC.replace("\"name\": \"第二网格\", \"households\": 280", "\"name\": \"第二网格\", \"households\": true");
    FormatProblem p = validate(NAMED, bad).getProblems().get(0);
    String line = bad.split("\n")[p.getLine() - 1];
    assertThat(line.substring(p.getColumn() - 1)).startsWith("true");
  }

  @Test
  void validateTo_writesTheSameReportAsTheWholeResult() {
    ValidationResult whole = validate(NAMED, DOC);
    StringWriter json = new StringWriter();
    NAMED.validateTo(in(DOC), "kazuo.json", DatasetValidator.ReportStyle.JSON, Locale.ENGLISH, json, new ValidationListener() {});
    assertThat(json.toString()).isEqualTo(ReportFormat.writeToString(whole.toReport(), Locale.ENGLISH));
    StringWriter text = new StringWriter();
    NAMED.validateTo(in(DOC), "kazuo.json", DatasetValidator.ReportStyle.TEXT, Locale.SIMPLIFIED_CHINESE, text, new ValidationListener() {});
    assertThat(text.toString()).isEqualTo(ReportText.render(whole.toReport(), Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void validateTo_writesNoReportForABadFile() {
    StringWriter out = new StringWriter();
    ValidationResult r = NAMED.validateTo(in("{\"format\": 3}"), "bad.json", DatasetValidator.ReportStyle.JSON, Locale.ENGLISH, out,
        new ValidationListener() {});
    assertThat(r.isReadable()).isFalse();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void validate_pathNamesTheFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("county.json");
    Files.writeString(f, DOC, StandardCharsets.UTF_8);
    ValidationResult r = NAMED.validate(f);
    assertThat(r.getSource()).isEqualTo("county.json");
    assertThat(r.getFindings()).allSatisfy(x -> assertThat(x).isInstanceOf(Finding.class));
    assertThat(r.getFindings()).isEqualTo(validate(NAMED, DOC).getFindings());
  }

  @Test
  void options_rejectBadValues() {
    assertThatThrownBy(() -> NAMED.withThreads(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
    assertThatThrownBy(() -> NAMED.withMaxProblems(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max problems");
    assertThatThrownBy(() -> NAMED.validate((Path) null)).isInstanceOf(NullPointerException.class).hasMessageContaining("file");
  }
}
