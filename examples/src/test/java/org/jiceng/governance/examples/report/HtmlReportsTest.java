package org.jiceng.governance.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.compliance.Location;
import org.jiceng.governance.rules.compliance.Severity;
import org.jiceng.governance.rules.scorecard.Scorecard;
import org.jiceng.governance.rules.visit.Obligation;
import org.jiceng.governance.rules.visit.VisitPlan;
import org.junit.jupiter.api.Test;

class HtmlReportsTest {
  static Finding finding(String community, Severity severity, String grid, int line, int column) {
    return Finding.builder().rule("grid.households-range").severity(severity).subject(grid).community(community)
        .communityName("社区" + community).location(Location.of("/streets/0/grids/" + grid, line, column)).measured("180")
        .expected("300..500").source("NATIONAL.md Grids").messageKey("grid.households-range.message")
        .addMessageArguments("<第1网格>", "180", "300..500").build();
  }

  static ComplianceReport report() {
    return ComplianceReport.builder().profile("cn-national").subject("x").subjectName("某县").communities(3).grids(4)
        .addFindings(finding("a", Severity.WARNING, "g1", 12, 7))
        .addFindings(finding("b", Severity.WARNING, "g2", 40, 3))
        .addFindings(finding("b", Severity.ERROR, "g3", 55, 9))
        .addFindings(finding("c", Severity.WARNING, "g4", 70, 1))
        .addFindings(finding("c", Severity.WARNING, "g5", 80, 1))
        .build();
  }

  private static String html(java.util.function.Consumer<StringBuilder> render) {
    StringBuilder out = new StringBuilder();
    render.accept(out);
    return out.toString();
  }

  private static List<String> headings(String html) {
    Matcher m = Pattern.compile("<h3>([^<]*)</h3>").matcher(html);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void validation_putsTheWorstCommunitiesFirstAndGivesEachFindingItsLineAndColumn() {
    String page = html(out -> HtmlReports.validation(report(), Locale.SIMPLIFIED_CHINESE, out));

    assertThat(headings(page)).containsExactly("社区b (b)", "社区c (c)", "社区a (a)");
    assertThat(page).contains(">12:7<").contains(">40:3<").contains(">55:9<");
    assertThat(page).contains("错误 1，警告 4，提示 0");
    assertThat(page).contains("&lt;第1网格&gt;").doesNotContain("<第1网格>");
    assertThat(page).contains("\"rules\":[{\"name\":\"grid.households-range\",\"counts\":[1,4,0]}]");
    assertThat(page).contains("\"communities\":[{\"name\":\"社区b (b)\",\"counts\":[1,1,0]},{\"name\":\"社区c (c)\",\"counts\":[0,2,0]}");
  }

  @Test
  void validation_inEnglishAndWhenClean() {
    String page = html(out -> HtmlReports.validation(report(), Locale.ENGLISH, out));
    String clean = html(out -> HtmlReports.validation(ComplianceReport.builder().profile("p").subject("x").subjectName("某县")
        .communities(1).grids(1).build(), Locale.ENGLISH, out));

    assertThat(page).contains("<html lang=\"en\">").contains("1 errors, 4 warnings, 0 infos").contains("Grid &lt;第1网格&gt; has 180 households");
    assertThat(clean).contains("No findings.").contains("\"rules\":[]");
  }

  @Test
  void everyPage_isSelfContainedWithEChartsAndItsLicence() {
    String page = html(out -> HtmlReports.validation(report(), Locale.SIMPLIFIED_CHINESE, out));

    int library = page.indexOf("/*! Apache ECharts");
    String ours = page.substring(0, library) + page.substring(page.indexOf("</script>", library));

    assertThat(ours).contains("Content-Security-Policy").contains("default-src 'none'");
    assertThat(ours).contains("<script type=\"text/plain\" id=\"echarts-licence\">").contains("Apache License");
    assertThat(ours).doesNotContainPattern("(?i)<(script|link|img|iframe)[^>]+(src|href)=");
    assertThat(ours).contains("echarts.init").contains("@media print");
    assertThat(page.length() - ours.length()).as("the inlined library").isGreaterThan(900_000);
  }

  @Test
  void visits_masksHouseholdNamesUnlessAskedAndListsTheOverdue() {
    VisitPlan plan = ReportSamples.qianxiPlan();
    String masked = html(out -> HtmlReports.visits(plan, "迁西县", false, 7, Locale.SIMPLIFIED_CHINESE, out));
    String full = html(out -> HtmlReports.visits(plan, "迁西县", true, 7, Locale.SIMPLIFIED_CHINESE, out));
    Obligation first = plan.getOverdue().get(0);

    assertThat(plan.getOverdue()).isNotEmpty();
    assertThat(masked).doesNotContain(first.getHouseholdName()).contains(Obligation.maskName(first.getHouseholdName()));
    assertThat(full).contains(first.getHouseholdName());
    assertThat(masked).contains("逾期 " + plan.getTotal().getOverdue() + " 次");
    for (var c : plan.getByCommunity()) {
      assertThat(masked).contains("\"name\":\"" + c.getAreaName() + "\"");
    }
    assertThat(masked.split("class=\"chart small\"", -1)).hasSize(plan.getByCommunity().size() + 1);
  }

  @Test
  void dueWithin_listsOpenVisitsFallingDueInTheWindowOnly() {
    VisitPlan plan = ReportSamples.qianxiPlan();
    List<Obligation> week = HtmlReports.dueWithin(plan, 7);

    assertThat(week).isNotEmpty().allSatisfy(o -> {
      assertThat(o.getStatus()).isEqualTo(Obligation.Status.OPEN);
      assertThat(o.getDue()).isBetween(plan.getAsOf(), plan.getAsOf().plusDays(7));
    });
    assertThat(plan.getOpen().stream().filter(o -> o.getDue().isAfter(plan.getAsOf().plusDays(7)))).isNotEmpty();
    assertThat(HtmlReports.dueWithin(plan, 0)).allSatisfy(o -> assertThat(o.getDue()).isEqualTo(plan.getAsOf()));
    assertThat(TextReports.visits(plan, false, 7, Locale.SIMPLIFIED_CHINESE)).contains("7 天内到期的走访 (" + week.size() + ")");
  }

  @Test
  void scorecard_hasARadarPerCommunityTheRankingAndTheIndicatorSources() {
    Scorecard card = ReportSamples.qianxiScorecard();
    String page = html(out -> HtmlReports.scorecard(card, "迁西县", ReportSamples.inputs(false, true, true), Locale.SIMPLIFIED_CHINESE, out));

    for (int i = 0; i < card.getCommunities().size(); i++) {
      assertThat(page).contains("id=\"radar-" + i + "\"");
    }
    assertThat(page).doesNotContain("id=\"radar-" + card.getCommunities().size() + "\"");
    assertThat(page).contains("id=\"ranking\"").contains("本项目自选").contains("seed 004 (建平县)");
    assertThat(page).contains("输入：数据集、走访记录、积分账本");
    String best = card.getCommunities().get(0).getCommunityName();
    assertThat(page.indexOf("<td>" + best + "</td>")).isLessThan(page.indexOf("<td>" + card.getCommunities().get(1).getCommunityName() + "</td>"));
    assertThat(Optional.of(page)).get().asString().contains("\"marks\":[\"组织有力\",\"治理有效\",\"服务有质\",\"邻里有爱\",\"平安有序\"]");
  }
}
