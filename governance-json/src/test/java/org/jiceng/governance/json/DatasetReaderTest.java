package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Locale;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.governance.core.area.AreaLevel;
import org.junit.jupiter.api.Test;

class DatasetReaderTest {
  /** Two communities; line numbers of this text are asserted below. */
  static final String DOC =
      "{\n"
          + "  \"format\": \"jiceng.dataset/1\",\n"
          + "  \"profile\": \"liaoning-kazuo\",\n"
          + "  \"asOf\": \"2025-06-30\",\n"
          + "  \"county\": {\"id\": \"kz\", \"name\": \"喀左县\", \"divisionCode\": \"211324000000\"},\n"
          + "  \"units\": [{\"id\": \"u1\", \"name\": \"县供电公司\", \"creditCode\": \"91110000600037341L\", \"kind\": \"STATE_ENTERPRISE\", \"areas\": [\"c1\"]}],\n"
          + "  \"streets\": [\n"
          + "    {\"id\": \"s1\", \"name\": \"大城子街道\", \"divisionCode\": \"211324001000\",\n"
          + "     \"partyOrganizations\": [{\"id\": \"wc\", \"kind\": \"WORKING_COMMITTEE\", \"name\": \"党工委\"}],\n"
          + "     \"communities\": [\n"
          + "      {\"id\": \"c1\", \"name\": \"城北社区\", \"divisionCode\": \"211324001001\", \"urbanPermanentResidents\": 5000,\n"
          + "       \"communityWorkers\": [{\"id\": \"w1\", \"name\": \"王书记\", \"post\": \"PRINCIPAL\", \"secretary\": true}],\n"
          + "       \"grids\": [{\"id\": \"g1\", \"name\": \"第一网格\", \"households\": 300,\n"
          + "                  \"gridWorkers\": [{\"id\": \"gw1\", \"name\": \"李\", \"role\": \"FULL_TIME\"}]}]},\n"
          + "      {\"id\": \"c2\", \"name\": \"城南社区\",\n"
          + "       \"grids\": [{\"id\": \"g2\", \"name\": \"第二网格\", \"households\": 280}]}\n"
          + "     ]}\n"
          + "  ]\n"
          + "}\n";

  private static Dataset read(String json) {
    return DatasetReader.strict().withLocale(Locale.ENGLISH).read(in(json), "kazuo.json");
  }

