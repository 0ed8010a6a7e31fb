package org.jiceng.governance.examples.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.compliance.Severity;
import org.jiceng.governance.rules.scorecard.Mark;
import org.jiceng.governance.rules.scorecard.Scorecard;
import org.jiceng.governance.rules.scorecard.ScorecardIndicator;
import org.jiceng.governance.rules.scorecard.ScorecardPolicy;
import org.jiceng.governance.rules.visit.Coverage;
import org.jiceng.governance.rules.visit.Obligation;
import org.jiceng.governance.rules.visit.VisitPlan;

/**
 * Self-contained HTML reports that open offline: charts drawn with Apache ECharts (inlined, with
 * its licence notice), the same figures in tables that print, Chinese by default ({@code
 * Locale.ENGLISH} for English), personal data masked. Each page marks its body with
 * {@code data-charts-expected} and, once ECharts has drawn every chart, {@code data-charts-rendered}
 * and {@code data-charts-status="done"}.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *   HtmlReports.validation(report, Locale.SIMPLIFIED_CHINESE, out);
 * }
 * }</pre>
 */
public final class HtmlReports {
  private HtmlReports() {}

  /**
   * Writes the 五有 scorecard: a county ranking of the totals, a radar chart of the five marks per
   * community, the scores table and the indicators with their weights, targets and sources.
   *
   * @param card the scorecard, not null
   * @param subjectName the county's name, not null
   * @param inputs the inputs given beside the dataset ({@code demands}, {@code visits}, {@code ledger}), not null
   * @param locale the language, not null
   * @param out where to write, not null
   * @throws UncheckedIOException when writing fails
   */
  public static void scorecard(Scorecard card, String subjectName, Map<String, Boolean> inputs, Locale locale, Appendable out) {
    HtmlPage page = new HtmlPage(requireNonNull(locale, "locale"));
    ScorecardPolicy policy = card.getPolicy();
    List<Scorecard.CommunityCard> cards = card.getCommunities();
    OptionalDouble mean = cards.stream().filter(c -> c.getTotal().isPresent()).mapToDouble(c -> c.getTotal().getAsDouble()).average();
    StringJoiner given = new StringJoiner(locale.getLanguage().equals("en") ? ", " : "、");
    given.add(page.t("scorecard.inputs.dataset"));
    inputs.forEach((k, v) -> {
      if (v) {
        given.add(page.t("scorecard.inputs." + k));
      }
    });
    page.raw("<p class=\"summary\">").text(page.t("scorecard.summary", policy.getProfile(), cards.size(), fmt(mean), given.toString()))
        .raw("</p>\n");
    page.raw("<h2>").text(page.t("scorecard.ranking")).raw("</h2>\n<div id=\"ranking\" class=\"chart\" style=\"height:")
        .raw(String.valueOf(Math.max(200, 60 + 26 * cards.size()))).raw("px\"></div>\n");
    page.raw("<h2>").text(page.t("scorecard.radar")).raw("</h2>\n<div class=\"grid\">\n");
    for (int i = 0; i < cards.size(); i++) {
      page.raw("<div id=\"radar-" + i + "\" class=\"chart small\"></div>\n");
    }
    page.raw("</div>\n<h2>").text(page.t("scorecard.table")).raw("</h2>\n<table>\n<thead><tr><th>").text(page.t("scorecard.rank"))
        .raw("</th><th>").text(page.t("scorecard.community")).raw("</th><th>").text(page.t("scorecard.total")).raw("</th><th>")
        .text(page.t("scorecard.grade")).raw("</th>");
    for (Mark m : Mark.values()) {
      page.raw("<th>").text(m.getName(locale)).raw("</th>");
    }
    page.raw("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < cards.size(); i++) {
      Scorecard.CommunityCard c = cards.get(i);
      page.raw("<tr><td class=\"num\">" + (i + 1) + "</td><td>").text(c.getCommunityName()).raw("</td><td class=\"num\">").text(fmt(c.getTotal()))
          .raw("</td><td>").text(c.getGrade().map(g -> g.getName(locale)).orElse("—")).raw("</td>");
      for (Mark m : Mark.values()) {
        page.raw("<td class=\"num\">").text(fmt(c.getMarks().get(m))).raw("</td>");
      }
      page.raw("</tr>\n");
    }
    page.raw("</tbody>\n</table>\n<h2>").text(page.t("scorecard.indicators")).raw("</h2>\n<p class=\"note\">").text(page.t("scorecard.choice"))
        .raw("</p>\n<table>\n<thead><tr><th>").text(page.t("scorecard.indicator")).raw("</th><th>").text(page.t("scorecard.mark"))
        .raw("</th><th>").text(page.t("scorecard.weight")).raw("</th><th>").text(page.t("scorecard.target")).raw("</th><th>")
        .text(page.t("scorecard.curve")).raw("</th><th>").text(page.t("scorecard.basis")).raw("</th></tr></thead>\n<tbody>\n");
    for (ScorecardIndicator i : ScorecardIndicator.values()) {
      ScorecardPolicy.Definition d = policy.getIndicators().get(i);
      page.raw("<tr><td>").text(i.getName(locale)).raw("</td><td>").text(i.getMark().getName(locale)).raw("</td><td class=\"num\">")
          .text(String.valueOf(d.getWeight())).raw("</td><td class=\"num\">").text(String.valueOf(d.getTarget())).raw("</td><td>")
          .text(d.getCurve().name()).raw("</td><td>").text(i.getBasis()).raw("</td></tr>\n");
    }
    page.raw("</tbody>\n</table>\n");
    StringBuilder data = new StringBuilder("{\"marks\":[");
    data.append(java.util.Arrays.stream(Mark.values()).map(m -> HtmlPage.json(m.getName(locale))).collect(Collectors.joining(",")));
    data.append("],\"total\":").append(HtmlPage.json(page.t("scorecard.total"))).append(",\"unmeasured\":")
        .append(HtmlPage.json(page.t("scorecard.unmeasured"))).append(",\"communities\":[");
    for (int i = 0; i < cards.size(); i++) {
      Scorecard.CommunityCard c = cards.get(i);
      data.append(i == 0 ? "" : ",").append("{\"name\":").append(HtmlPage.json(c.getCommunityName())).append(",\"total\":")
          .append(num(c.getTotal())).append(",\"marks\":[");
      data.append(java.util.Arrays.stream(Mark.values()).map(m -> num(c.getMarks().get(m))).collect(Collectors.joining(","))).append("]}");
    }
    data.append("]}");
    write(page, page.t("scorecard.title", subjectName), data.toString(), SCORECARD_SCRIPT, out);
  }

