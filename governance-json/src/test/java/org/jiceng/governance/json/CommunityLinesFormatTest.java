package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.Locale;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.governance.core.testing.ModelArbitraries;
import org.jiceng.governance.rules.compliance.CommunityScope;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.junit.jupiter.api.Test;

class CommunityLinesFormatTest {
  private static final CommunityLinesFormat LINES = CommunityLinesFormat.strict().withLocale(Locale.ENGLISH);

  /** The two communities of {@link DatasetReaderTest#DOC} as lines. */
  static List<String> docLines() {
    List<String> out = new ArrayList<>();
    DatasetReader.strict().withLocale(Locale.ENGLISH).forEachCommunity(in(DatasetReaderTest.DOC), "kazuo.json", s -> out.add(LINES.writeLine(s)));
    return out;
  }

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static FormatProblem problemOf(String line, long number) {
    try {
      LINES.readLine(line, "part.jsonl", number);
    } catch (CommunityLinesFormatException e) {
      return e.getProblems().get(0);
    }
    throw new AssertionError("no problem in " + line);
  }

  @Test
  void writeLine_isOneLineNamingTheFormatWithOnlyTheUnitsThatConcernTheCommunity() {
    List<String> lines = docLines();
    assertThat(lines).hasSize(2);
    assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("\n").startsWith("{\"format\":\"jiceng.community/1\""));
    assertThat(lines.get(0)).contains("\"u1\"").contains("\"c1\"").doesNotContain("\"c2\"");
    assertThat(lines.get(1)).doesNotContain("\"u1\"").contains("\"c2\"").contains("\"wc\"");
  }

  @Test
  void readLine_givesBackTheSubtreeOfTheDataset() {
    List<CommunitySubtree> read = new ArrayList<>();
    DatasetReader.strict().withLocale(Locale.ENGLISH).forEachCommunity(in(DatasetReaderTest.DOC), "kazuo.json", read::add);
    List<String> lines = docLines();
    for (int i = 0; i < lines.size(); i++) {
      CommunitySubtree back = LINES.readLine(lines.get(i), "kazuo.jsonl", i + 1);
      assertThat(back).isEqualTo(read.get(i));
      assertThat(back.getJurisdiction()).isEqualTo(read.get(i).getJurisdiction());
      assertThat(back.getProfile()).contains("liaoning-kazuo");
    }
  }

  @Test
  void readLine_locatesFindingsOnTheLineOfTheFile() {
    String line = docLines().get(1);
    CommunitySubtree s = LINES.readLine(line, "kazuo.jsonl", 42);
    assertThat(s.getLocator().locate("g2")).hasValueSatisfying(l -> {
      assertThat(l.getLine()).isEqualTo(42);
      assertThat(l.getPath()).isEqualTo("/streets/0/communities/0/grids/0");
      assertThat(l.getColumn()).isEqualTo(line.indexOf("{\"id\":\"g2\"") + 1);
    });
  }

  @Test
  void readLine_namesLineColumnAndPointerOfABadValue() {
    String line = docLines().get(0).replace("\"households\":300", "\"households\":\"三百\"");
    FormatProblem p = problemOf(line, 7);
    assertThat(p.getSource()).isEqualTo("part.jsonl");
    assertThat(p.getLine()).isEqualTo(7);
    assertThat(p.getColumn()).isEqualTo(line.indexOf("\"三百\"") + 1);
    assertThat(p.getPointer()).isEqualTo("/streets/0/communities/0/grids/0/households");
    assertThat(p.getMessage()).contains("expected a whole number >= 0");
  }

  @Test
  void readLine_rejectsWhatIsNotOneCommunityOnOneLine() {
    String line = docLines().get(0);
    assertThat(problemOf(line.replace("jiceng.community/1", "jiceng.dataset/1"), 3).getMessage()).contains("\"jiceng.community/1\"");
    assertThat(problemOf("   ", 3).getMessage()).contains("empty line");
    assertThat(problemOf(line.replace("\"streets\":[", "\"streets\":[{\"id\":\"s0\",\"name\":\"空街道\"},"), 3).getMessage())
        .contains("one street holding one community");
    String twice = line.replace("\"communities\":[", "\"communities\":[{\"id\":\"c9\",\"name\":\"九社区\"},");
    assertThat(problemOf(twice, 3).getMessage()).contains("found a second one");
    assertThat(problemOf(line.replace("\"name\":\"城北社区\"", "\"name\":\"城北社区\",\"age\":3"), 3).getMessage()).contains("'age'");
    assertThat(problemOf(line.substring(0, line.length() - 1), 3).getMessage()).contains("malformed JSON");
  }

  @Test
  void readLine_rejectsMalformedUtf8AtItsColumn() {
    byte[] bytes = docLines().get(0).getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.UTF_8).indexOf("城北") ;
    byte[] bad = bytes.clone();
    int byteAt = docLines().get(0).substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    bad[byteAt] = (byte) 0xB3;
    assertThatThrownBy(() -> LINES.readLine(bad, 0, bad.length, "gbk.jsonl", 5))
        .isInstanceOf(CommunityLinesFormatException.class)
        .satisfies(e -> {
          FormatProblem p = ((CommunityLinesFormatException) e).getProblems().get(0);
          assertThat(p.getLine()).isEqualTo(5);
          assertThat(p.getMessage()).contains("UTF-8");
        });
  }

  @Test
  void forEachCommunity_strictStopsAtTheFirstBadLine_lenientSkipsItAndCountsIt() {
    List<String> lines = docLines();
    String file = lines.get(0) + "\n{\"format\":\"jiceng.community/1\"}\n" + lines.get(1) + "\r\n";
    assertThatThrownBy(() -> LINES.forEachCommunity(in(file), "k.jsonl", s -> {}))
        .isInstanceOf(CommunityLinesFormatException.class).hasMessageStartingWith("k.jsonl:2:");
    List<String> seen = new ArrayList<>();
    ReadSummary r = CommunityLinesFormat.lenient().withLocale(Locale.ENGLISH).forEachCommunity(in(file), "k.jsonl", s -> seen.add(s.getCommunity().getId()));
    assertThat(seen).containsExactly("c1", "c2");
    assertThat(r.getCommunities()).isEqualTo(2);
    assertThat(r.getStreets()).isEqualTo(1);
    assertThat(r.getGrids()).isEqualTo(2);
    assertThat(r.getProblemCount()).isEqualTo(1);
    assertThat(r.getProblems().get(0).getLine()).isEqualTo(2);
    assertThat(r.getCounty()).hasValueSatisfying(c -> assertThat(c.getId()).isEqualTo("kz"));
  }

  @Test
  void writeLine_toStreamEndsEachLineAndMasksPersonalDataUnlessAsked() {
    var j = ModelArbitraries.grow(3, 2);
    String dataset = DatasetWriter.standard().withPersonalDataInFull(true).withProfile("cn-national").writeToString(j);
    ByteArrayOutputStream masked = new ByteArrayOutputStream();
    ByteArrayOutputStream full = new ByteArrayOutputStream();
    DatasetReader.strict().withLocale(Locale.ENGLISH).forEachCommunity(in(dataset), "g.json", s -> {
      LINES.writeLine(s, masked);
      LINES.withPersonalDataInFull(true).writeLine(s, full);
    });
    String m = masked.toString(StandardCharsets.UTF_8);
    assertThat(m.split("\n", -1)).hasSize(j.getAreas(org.jiceng.governance.core.area.AreaLevel.COMMUNITY).size() + 1);
    assertThat(m).doesNotContainPattern("\"identityNumber\":\"\\d{17}[\\dX]\"");
    assertThat(full.toString(StandardCharsets.UTF_8).length()).isGreaterThanOrEqualTo(m.length());
  }

  @Test
  void schema_acceptsWrittenLinesAndRejectsTwoCommunities() throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://jiceng.org/schema/", "classpath:org/jiceng/governance/json/schema/")))
        .getSchema(CommunityLinesFormatTest.class.getResourceAsStream("/org/jiceng/governance/json/schema/jiceng.community-1.schema.json"));
    ObjectMapper mapper = new ObjectMapper();
    for (long seed = 0; seed < 10; seed++) {
      var j = ModelArbitraries.grow(seed, 1 + (int) (seed % 4));
      String dataset = DatasetWriter.standard().withProfile("cn-national").writeToString(j);
      DatasetReader.strict().withLocale(Locale.ENGLISH).forEachCommunity(in(dataset), "g.json", s -> {
        try {
          assertThat(schema.validate(mapper.readTree(LINES.writeLine(s)))).isEmpty();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    String line = docLines().get(0);
    assertThat(schema.validate(mapper.readTree(line.replace("\"communities\":[", "\"communities\":[{\"id\":\"c9\",\"name\":\"九\"},"))))
        .isNotEmpty();
    assertThat(schema.validate(mapper.readTree(line.replace("jiceng.community/1", "jiceng.dataset/1")))).isNotEmpty();
    assertThat(schema.validate(mapper.readTree(line.replace("\"households\":300", "\"households\":-3")))).isNotEmpty();
  }

  @Test
  void linesCheckedOneByOne_giveTheLocalFindingsOfTheDatasetOnTheirLines() {
    var engine = ComplianceEngine.of(BuiltInProfiles.get("liaoning-kazuo"));
    List<String> lines = docLines();
    List<Finding> fromLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      CommunitySubtree s = LINES.readLine(lines.get(i), "kazuo.jsonl", i + 1);
      List<Finding> local = engine.checkLocal(CommunityScope.of(s.getJurisdiction(), s.getCommunity().getId(), s.getLocator()));
      int line = i + 1;
      assertThat(local).allSatisfy(f -> assertThat(f.getLocation()).hasValueSatisfying(l -> assertThat(l.getLine()).isEqualTo(line)));
      fromLines.addAll(local);
    }
    assertThat(fromLines).isNotEmpty();
  }
}
