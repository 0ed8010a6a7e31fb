package org.jiceng.governance.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.jiceng.governance.rules.scenario.SyntheticJurisdictions;
import org.junit.jupiter.api.Test;

/**
 * The engine's runs fed one community at a time, their parts merged like map and reduce, the
 * order of findings, and the plain-text report.
 */
class ComplianceRunTest {
  static final StandardsProfile NATIONAL = BuiltInProfiles.get("cn-national");

  private static SyntheticJurisdictions county(int communities) {
    return SyntheticJurisdictions.builder().profile(NATIONAL).communities(communities).seed(11).violationRate(0.5).build();
  }

  private static CommunityScope scope(SyntheticJurisdictions g, int c) {
    return CommunityScope.of(g.community(c), g.communityId(c), Locator.none());
  }

  private static Finding finding(String rule, Severity severity, String subject, String community, Location location) {
    Finding.Builder b = Finding.builder().rule(rule).severity(severity).subject(subject).measured("1").expected("2").source("test")
        .messageKey("test.short-name.message").addMessageArguments(subject).bundle("org.jiceng.governance.rules.compliance.ExtraRuleMessages");
    if (community != null) {
      b.community(community).communityName(community + "名");
    }
    if (location != null) {
      b.location(location);
    }
    return b.build();
  }