  private static final String SCORECARD_SCRIPT = String.join("\n",
      "function (data, chart) {",
      "  chart(document.getElementById('ranking'), {",
      "    tooltip: {}, grid: {left: 110, right: 50, top: 10, bottom: 30, containLabel: false},",
      "    xAxis: {type: 'value', min: 0, max: 100},",
      "    yAxis: {type: 'category', inverse: true, data: data.communities.map(function (c) { return c.name; })},",
      "    series: [{type: 'bar', name: data.total, data: data.communities.map(function (c) { return c.total; }),",
      "      itemStyle: {color: '#c0392b'}, label: {show: true, position: 'right'}}]",
      "  });",
      "  data.communities.forEach(function (c, i) {",
      "    // A mark with nothing measured is drawn at 0 and named under the title.",
      "    var missing = data.marks.filter(function (m, k) { return c.marks[k] === null; });",
      "    chart(document.getElementById('radar-' + i), {",
      "      title: {text: c.name + (c.total === null ? '' : '  ' + c.total), left: 'center', top: 4, textStyle: {fontSize: 13},",
      "        subtext: missing.length ? data.unmeasured + missing.join(' / ') : '', subtextStyle: {fontSize: 10}},",
      "      tooltip: {},",
      "      radar: {radius: '58%', center: ['50%', '58%'], indicator: data.marks.map(function (m) { return {name: m, max: 100}; })},",
      "      series: [{type: 'radar', areaStyle: {opacity: 0.25}, itemStyle: {color: '#c0392b'},",
      "        data: [{name: c.name, value: c.marks.map(function (v) { return v === null ? 0 : v; })}]}]",
      "    });",
      "  });",
      "}");

