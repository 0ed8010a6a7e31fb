package org.jiceng.governance.rules.compliance;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jiceng.governance.rules.profile.Severity;

/**
 * Renders a report as text a community official can read: the summary, the measured figures, then
 * the findings grouped by community, in the order of the JSON report (a group comes where its first
 * finding does: communities with errors first), in Chinese or English.
 */
public final class ReportText {
  private ReportText() {}

  /**
   * Renders a report.
   *
   * @param report the report, not null
   * @param locale the language, not null
   * @return the text, ending in a line break
   */
  public static String render(ComplianceReport report, Locale locale) {
    requireNonNull(report, "report");
    ResourceBundle b = ResourceBundle.getBundle(Finding.BUNDLE, requireNonNull(locale, "locale"));
    StringBuilder out = new StringBuilder();
    line(out, b, locale, "report.title", report.getProfile(), report.getSubjectName(), report.getSubject());
    line(out, b, locale, "report.summary", report.getCommunities(), report.getGrids(),
        report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO));
    if (!report.getMeasured().isEmpty()) {
      line(out, b, locale, "report.measured");
      for (Measurement m : report.getMeasured()) {
        out.append("  ").append(m.getName()).append(' ').append(m.getSubject().isEmpty() ? report.getSubject() : m.getSubject())
            .append(' ').append(m.getValue()).append('\n');
      }
    }
    Map<String, List<Finding>> groups = report.getFindings().stream().collect(Collectors.groupingBy(
        f -> f.getCommunity().map(id -> f.getCommunityName().orElse(id) + " (" + id + ")").orElse(""),
        LinkedHashMap::new, Collectors.toList()));
    if (groups.isEmpty()) {
      line(out, b, locale, "report.clean");
    }
    // Groups in order of their first finding, so communities come in the order of the JSON report
    // (findings by severity, then by position in the file): communities with errors first.
    for (String group : groups.keySet()) {
      out.append('\n');
      if (group.isEmpty()) {
        line(out, b, locale, "report.countyWide");
      } else {
        out.append(group).append('\n');
      }
      for (Finding f : groups.get(group)) {
        out.append("  [").append(b.getString("severity." + f.getSeverity().name())).append("] ")
            .append(f.getRule()).append(' ').append(f.getSubject());
        f.getLocation().filter(l -> l.getLine() > 0).ifPresent(l -> out.append(" (").append(l.getLine()).append(':').append(l.getColumn()).append(')'));
        out.append(": ").append(f.getMessage(locale)).append('\n');
        out.append("      ").append(new MessageFormat(b.getString("report.basis"), locale).format(new Object[] {f.getSource(locale)})).append('\n');
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, ResourceBundle b, Locale locale, String key, Object... args) {
    out.append(new MessageFormat(b.getString(key), locale).format(args)).append('\n');
  }
}