  @Test
  void findingOrder_severityThenPlaceInFileThenCommunityRuleSubject() {
    List<Finding> expected = List.of(
        finding("z.rule", Severity.ERROR, "s", "c9", Location.of("f.json", 3, 1)),
        finding("a.rule", Severity.ERROR, "s", "c1", null),
        finding("a.rule", Severity.WARNING, "s", "c1", Location.of("f.json", 2, 5)),
        finding("a.rule", Severity.WARNING, "s", "c1", Location.of("f.json", 2, 7)),
        finding("a.rule", Severity.WARNING, "s", "c1", Location.of("f.json", 10, 1)),
        finding("a.rule", Severity.WARNING, "s", "c1", Location.of("f.json", 0, 0)),
        finding("a.rule", Severity.WARNING, "t", "c1", null),
        finding("b.rule", Severity.WARNING, "a", "c1", null),
        finding("a.rule", Severity.WARNING, "a", "c2", null),
        finding("a.rule", Severity.INFO, "s", null, Location.of("f.json", 1, 1)),
        finding("a.rule", Severity.INFO, "s", "", null));
    List<Finding> shuffled = new ArrayList<>(expected);
    for (long seed = 0; seed < 5; seed++) {
      Collections.shuffle(shuffled, new java.util.Random(seed));
      shuffled.sort(ComplianceEngine.findingOrder());
      assertThat(shuffled).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void severity_isAtLeastItself() {
    assertThat(Severity.ERROR.isAtLeast(Severity.ERROR)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.ERROR)).isFalse();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    assertThat(Severity.ERROR.isAtLeast(Severity.INFO)).isTrue();
  }

  @Test
  void report_hasFindingsAtLeast_comparesBySeverity() {
    Fixture f = new Fixture();
    f.gridBranchFull = 5;
    ComplianceReport warnings = f.check();
    assertThat(warnings.getFindings()).extracting(Finding::getSeverity).containsOnly(Severity.WARNING);
    assertThat(warnings.hasFindingsAtLeast(Severity.INFO)).isTrue();
    assertThat(warnings.hasFindingsAtLeast(Severity.WARNING)).isTrue();
    assertThat(warnings.hasFindingsAtLeast(Severity.ERROR)).isFalse();
    assertThat(new Fixture().check().hasFindingsAtLeast(Severity.INFO)).isFalse();
  }

  /** Local findings of one community come in report order, whatever order the rules run in. */
  @Test
  void checkLocal_sortsTheCommunitysFindings() {
    Fixture f = new Fixture();
    f.gridBranchFull = 5;
    f.fullTimeWorker = false;
    f.centralHouseholdCovers = 30;
    f.reserves = 0;
    f.station = false;
    Jurisdiction j = f.build();
    ComplianceEngine engine = ComplianceEngine.of(Fixture.PROFILE, RuleCatalog.builtIn());
    List<Finding> local = engine.checkLocal(CommunityScope.of(j, "C", Locator.none()));
    assertThat(local).extracting(Finding::getSeverity).contains(Severity.ERROR, Severity.WARNING, Severity.INFO);
    assertThat(local).isSortedAccordingTo(ComplianceEngine.findingOrder());
    assertThat(engine.check(j).getFindings()).isSortedAccordingTo(ComplianceEngine.findingOrder());
  }

  @Test
  void engine_keepsProfileAndRules() {
    ComplianceEngine engine = ComplianceEngine.of(NATIONAL, RuleCatalog.builtIn());
    assertThat(engine.getProfile()).isSameAs(NATIONAL);
    assertThat(engine.getRules()).extracting(Rule::getId).contains("party.grid-cell", "grid.households-range")
        .doesNotHaveDuplicates().allMatch(id -> RuleCatalog.find(id).isPresent());
  }

  @Test
  void run_addAndAccumulate_returnTheRun() {
    SyntheticJurisdictions g = county(2);
    ComplianceEngine.Run run = ComplianceEngine.of(NATIONAL).start(g.county().getAreas(AreaLevel.COUNTY).get(0));
    assertThat(run.add(scope(g, 0))).isSameAs(run);
    assertThat(run.accumulate(scope(g, 1))).isSameAs(run);
    ComplianceReport r = run.finish();
    assertThat(r.getCommunities()).isEqualTo(2);
    assertThat(r.getGrids()).isEqualTo(g.community(0).getAreas(AreaLevel.GRID).size() + g.community(1).getAreas(AreaLevel.GRID).size());
    assertThat(r.getMeasured()).isSortedAccordingTo(java.util.Comparator.comparing(Measurement::getName).thenComparing(Measurement::getSubject));
  }

  /** A run that handed over its accumulators refuses every further use. */
  @Test
  void run_afterToPartial_refusesEveryUse() {
    SyntheticJurisdictions g = county(2);
    ComplianceEngine engine = ComplianceEngine.of(NATIONAL);
    ComplianceEngine.Run run = engine.start(g.county().getAreas(AreaLevel.COUNTY).get(0)).accumulate(scope(g, 0));
    ComplianceEngine.Run other = engine.start(g.county().getAreas(AreaLevel.COUNTY).get(0)).accumulate(scope(g, 1));
    ComplianceEngine.Partial part = run.toPartial();
    List<Consumer<ComplianceEngine.Run>> uses = List.of(
        r -> r.add(scope(g, 1)), r -> r.accumulate(scope(g, 1)), ComplianceEngine.Run::toPartial, ComplianceEngine.Run::finish,
        r -> r.merge(other), r -> other.merge(r), r -> r.merge(engine.start(g.county().getAreas(AreaLevel.COUNTY).get(0)).toPartial()));
    for (Consumer<ComplianceEngine.Run> use : uses) {
      assertThatThrownBy(() -> use.accept(run)).isInstanceOf(IllegalStateException.class).hasMessageContaining("handed over");
    }
    assertThat(part.getCommunities()).isEqualTo(1);
  }

  @Test
  void toPartial_ofARunHoldingLocalFindings_isRefused() {
    SyntheticJurisdictions g = county(4);
    ComplianceEngine engine = ComplianceEngine.of(NATIONAL);
    ComplianceEngine.Run run = engine.start(g.county().getAreas(AreaLevel.COUNTY).get(0));
    for (int c = 0; c < 4; c++) {
      run.add(scope(g, c));
    }
    assertThat(run.finish().getFindings()).isNotEmpty();
    assertThatThrownBy(run::toPartial).isInstanceOf(IllegalStateException.class).hasMessageContaining("local findings");
  }

  @Test
  void runsOfDifferentEngines_orProfiles_areNotMerged() {
    SyntheticJurisdictions g = county(2);
    ComplianceEngine a = ComplianceEngine.of(NATIONAL);
    ComplianceEngine b = ComplianceEngine.of(NATIONAL);
    ComplianceEngine luannan = ComplianceEngine.of(BuiltInProfiles.get("hebei-luannan"));
    var county = g.county().getAreas(AreaLevel.COUNTY).get(0);
    assertThatThrownBy(() -> a.start(county).merge(b.start(county))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different engines");
    ComplianceEngine.Partial foreign = luannan.start(county).accumulate(scope(g, 0)).toPartial();
    ComplianceEngine.Partial own = a.start(county).accumulate(scope(g, 1)).toPartial();
    assertThatThrownBy(() -> a.merge(foreign, own)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hebei-luannan");
    assertThatThrownBy(() -> a.merge(own, foreign)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hebei-luannan");
    assertThatThrownBy(() -> a.start(county).merge(foreign)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hebei-luannan");
    assertThat(b.merge(own, a.start(county).accumulate(scope(g, 0)).toPartial()).getCommunities()).isEqualTo(2);
  }

  /** Parts merged in any grouping give the report of one run over every community. */
  @Test
  void partsMerged_giveTheReportOfOneRun() {
    SyntheticJurisdictions g = county(6);
    ComplianceEngine engine = ComplianceEngine.of(NATIONAL);
    var county = g.county().getAreas(AreaLevel.COUNTY).get(0);
    ComplianceEngine.Run whole = engine.start(county);
    for (int c = 0; c < 6; c++) {
      whole.accumulate(scope(g, c));
    }
    ComplianceReport expected = whole.finish();
    assertThat(expected.getMeasured()).hasSizeGreaterThan(1);
    ComplianceEngine.Partial p1 = engine.start(county).accumulate(scope(g, 0)).accumulate(scope(g, 1)).toPartial();
    ComplianceEngine.Partial p2 = engine.start(county).accumulate(scope(g, 2)).toPartial();
    ComplianceEngine.Partial p3 = engine.start(county).accumulate(scope(g, 3)).accumulate(scope(g, 4)).toPartial();
    ComplianceEngine.Partial merged = engine.merge(engine.merge(p1, p2), p3);
    assertThat(merged.getCommunities()).isEqualTo(5);
    ComplianceReport viaParts = engine.start(county).accumulate(scope(g, 5)).merge(merged).finish();
    assertThat(viaParts).isEqualTo(expected);
    ComplianceEngine.Run left = engine.start(county).accumulate(scope(g, 0)).accumulate(scope(g, 1)).accumulate(scope(g, 2));
    ComplianceEngine.Run right = engine.start(county).accumulate(scope(g, 3)).accumulate(scope(g, 4)).accumulate(scope(g, 5));
    assertThat(left.merge(right).finish()).isEqualTo(expected);
  }

  @Test
  void ruleCatalog_findsARuleByItsOwnId() {
    assertThat(RuleCatalog.find("party.groups")).hasValueSatisfying(r -> assertThat(r.getId()).isEqualTo("party.groups"));
    assertThat(RuleCatalog.find("no.such-rule")).isEmpty();
  }

  @Test
  void finding_sourceInChinese_fallsBackToTheSource() {
    Finding plain = finding("a.rule", Severity.INFO, "s", "c", null);
    assertThat(plain.getSourceZh()).isEqualTo("test");
    assertThat(plain.getSource(Locale.SIMPLIFIED_CHINESE)).isEqualTo("test");
    Finding both = Finding.builder().rule("r").severity(Severity.INFO).subject("s").measured("m").expected("e").source("test")
        .sourceZh("测试来源").messageKey("k").build();
    assertThat(both.getSource(Locale.SIMPLIFIED_CHINESE)).isEqualTo("测试来源");
    assertThat(both.getSource(Locale.ENGLISH)).isEqualTo("test");
    assertThat(both.getBundle()).isEqualTo(Finding.BUNDLE);
    assertThat(plain.getBundle()).isEqualTo("org.jiceng.governance.rules.compliance.ExtraRuleMessages");
  }

  @Test
  void report_subjectIsMadeSafeToPrint() {
    ComplianceReport r = ComplianceReport.builder().profile("p").subject("k\u202Eid").subjectName("县\u001b[2J").communities(0).grids(0).build();
    assertThat(r.getSubject()).doesNotContain("\u202E");
    assertThat(r.getSubjectName()).doesNotContain("\u001b");
    ComplianceReport clean = ComplianceReport.builder().profile("p").subject("k").subjectName("县").communities(0).grids(0).build();
    assertThat(clean.getSubject()).isEqualTo("k");
    ComplianceReport nameOnly = ComplianceReport.builder().profile("p").subject("k").subjectName("县\u202E").communities(0).grids(0).build();
    assertThat(nameOnly.getSubjectName()).doesNotContain("\u202E");
    ComplianceReport idOnly = ComplianceReport.builder().profile("p").subject("k\u202E").subjectName("县").communities(0).grids(0).build();
    assertThat(idOnly.getSubject()).doesNotContain("\u202E");
  }

  @Test
  void text_ofACleanReportWithFigures_listsThemAndSaysClean() {
    ComplianceReport r = ComplianceReport.builder().profile("cn-national").subject("K").subjectName("县").communities(2).grids(5)
        .addMeasured(Measurement.of("workers-per-10k", "", 12.5), Measurement.of("share", "C1", 0.5)).build();
    assertThat(ReportText.render(r, Locale.ENGLISH)).isEqualTo("Compliance report, profile cn-national: 县 (K)\n"
        + "2 communities, 5 grids; 0 errors, 0 warnings, 0 infos\n"
        + "Measured:\n"
        + "  workers-per-10k K 12.5\n"
        + "  share C1 0.5\n"
        + "No findings.\n");
  }

  @Test
  void text_groupsFindingsByCommunity_countyWideApart_withPlaceInFile() {
    ComplianceReport r = ComplianceReport.builder().profile("p").subject("K").subjectName("县").communities(1).grids(0)
        .addFindings(finding("a.rule", Severity.ERROR, "s1", "C", Location.of("f.json", 4, 9)),
            finding("a.rule", Severity.WARNING, "s2", "C", Location.of("f.json", 0, 0)),
            finding("b.rule", Severity.INFO, "s3", null, null))
        .build();
    String[] lines = ReportText.render(r, Locale.ENGLISH).split("\n", -1);
    assertThat(lines[1]).isEqualTo("1 communities, 0 grids; 1 errors, 1 warnings, 1 infos");
    assertThat(lines[2]).isEmpty();
    assertThat(lines[3]).contains("C");
    assertThat(lines[4]).startsWith("  [error] a.rule s1 (4:9): ");
    assertThat(lines[5]).isEqualTo("      basis: test");
    assertThat(lines[6]).startsWith("  [warning] a.rule s2: ");
    assertThat(lines[8]).isEmpty();
    assertThat(lines[9]).isEqualTo("County-wide");
    assertThat(lines[10]).startsWith("  [info] b.rule s3: ");
    assertThat(lines).hasSize(13);
  }

  @Test
  void gridCellFinding_measuresKindsByConstantName() {
    Fixture f = new Fixture();
    f.gridCell = PartyOrganizationKind.GROUP;
    Finding x = f.check().getFindings().stream().filter(y -> y.getRule().equals("party.grid-cell")).findFirst().orElseThrow();
    assertThat(x.getMeasured()).isEqualTo("GROUP, CENTRAL_HOUSEHOLD");
    assertThat(x.getExpected()).isEqualTo("BRANCH");
  }
}