  /**
   * Writes the care-visit plan: coverage per community (chart and table), one chart of grid
   * coverage per community, the grid table and the overdue list with household names masked
   * unless {@code namesInFull}.
   *
   * @param plan the plan, not null
   * @param subjectName the county's name, not null
   * @param namesInFull whether to print household names unmasked
   * @param dueWithinDays how many days ahead to list the visits falling due, at least 0
   * @param locale the language, not null
   * @param out where to write, not null
   * @throws UncheckedIOException when writing fails
   */
  public static void visits(VisitPlan plan, String subjectName, boolean namesInFull, int dueWithinDays, Locale locale, Appendable out) {
    HtmlPage page = new HtmlPage(requireNonNull(locale, "locale"));
    Coverage total = plan.getTotal();
    page.raw("<p class=\"summary\">").text(page.t("visits.summary", plan.getAsOf().toString(), plan.getSince().toString(), total.getCounted(),
        total.getMetOnTime(), percent(total.getRate()), total.getOverdue(), total.getOpen())).raw("</p>\n");
    if (!plan.getUnknownHouseholds().isEmpty()) {
      page.raw("<p class=\"note\">").text(page.t("visits.unknown", plan.getUnknownHouseholds().size(), String.join(", ", plan.getUnknownHouseholds())))
          .raw("</p>\n");
    }
    page.raw("<h2>").text(page.t("visits.byCommunity")).raw("</h2>\n<div id=\"communities\" class=\"chart\"></div>\n");
    coverageTable(page, page.t("visits.community"), plan.getByCommunity());
    Map<String, List<Coverage>> gridsByCommunity = new LinkedHashMap<>();
    plan.getByCommunity().forEach(c -> gridsByCommunity.put(c.getAreaName(), new ArrayList<>()));
    plan.getByGrid().forEach(g -> gridsByCommunity.computeIfAbsent(g.getCommunityName(), k -> new ArrayList<>()).add(g));
    page.raw("<div class=\"grid\">\n");
    int i = 0;
    for (String community : gridsByCommunity.keySet()) {
      page.raw("<div id=\"grids-" + i++ + "\" class=\"chart small\"></div>\n");
    }
    page.raw("</div>\n<h2>").text(page.t("visits.overdueList")).raw("</h2>\n");
    if (!namesInFull) {
      page.raw("<p class=\"note\">").text(page.t("visits.masked")).raw("</p>\n");
    }
    obligationTable(page, plan, plan.getOverdue(), namesInFull, true);
    List<Obligation> soon = dueWithin(plan, dueWithinDays);
    page.raw("<h2>").text(page.t("visits.dueSoon", dueWithinDays)).raw("</h2>\n");
    obligationTable(page, plan, soon, namesInFull, false);
    page.raw("<h2>").text(page.t("visits.gridTable")).raw("</h2>\n");
    coverageTable(page, page.t("visits.grid"), plan.getByGrid());
    StringBuilder data = new StringBuilder("{\"labels\":{\"coverage\":").append(HtmlPage.json(page.t("visits.coverage")))
        .append(",\"overdue\":").append(HtmlPage.json(page.t("visits.overdue"))).append(",\"gridsOf\":")
        .append(HtmlPage.json(page.t("visits.byGridOf", "{0}"))).append("},\"communities\":[");
    data.append(plan.getByCommunity().stream().map(c -> "{\"name\":" + HtmlPage.json(c.getAreaName()) + ",\"rate\":" + pct(c.getRate())
        + ",\"overdue\":" + c.getOverdue() + "}").collect(Collectors.joining(",")));
    data.append("],\"grids\":[");
    data.append(gridsByCommunity.entrySet().stream().map(e -> "{\"community\":" + HtmlPage.json(e.getKey()) + ",\"grids\":["
        + e.getValue().stream().map(g -> "{\"name\":" + HtmlPage.json(g.getAreaName()) + ",\"rate\":" + pct(g.getRate()) + "}")
            .collect(Collectors.joining(",")) + "]}").collect(Collectors.joining(",")));
    data.append("]}");
    write(page, page.t("visits.title", subjectName), data.toString(), VISITS_SCRIPT, out);
  }

