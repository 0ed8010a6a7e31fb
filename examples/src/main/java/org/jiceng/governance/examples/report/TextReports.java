package org.jiceng.governance.examples.report;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.OptionalDouble;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.rules.scorecard.Mark;
import org.jiceng.governance.rules.scorecard.Scorecard;
import org.jiceng.governance.rules.visit.Coverage;
import org.jiceng.governance.rules.visit.Obligation;
import org.jiceng.governance.rules.visit.VisitPlan;

/**
 * Plain-text renderings of the visit plan and the scorecard, for the terminal: tab-separated
 * tables under a summary line, Chinese by default.
 */
public final class TextReports {
  private TextReports() {}

  /**
   * Renders a visit plan: the summary, coverage per community, the overdue visits, then the visits
   * falling due within {@code dueWithinDays} of the plan's day (household names masked unless
   * {@code namesInFull}).
   *
   * @param plan the plan, not null
   * @param namesInFull whether to print household names unmasked
   * @param dueWithinDays how many days ahead to list the visits falling due, at least 0
   * @param locale the language, not null
   * @return the text, ending in a line break
   */
  public static String visits(VisitPlan plan, boolean namesInFull, int dueWithinDays, Locale locale) {
    HtmlPage p = new HtmlPage(requireNonNull(locale, "locale"));
    Coverage t = plan.getTotal();
    StringBuilder out = new StringBuilder();
    out.append(p.t("visits.summary", plan.getAsOf().toString(), plan.getSince().toString(), t.getCounted(), t.getMetOnTime(), percent(t.getRate()),
        t.getOverdue(), t.getOpen())).append("\n\n");
    out.append(p.t("visits.community")).append('\t').append(p.t("visits.counted")).append('\t').append(p.t("visits.onTime")).append('\t')
        .append(p.t("visits.overdue")).append('\t').append(p.t("visits.open")).append('\t').append(p.t("visits.coverage")).append('\n');
    for (Coverage c : plan.getByCommunity()) {
      out.append(v(c.getAreaName())).append('\t').append(c.getCounted()).append('\t').append(c.getMetOnTime()).append('\t').append(c.getOverdue()).append('\t')
          .append(c.getOpen()).append('\t').append(percent(c.getRate())).append('\n');
    }
    out.append('\n').append(p.t("visits.overdueList")).append(" (").append(plan.getOverdue().size()).append(")\n");
    plan.getOverdue().forEach(o -> line(out, p, o, namesInFull));
    java.util.List<Obligation> soon = HtmlReports.dueWithin(plan, dueWithinDays);
    out.append('\n').append(p.t("visits.dueSoon", dueWithinDays)).append(" (").append(soon.size()).append(")\n");
    soon.forEach(o -> line(out, p, o, namesInFull));
    return out.toString();
  }

  private static void line(StringBuilder out, HtmlPage p, Obligation o, boolean namesInFull) {
    out.append(o.getDue()).append('\t').append(v(o.getHousehold())).append('\t')
        .append(namesInFull ? DisplayText.escape(o.getHouseholdName(), false) : v(Obligation.maskName(o.getHouseholdName()))).append('\t')
        .append(p.t("tag." + o.getTag().name())).append('\t').append(v(o.getGrid().orElse("-"))).append('\t')
        .append(v(o.getResponsible().map(r -> r.getName() + " (" + r.getId() + ")").orElse("-")))
        .append('\n');
  }

  /**
   * Renders a scorecard: one line per community, best first, with the total, grade and five marks.
   *
   * @param card the scorecard, not null
   * @param locale the language, not null
   * @return the text, ending in a line break
   */
  public static String scorecard(Scorecard card, Locale locale) {
    HtmlPage p = new HtmlPage(requireNonNull(locale, "locale"));
    StringBuilder out = new StringBuilder();
    out.append(p.t("scorecard.rank")).append('\t').append(p.t("scorecard.community")).append('\t').append(p.t("scorecard.total")).append('\t')
        .append(p.t("scorecard.grade"));
    for (Mark m : Mark.values()) {
      out.append('\t').append(m.getName(locale));
    }
    out.append('\n');
    int rank = 1;
    for (Scorecard.CommunityCard c : card.getCommunities()) {
      out.append(rank++).append('\t').append(v(c.getCommunityName())).append(" (").append(v(c.getCommunityId())).append(")\t").append(fmt(c.getTotal()))
          .append('\t').append(c.getGrade().map(g -> g.getName(locale)).orElse("-"));
      for (Mark m : Mark.values()) {
        out.append('\t').append(fmt(c.getMarks().get(m)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** A value quoting the data, made one safe line (DisplayText): names and ids may hold anything. */
  private static String v(String value) {
    return DisplayText.of(value);
  }

  private static String fmt(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.1f", v.getAsDouble()) : "-";
  }

  private static String percent(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * v.getAsDouble()) : "-";
  }
}
