package org.jiceng.governance.rules.compliance;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders a report as text a community official can read: the summary, the measured figures, then
 * the findings in the order of the JSON report (errors first, then warnings, then information; by
 * position in the file within each), under a heading for their community whenever it changes, so
 * a community with errors and warnings appears in both parts. In Chinese or English.
 */
public final class ReportText {
  // The JSON report's order (issue 15: the text orders communities as the JSON does, errors
  // first); it needs no pass over all findings, so a spooled report streams in the same order.
  private static final Comparator<Finding> TEXT_ORDER = ComplianceEngine.findingOrder();

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
    List<Finding> sorted = new ArrayList<>(report.getFindings());
    sorted.sort(TEXT_ORDER);
    StringBuilder out = new StringBuilder();
    render(Header.of(report.getProfile(), report.getSubject(), report.getSubjectName(), report.getCommunities(),
        report.getGrids(), report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO),
        report.getMeasured()), sorted.iterator(), locale, out);
    return out.toString();
  }

  /**
   * Returns the order findings are rendered in: the report order of {@link
   * ComplianceEngine#findingOrder()}, the same as the JSON report's. A stream handed to {@link #render(Header, Iterator,
   * Locale, Appendable)} must be in this order.
   *
   * @return the comparator
   */
  public static Comparator<Finding> order() {
    return TEXT_ORDER;
  }

  /**
   * Renders a report whose findings arrive as a stream, so that a report of any size is written
   * in bounded memory.
   *
   * @param header the summary, not null
   * @param findings the findings, in {@link #order()}, not null
   * @param locale the language, not null
   * @param out receives the text, not null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void render(Header header, Iterator<Finding> findings, Locale locale, Appendable out) {
    requireNonNull(header, "header");
    requireNonNull(findings, "findings");
    requireNonNull(out, "out");
    ResourceBundle b = ResourceBundle.getBundle(Finding.BUNDLE, requireNonNull(locale, "locale"));
    try {
      line(out, b, locale, "report.title", header.profile, header.subjectName, header.subject);
      line(out, b, locale, "report.summary", header.communities, header.grids, header.errors, header.warnings, header.infos);
      if (!header.measured.isEmpty()) {
        line(out, b, locale, "report.measured");
        for (Measurement m : header.measured) {
          out.append("  ").append(m.getName()).append(' ').append(m.getSubject().isEmpty() ? header.subject : m.getSubject())
              .append(' ').append(String.valueOf(m.getValue())).append('\n');
        }
      }
      if (!findings.hasNext()) {
        line(out, b, locale, "report.clean");
      }
      String current = null;
      while (findings.hasNext()) {
        Finding f = findings.next();
        String group = group(f);
        if (!group.equals(current)) {
          out.append('\n');
          if (group.isEmpty()) {
            line(out, b, locale, "report.countyWide");
          } else {
            out.append(group).append('\n');
          }
          current = group;
        }
        out.append("  [").append(b.getString("severity." + f.getSeverity().name())).append("] ")
            .append(f.getRule()).append(' ').append(f.getSubject());
        if (f.getLocation().isPresent() && f.getLocation().get().getLine() > 0) {
          Location l = f.getLocation().get();
          out.append(" (").append(String.valueOf(l.getLine())).append(':').append(String.valueOf(l.getColumn())).append(')');
        }
        out.append(": ").append(f.getMessage(locale)).append('\n');
        out.append("      ").append(new MessageFormat(b.getString("report.basis"), locale).format(new Object[] {f.getSource(locale)})).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report: " + e.getMessage(), e);
    }
  }

  private static String group(Finding f) {
    return f.getCommunity().map(id -> f.getCommunityName().orElse(id) + " (" + id + ")").orElse("");
  }

  private static void line(Appendable out, ResourceBundle b, Locale locale, String key, Object... args) throws IOException {
    out.append(new MessageFormat(b.getString(key), locale).format(args)).append('\n');
  }

  /** The summary of a report whose findings are streamed. */
  public static final class Header {
    final String profile;
    final String subject;
    final String subjectName;
    final long communities;
    final long grids;
    final long errors;
    final long warnings;
    final long infos;
    final List<Measurement> measured;

    private Header(String profile, String subject, String subjectName, long communities, long grids, long errors,
        long warnings, long infos, List<Measurement> measured) {
      this.profile = profile;
      this.subject = subject;
      this.subjectName = subjectName;
      this.communities = communities;
      this.grids = grids;
      this.errors = errors;
      this.warnings = warnings;
      this.infos = infos;
      this.measured = measured;
    }

    /**
     * Creates a header.
     *
     * @param profile the profile id, not null
     * @param subject the county id, not null
     * @param subjectName the county name, not null
     * @param communities the communities checked
     * @param grids the grids checked
     * @param errors the error findings
     * @param warnings the warning findings
     * @param infos the information findings
     * @param measured the figures, not null
     * @return the header
     */
    public static Header of(String profile, String subject, String subjectName, long communities, long grids,
        long errors, long warnings, long infos, List<Measurement> measured) {
      return new Header(requireNonNull(profile, "profile"), requireNonNull(subject, "subject"),
          requireNonNull(subjectName, "subjectName"), communities, grids, errors, warnings, infos, List.copyOf(measured));
    }
  }
}
