package org.jiceng.governance.rules.advice;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jiceng.governance.rules.compliance.DisplayNames;

/**
 * Renders advice as text for a county organization department: a title, the count by kind, then
 * the advice grouped by street and community (in the advisor's order), each item with its kind,
 * subject, message, basis and source, approval and due date. Chinese or English.
 *
 * @since 0.2
 */
public final class AdviceText {
  private AdviceText() {}

  /**
   * Renders advice.
   *
   * @param advice the advice, in the advisor's order, not null
   * @param profileId the profile the advice was given under, not null
   * @param subject the name and id of the county, e.g. {@code 滦南县 (luannan)}, not null
   * @param asOf the date of the advice, not null
   * @param locale the language, not null
   * @return the text, ending in a line break
   */
  public static String render(List<Advice> advice, String profileId, String subject, LocalDate asOf, Locale locale) {
    requireNonNull(advice, "advice");
    ResourceBundle b = ResourceBundle.getBundle(Advice.BUNDLE, requireNonNull(locale, "locale"));
    StringBuilder out = new StringBuilder();
    line(out, b, locale, "text.title", requireNonNull(profileId, "profileId"), requireNonNull(subject, "subject"), requireNonNull(asOf, "asOf").toString());
    Map<AdviceKind, Long> counts = new EnumMap<>(AdviceKind.class);
    advice.forEach(a -> counts.merge(a.getKind(), 1L, Long::sum));
    String sep = "zh".equals(locale.getLanguage()) ? "，" : ", ";
    String byKind = counts.entrySet().stream().map(e -> DisplayNames.of(e.getKey(), locale) + " " + e.getValue()).collect(Collectors.joining(sep));
    line(out, b, locale, advice.isEmpty() ? "text.none" : "text.summary", advice.size(), byKind);
    Map<String, Map<String, List<Advice>>> groups = new LinkedHashMap<>();
    for (Advice a : advice) {
      String street = a.getStreetId().map(id -> a.getStreetName().orElse(id) + " (" + id + ")").orElse("");
      String community = a.getCommunityId().map(id -> a.getCommunityName().orElse(id) + " (" + id + ")").orElse("");
      groups.computeIfAbsent(street, k -> new LinkedHashMap<>()).computeIfAbsent(community, k -> new java.util.ArrayList<>()).add(a);
    }
    for (Map.Entry<String, Map<String, List<Advice>>> s : groups.entrySet()) {
      out.append('\n');
      if (s.getKey().isEmpty()) {
        line(out, b, locale, "text.countyWide");
      } else {
        out.append(s.getKey()).append('\n');
      }
      for (Map.Entry<String, List<Advice>> c : s.getValue().entrySet()) {
        String indent = "  ";
        if (!c.getKey().isEmpty()) {
          out.append("  ").append(c.getKey()).append('\n');
          indent = "    ";
        }
        for (Advice a : c.getValue()) {
          out.append(indent).append('[').append(DisplayNames.of(a.getKind(), locale)).append("] ").append(a.getSubject())
              .append(": ").append(a.getMessage(locale)).append('\n');
          String extra = (a.isApprovalNeeded() ? sep + new MessageFormat(b.getString("text.approval"), locale).format(new Object[0]) : "")
              + a.getDueOn().map(d -> sep + new MessageFormat(b.getString("text.due"), locale).format(new Object[] {d.toString()})).orElse("");
          out.append(indent).append("    ").append(new MessageFormat(b.getString("text.basis"), locale)
              .format(new Object[] {a.getRule(), a.getParameter(), a.getThreshold(), a.getSource().toString(locale)})).append(extra).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, ResourceBundle b, Locale locale, String key, Object... args) {
    out.append(new MessageFormat(b.getString(key), locale).format(args)).append('\n');
  }
}