  private static final String VISITS_SCRIPT = String.join("\n",
      "function (data, chart) {",
      "  chart(document.getElementById('communities'), {",
      "    tooltip: {trigger: 'axis'}, legend: {top: 0}, grid: {left: 50, right: 50, top: 40, bottom: 60},",
      "    xAxis: {type: 'category', data: data.communities.map(function (c) { return c.name; }), axisLabel: {rotate: 30}},",
      "    yAxis: [{type: 'value', min: 0, max: 100, name: '%'}, {type: 'value', minInterval: 1}],",
      "    series: [",
      "      {type: 'bar', name: data.labels.coverage, data: data.communities.map(function (c) { return c.rate; }), itemStyle: {color: '#2e7d32'}},",
      "      {type: 'line', name: data.labels.overdue, yAxisIndex: 1, data: data.communities.map(function (c) { return c.overdue; }),",
      "        itemStyle: {color: '#c0392b'}}]",
      "  });",
      "  data.grids.forEach(function (c, i) {",
      "    chart(document.getElementById('grids-' + i), {",
      "      title: {text: data.labels.gridsOf.replace('{0}', c.community), left: 'center', top: 4, textStyle: {fontSize: 13}},",
      "      tooltip: {}, grid: {left: 40, right: 10, top: 36, bottom: 50},",
      "      xAxis: {type: 'category', data: c.grids.map(function (g) { return g.name; }), axisLabel: {rotate: 45, fontSize: 10}},",
      "      yAxis: {type: 'value', min: 0, max: 100},",
      "      series: [{type: 'bar', name: data.labels.coverage, data: c.grids.map(function (g) { return g.rate; }), itemStyle: {color: '#2e7d32'}}]",
      "    });",
      "  });",
      "}");