  private static ByteArrayInputStream in(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String firstProblem(String json) {
    try {
      read(json);
    } catch (DatasetFormatException e) {
      return e.getProblems().get(0).toString();
    }
    throw new AssertionError("expected a DatasetFormatException");
  }

  @Test
  void read_validDocument() {
    Dataset d = read(DOC);
    assertThat(d.getProfile()).contains("liaoning-kazuo");
    var j = d.getJurisdiction().orElseThrow();
    assertThat(j.getAreas(AreaLevel.GRID)).hasSize(2);
    assertThat(j.getHouseholds("s1")).isEqualTo(580);
    assertThat(j.getAsOf()).hasToString("Optional[2025-06-30]");
    assertThat(j.getCommunityWorkersWithin("c1")).hasSize(1);
  }

  @Test
  void read_wrongTypeNamesFileLineColumnAndPointer() {
    String bad = DOC.replace("\"households\": 280", "\"households\": \"三百\"");
    assertThat(firstProblem(bad))
        .isEqualTo("kazuo.json:16:61 /streets/0/communities/1/grids/0/households: expected a whole number >= 0, found \"三百\"");
  }

  @Test
  void read_negativeCount() {
    assertThat(firstProblem(DOC.replace("\"households\": 300", "\"households\": -3")))
        .contains("/streets/0/communities/0/grids/0/households: expected a whole number >= 0, found -3");
  }

  @Test
  void read_unknownField() {
    assertThat(firstProblem(DOC.replace("\"role\": \"FULL_TIME\"", "\"role\": \"FULL_TIME\", \"age\": 3")))
        .contains("/streets/0/communities/0/grids/0/gridWorkers/0/age: unknown field 'age'; expected one of id, name, role, duty, identityNumber, phone");
  }

  @Test
  void read_duplicateKey() {
    assertThat(firstProblem(DOC.replace("\"households\": 300,", "\"households\": 300, \"households\": 301,")))
        .contains("duplicate key 'households'");
  }

  @Test
  void read_missingRequiredField() {
    assertThat(firstProblem(DOC.replace("\"name\": \"第二网格\", ", "")))
        .startsWith("kazuo.json:16:18 /streets/0/communities/1/grids/0: expected the required field 'name' in a grid, found none");
  }

  @Test
  void read_invalidCode() {
    assertThat(firstProblem(DOC.replace("211324001001", "21132400100A")))
        .contains("/streets/0/communities/0/divisionCode: expected a statistical division code: Invalid division code '21132400100A' at position 12");
  }

  @Test
  void read_wrongEnum() {
    assertThat(firstProblem(DOC.replace("\"FULL_TIME\"", "\"full-time\"")))
        .contains("expected one of FULL_TIME, PART_TIME, INSTRUCTOR, BUILDING_HEAD, MOBILE, found \"full-time\"");
  }

  @Test
  void read_idMustComeFirst() {
    assertThat(firstProblem(DOC.replace("{\"id\": \"g2\", \"name\": \"第二网格\"", "{\"name\": \"第二网格\", \"id\": \"g2\"")))
        .contains("expected 'id' as the first member of a grid");
  }

  @Test
  void read_streetsMustBeLast() {
    String bad = DOC.substring(0, DOC.lastIndexOf("]")) + "], \"partyOrganizations\": []\n}\n";
    assertThat(firstProblem(bad)).contains("'streets' must be the last member");
  }

  @Test
  void read_wrongFormat() {
    assertThat(firstProblem(DOC.replace("jiceng.dataset/1", "jiceng.dataset/2")))
        .isEqualTo("kazuo.json:2:13 /format: expected \"jiceng.dataset/1\", found \"jiceng.dataset/2\"");
  }

  @Test
  void read_referenceProblemsAreLocatedAtTheirSubject() {
    String bad = DOC.replace("\"areas\": [\"c1\"]", "\"areas\": [\"c9\"]");
    assertThat(firstProblem(bad)).isEqualTo("kazuo.json:6:13 /units/0: 'u1': area 'c9' does not exist");
  }

  @Test
  void read_everyStructuralProblemOfTheFirstBadCommunityIsListed() {
    // Two ids used twice in c1: both listed. A whole read stops at the first bad community, as
    // streaming does (issue 14), so the problem of c2 is not.
    String bad = DOC.replace("\"id\": \"gw1\"", "\"id\": \"g1\"").replace("\"id\": \"w1\"", "\"id\": \"c1\"")
        .replace("\"id\": \"g2\"", "\"id\": \"c2\"");
    assertThatThrownBy(() -> read(bad))
        .isInstanceOfSatisfying(DatasetFormatException.class, e -> assertThat(e.getProblems()).hasSize(2));
  }

  @Test
  void read_absurdSizesAreRefused() {
    String longName = "x".repeat(70_000);
    assertThat(firstProblem(DOC.replace("第二网格", longName))).contains("input exceeds a size limit");
    DatasetReader shallow = DatasetReader.strict().withLocale(Locale.ENGLISH).withConstraints(StreamReadConstraints.builder().maxNestingDepth(5).build());
    assertThatThrownBy(() -> shallow.read(in(DOC), "kazuo.json"))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("size limit");
    assertThat(firstProblem(DOC.replace("\"households\": 300", "\"households\": " + "9".repeat(40))))
        .contains("size limit");
  }

  @Test
  void read_malformedJson() {
    assertThat(firstProblem(DOC.replace("\"households\": 300,", "\"households\": 300,,")))
        .startsWith("kazuo.json:13:")
        .contains("malformed JSON");
  }

  @Test
  void read_truncatedFile_saysSoWithoutJacksonsInternalText() {
    String problem = firstProblem(DOC.substring(0, DOC.indexOf("\"households\": 300")));
    assertThat(problem).contains("malformed JSON: Unexpected end-of-input")
        .doesNotContain("Source:").doesNotContain("REDACTED").doesNotContain("StreamReadFeature");
  }

  @Test
  void lenient_skipsTheBadCommunityAndReadsTheOthers() {
    String bad = DOC.replace("\"households\": 300", "\"households\": \"三百\"");
    Dataset d = DatasetReader.lenient().withLocale(Locale.ENGLISH).read(in(bad), "kazuo.json");
    assertThat(d.getProblems()).hasSize(1);
    assertThat(d.getProblems().get(0).getPointer()).isEqualTo("/streets/0/communities/0/grids/0/households");
    var j = d.getJurisdiction().orElseThrow();
    assertThat(j.getArea("c2")).isPresent();
    assertThat(j.getArea("c1")).isEmpty();
  }

  @Test
  void lenient_collectsProblemsFromSeveralCommunities() {
    String bad = DOC.replace("\"households\": 300", "\"households\": -1").replace("\"households\": 280", "\"households\": true");
    List<CommunitySubtree> seen = new ArrayList<>();
    ReadSummary s = DatasetReader.lenient().withLocale(Locale.ENGLISH).forEachCommunity(in(bad), "kazuo.json", seen::add);
    assertThat(s.getProblems()).extracting(FormatProblem::getLine).containsExactly(13, 16);
    assertThat(seen).isEmpty();
    assertThat(s.getStreets()).isEqualTo(1);
  }

  @Test
  void lenient_stopsAtMalformedJson() {
    String bad = DOC.replace("\"households\": 300,", "\"households\": 300,,");
    Dataset d = DatasetReader.lenient().withLocale(Locale.ENGLISH).read(in(bad), "kazuo.json");
    assertThat(d.getProblems()).hasSize(1);
    assertThat(d.getJurisdiction()).isEmpty();
  }

  @Test
  void streaming_handsOverCommunitiesWithTheirContext() {
    List<CommunitySubtree> seen = new ArrayList<>();
    ReadSummary s = DatasetReader.strict().withLocale(Locale.ENGLISH).forEachCommunity(in(DOC), "kazuo.json", seen::add);
    assertThat(s.getCommunities()).isEqualTo(2);
    assertThat(s.getGrids()).isEqualTo(2);
    assertThat(seen).extracting(t -> t.getCommunity().getId()).containsExactly("c1", "c2");
    assertThat(seen.get(0).getStreet().getId()).isEqualTo("s1");
    assertThat(seen.get(0).getProfile()).contains("liaoning-kazuo");
    assertThat(seen.get(1).getJurisdiction().getArea("c1")).isEmpty();
    assertThat(seen.get(0).getJurisdiction().getUnits()).singleElement().satisfies(u -> assertThat(u.getAreaIds()).containsExactly("c1"));
    // u1 names only c1: c2's subtree does not carry it (county-wide parts come in only where they concern the subtree).
    assertThat(seen.get(1).getJurisdiction().getUnits()).isEmpty();
  }
}
