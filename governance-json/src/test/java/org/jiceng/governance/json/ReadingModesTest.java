package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the reading-mode disagreements found by the outside probe, each pinned with the
 * problems every mode must now report (strict and lenient, whole, streamed and validated).
 */
class ReadingModesTest {
  private static String doc(String units, String c1Orgs, String c2Orgs, String streetParts) {
    return "{\"format\":\"jiceng.dataset/1\",\"county\":{\"id\":\"kz\",\"name\":\"县\"},"
        + "\"units\":[" + units + "],"
        + "\"streets\":[{\"id\":\"s1\",\"name\":\"街\",\"partyOrganizations\":[{\"id\":\"wc\",\"kind\":\"WORKING_COMMITTEE\",\"name\":\"党工委\"}]"
        + streetParts + ",\"communities\":["
        + "{\"id\":\"c1\",\"name\":\"一\",\"partyOrganizations\":[{\"id\":\"o1\",\"kind\":\"COMMITTEE\",\"name\":\"党委\",\"parent\":\"wc\"}" + c1Orgs + "]},"
        + "{\"id\":\"c2\",\"name\":\"二\",\"partyOrganizations\":[{\"id\":\"o2\",\"kind\":\"COMMITTEE\",\"name\":\"党委\",\"parent\":\"wc\"}" + c2Orgs + "]}"
        + "]}]}";
  }

  private static void everyModeReports(ReadingModes m, List<String> strict, List<String> lenient) {
    for (List<FormatProblem> p : List.of(m.strictWhole, m.strictStreaming, m.strictValidate)) {
      assertThat(p).as("%s", m).extracting(FormatProblem::toString).isEqualTo(strict);
    }
    for (List<FormatProblem> p : List.of(m.lenientWhole, m.lenientStreaming, m.lenientValidate)) {
      assertThat(p).as("%s", m).extracting(FormatProblem::toString).isEqualTo(lenient);
    }
  }

  /**
   * Root cause: a lenient whole read cut every county-wide unit down to the areas it had read,
   * and streaming never looked at a unit's areas beyond the community at hand.
   */
  @Test
  void unitNamingAMissingArea_isRefusedInEveryMode() {
    List<String> p = List.of("gen.json:1:71 /units/0: 'u1': area 'nowhere' does not exist");
    everyModeReports(ReadingModes.of(doc("{\"id\":\"u1\",\"name\":\"单位\",\"areas\":[\"nowhere\"]}", "", "", "")), p, p);
  }

  @Test
  void unitNamingAnAreaOfALaterCommunity_isAcceptedInEveryMode() {
    everyModeReports(ReadingModes.of(doc("{\"id\":\"u1\",\"name\":\"单位\",\"areas\":[\"c2\",\"s1\"]}", "", "", "")), List.of(), List.of());
  }

  /**
   * Root cause: a whole read checked references against the whole file, streaming against the
   * community, its street and the county. The rule is now the streaming one in every mode.
   */
  @Test
  void parentInAnotherCommunity_isRefusedInEveryMode() {
    List<String> p = List.of("gen.json:1:400 /streets/0/communities/1/partyOrganizations/1: 'b2': parent 'o1' does not exist");
    everyModeReports(ReadingModes.of(doc("", "", ",{\"id\":\"b2\",\"kind\":\"BRANCH\",\"name\":\"支部\",\"parent\":\"o1\"}", "")), p, p);
  }

  /** Root cause: a strict whole read built the whole county once, listing every community's problems. */
  @Test
  void twoBadCommunities_strictStopsAtTheFirstInEveryMode() {
    String first = "gen.json:1:297 /streets/0/communities/0/partyOrganizations/1: 'b1': parent 'x1' does not exist";
    String second = "gen.json:1:454 /streets/0/communities/1/partyOrganizations/1: 'b2': parent 'x2' does not exist";
    everyModeReports(ReadingModes.of(doc("", ",{\"id\":\"b1\",\"kind\":\"BRANCH\",\"name\":\"支部\",\"parent\":\"x1\"}",
        ",{\"id\":\"b2\",\"kind\":\"BRANCH\",\"name\":\"支部\",\"parent\":\"x2\"}", "")), List.of(first), List.of(first, second));
  }

  /** Root cause: a street's parts were checked inside each of its communities, so reported once per community. */
  @Test
  void badStreetPart_isReportedOnceInEveryMode() {
    List<String> p = List.of("gen.json:1:193 /streets/0/contacts/0: 'ct': unit 'nounit' does not exist");
    everyModeReports(ReadingModes.of(doc("", "", "", ",\"contacts\":[{\"id\":\"ct\",\"name\":\"联系\",\"kind\":\"PAIRED_UNIT\",\"unit\":\"nounit\"}]")), p, p);
  }

  /** A community skipped for a format problem does not make the county-wide references into it dangling. */
  @Test
  void unitNamingAnAreaOfASkippedCommunity_isNotReportedTwice() {
    String json = doc("{\"id\":\"u1\",\"name\":\"单位\",\"areas\":[\"c2\"]}", "", ",{\"id\":\"b2\",\"kind\":\"BRANCH\",\"name\":\"支部\",\"oops\":1}", "");
    ReadingModes m = ReadingModes.of(json);
    assertThat(m.lenientWhole).hasSize(1).isEqualTo(m.strictWhole).isEqualTo(m.lenientStreaming);
    assertThat(m.lenientWhole.get(0).getMessage()).contains("oops");
  }
}