  /**
   * Returns the open obligations due within some days of the plan's day.
   *
   * @param plan the plan, not null
   * @param days the days ahead, at least 0
   * @return the obligations, soonest first
   * @throws IllegalArgumentException if days is negative
   */
  static List<Obligation> dueWithin(VisitPlan plan, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Days ahead must be >= 0, found " + days);
    }
    return plan.getOpen().stream().filter(o -> !o.getDue().isAfter(plan.getAsOf().plusDays(days))).collect(Collectors.toList());
  }

  private static void obligationTable(HtmlPage page, VisitPlan plan, List<Obligation> rows, boolean namesInFull, boolean overdue) {
    if (rows.isEmpty()) {
      page.raw("<p>").text(page.t("none")).raw("</p>\n");
      return;
    }
    Map<String, String> communityNames = plan.getByCommunity().stream().collect(Collectors.toMap(Coverage::getAreaId, Coverage::getAreaName, (a, b) -> a));
    Map<String, String> gridNames = plan.getByGrid().stream().collect(Collectors.toMap(Coverage::getAreaId, Coverage::getAreaName, (a, b) -> a));
    page.raw("<table>\n<thead><tr><th>").text(page.t("visits.community")).raw("</th><th>").text(page.t("visits.grid")).raw("</th><th>")
        .text(page.t("visits.household")).raw("</th><th>").text(page.t("visits.tag")).raw("</th><th>").text(page.t("visits.due"))
        .raw("</th><th>").text(page.t(overdue ? "visits.daysOverdue" : "visits.daysLeft")).raw("</th><th>").text(page.t("visits.responsible"))
        .raw("</th></tr></thead>\n<tbody>\n");
    for (Obligation o : rows) {
      long days = overdue ? ChronoUnit.DAYS.between(o.getDue(), plan.getAsOf()) : ChronoUnit.DAYS.between(plan.getAsOf(), o.getDue());
      page.raw("<tr><td>").text(communityNames.getOrDefault(o.getCommunity(), o.getCommunity())).raw("</td><td>")
          .text(o.getGrid().map(g -> gridNames.getOrDefault(g, g)).orElse("—")).raw("</td><td>")
          .text(namesInFull ? o.getHouseholdName() : Obligation.maskName(o.getHouseholdName())).raw("</td><td>").text(page.t("tag." + o.getTag().name()))
          .raw("</td><td>").text(o.getDue().toString()).raw("</td><td class=\"num\">").text(String.valueOf(days)).raw("</td><td>")
          .text(o.getResponsible().map(r -> r.getName() + " (" + r.getId() + ")").orElse("—")).raw("</td></tr>\n");
    }
    page.raw("</tbody>\n</table>\n");
  }

  private static void coverageTable(HtmlPage page, String what, List<Coverage> rows) {
    page.raw("<table>\n<thead><tr><th>").text(what).raw("</th>");
    if (what.equals(page.t("visits.grid"))) {
      page.raw("<th>").text(page.t("visits.community")).raw("</th>");
    }
    page.raw("<th>").text(page.t("visits.counted")).raw("</th><th>").text(page.t("visits.onTime")).raw("</th><th>").text(page.t("visits.overdue"))
        .raw("</th><th>").text(page.t("visits.open")).raw("</th><th>").text(page.t("visits.coverage")).raw("</th></tr></thead>\n<tbody>\n");
    for (Coverage c : rows) {
      page.raw("<tr><td>").text(c.getAreaName()).raw("</td>");
      if (what.equals(page.t("visits.grid"))) {
        page.raw("<td>").text(c.getCommunityName()).raw("</td>");
      }
      page.raw("<td class=\"num\">" + c.getCounted() + "</td><td class=\"num\">" + c.getMetOnTime() + "</td><td class=\"num\">" + c.getOverdue()
          + "</td><td class=\"num\">" + c.getOpen() + "</td><td class=\"num\">").text(percent(c.getRate())).raw("</td></tr>\n");
    }
    page.raw("</tbody>\n</table>\n");
  }

  /**
   * Writes a compliance report: findings per rule and per community (worst communities first: most
   * errors, then warnings, then infos) as charts and tables, each finding with its line and column
   * in the input file where its {@link org.jiceng.governance.rules.compliance.Location} has them.
   *
   * @param report the report, not null
   * @param locale the language, not null
   * @param out where to write, not null
   * @throws UncheckedIOException when writing fails
   */
  public static void validation(ComplianceReport report, Locale locale, Appendable out) {
    HtmlPage page = new HtmlPage(requireNonNull(locale, "locale"));
    Severity[] severities = {Severity.ERROR, Severity.WARNING, Severity.INFO};
    page.raw("<p class=\"summary\">").text(page.t("validate.summary", report.getProfile(), report.getCommunities(), report.getGrids(),
        report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO))).raw("</p>\n");
    Map<String, long[]> byRule = new java.util.TreeMap<>();
    Map<String, List<Finding>> byCommunity = new LinkedHashMap<>();
    Map<String, String> communityNames = new LinkedHashMap<>();
    for (Finding f : report.getFindings()) {
      byRule.computeIfAbsent(f.getRule(), k -> new long[3])[index(f.getSeverity())]++;
      String key = f.getCommunity().orElse("");
      byCommunity.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
      communityNames.put(key, key.isEmpty() ? page.t("validate.countyWide") : f.getCommunityName().orElse(key) + " (" + key + ")");
    }
    List<String> worstFirst = new ArrayList<>(byCommunity.keySet());
    worstFirst.sort(Comparator.<String>comparingLong(k -> -count(byCommunity.get(k), Severity.ERROR))
        .thenComparingLong(k -> -count(byCommunity.get(k), Severity.WARNING))
        .thenComparingLong(k -> -count(byCommunity.get(k), Severity.INFO))
        .thenComparing(k -> k));
    if (report.getFindings().isEmpty()) {
      page.raw("<p>").text(page.t("validate.clean")).raw("</p>\n");
    }
    page.raw("<h2>").text(page.t("validate.byRule")).raw("</h2>\n<div id=\"rules\" class=\"chart\" style=\"height:")
        .raw(String.valueOf(Math.max(200, 80 + 28 * byRule.size()))).raw("px\"></div>\n<table>\n<thead><tr><th>").text(page.t("validate.rule"))
        .raw("</th>");
    for (Severity s : severities) {
      page.raw("<th>").text(page.t("severity." + s.name())).raw("</th>");
    }
    page.raw("</tr></thead>\n<tbody>\n");
    byRule.forEach((rule, n) -> page.raw("<tr><td>").text(rule).raw("</td><td class=\"num\">" + n[0] + "</td><td class=\"num\">" + n[1]
        + "</td><td class=\"num\">" + n[2] + "</td></tr>\n"));
    page.raw("</tbody>\n</table>\n<h2>").text(page.t("validate.byCommunity")).raw("</h2>\n<div id=\"communities\" class=\"chart\" style=\"height:")
        .raw(String.valueOf(Math.max(200, 80 + 24 * worstFirst.size()))).raw("px\"></div>\n");
    for (String key : worstFirst) {
      List<Finding> findings = byCommunity.get(key);
      page.raw("<h3>").text(communityNames.get(key)).raw("</h3>\n<table>\n<thead><tr><th>").text(page.t("validate.rule")).raw("</th><th>")
          .text(page.t("validate.subject")).raw("</th><th>").text(page.t("validate.position")).raw("</th><th>")
          .text(page.t("validate.message")).raw("</th><th>").text(page.t("validate.basis")).raw("</th></tr></thead>\n<tbody>\n");
      for (Finding f : findings) {
        String position = f.getLocation().filter(l -> l.getLine() > 0).map(l -> l.getLine() + ":" + l.getColumn()).orElse("—");
        page.raw("<tr><td><span class=\"sev-" + f.getSeverity().name() + "\">").text(page.t("severity." + f.getSeverity().name()))
            .raw("</span> ").text(f.getRule()).raw("</td><td>").text(f.getSubject()).raw("</td><td class=\"num\">").text(position)
            .raw("</td><td>").text(f.getMessage(locale)).raw("</td><td class=\"note\">").text(f.getSource()).raw("</td></tr>\n");
      }
      page.raw("</tbody>\n</table>\n");
    }
    StringBuilder data = new StringBuilder("{\"severities\":[");
    data.append(java.util.Arrays.stream(severities).map(s -> HtmlPage.json(page.t("severity." + s.name()))).collect(Collectors.joining(",")));
    data.append("],\"rules\":[");
    data.append(byRule.entrySet().stream().map(e -> "{\"name\":" + HtmlPage.json(e.getKey()) + ",\"counts\":[" + e.getValue()[0] + ","
        + e.getValue()[1] + "," + e.getValue()[2] + "]}").collect(Collectors.joining(",")));
    data.append("],\"communities\":[");
    data.append(worstFirst.stream().map(k -> "{\"name\":" + HtmlPage.json(communityNames.get(k)) + ",\"counts\":["
        + count(byCommunity.get(k), Severity.ERROR) + "," + count(byCommunity.get(k), Severity.WARNING) + ","
        + count(byCommunity.get(k), Severity.INFO) + "]}").collect(Collectors.joining(",")));
    data.append("]}");
    write(page, page.t("validate.title", report.getSubjectName() + " (" + report.getSubject() + ")"), data.toString(), VALIDATE_SCRIPT, out);
  }

  private static final String VALIDATE_SCRIPT = String.join("\n",
      "function (data, chart) {",
      "  var colors = ['#b00020', '#e69500', '#1f5fa8'];",
      "  function stacked(el, rows) {",
      "    chart(el, {",
      "      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}}, legend: {top: 0},",
      "      grid: {left: 10, right: 30, top: 30, bottom: 20, containLabel: true},",
      "      xAxis: {type: 'value', minInterval: 1},",
      "      yAxis: {type: 'category', inverse: true, data: rows.map(function (r) { return r.name; })},",
      "      series: data.severities.map(function (s, i) {",
      "        return {type: 'bar', stack: 'all', name: s, itemStyle: {color: colors[i]},",
      "          data: rows.map(function (r) { return r.counts[i]; })};",
      "      })",
      "    });",
      "  }",
      "  stacked(document.getElementById('rules'), data.rules);",
      "  stacked(document.getElementById('communities'), data.communities);",
      "}");

  private static int index(Severity s) {
    return s == Severity.ERROR ? 0 : s == Severity.WARNING ? 1 : 2;
  }

  private static long count(List<Finding> findings, Severity s) {
    return findings.stream().filter(f -> f.getSeverity() == s).count();
  }

  private static void write(HtmlPage page, String title, String data, String script, Appendable out) {
    try {
      page.write(title, data, script, requireNonNull(out, "out"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fmt(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.1f", v.getAsDouble()) : "—";
  }

  private static String percent(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * v.getAsDouble()) : "—";
  }

  private static String num(OptionalDouble v) {
    return v.isPresent() ? HtmlPage.number(v.getAsDouble()) : "null";
  }

  private static String pct(OptionalDouble v) {
    return v.isPresent() ? HtmlPage.number(100 * v.getAsDouble()) : "null";
  }
}
