package org.jiceng.governance.core.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.jiceng.governance.core.GovernanceException;
import org.jiceng.governance.core.Localizable;
import org.jiceng.governance.core.internal.Texts;

/**
 * The parts of a jurisdiction are inconsistent. Carries every problem found, never only the
 * first, so a data owner can fix them all in one pass. {@link #getMessage()} lists them in
 * English, {@link #getMessage(Locale)} in Chinese or English.
 */
public final class JurisdictionException extends GovernanceException implements Localizable {
  private static final long serialVersionUID = 1L;
  private static final int LISTED_IN_MESSAGE = 20;

  private final ImmutableList<JurisdictionProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not null and not empty
   */
  public JurisdictionException(List<JurisdictionProblem> problems) {
    super(message(problems, Locale.ENGLISH));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<JurisdictionProblem> problems, Locale locale) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A JurisdictionException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder(Texts.render(locale,
        problems.size() == 1 ? "jurisdiction.inconsistent.one" : "jurisdiction.inconsistent.many", List.of(problems.size())));
    problems.stream()
        .limit(LISTED_IN_MESSAGE)
        .forEach(p -> sb.append(System.lineSeparator()).append("  ")
            .append(Texts.render(locale, "jurisdiction.line", List.of(p.getKind(), p.getSubjectId(), p.getMessage(locale)))));
    if (problems.size() > LISTED_IN_MESSAGE) {
      sb.append(System.lineSeparator()).append("  ")
          .append(Texts.render(locale, "jurisdiction.more", List.of(problems.size() - LISTED_IN_MESSAGE)));
    }
    return sb.toString();
  }

  /**
   * Returns the message in a language: how many problems, then the first ones, one a line.
   *
   * @param locale the language, not null
   * @return the message
   * @since 0.2
   */
  @Override
  public String getMessage(Locale locale) {
    return message(problems, requireNonNull(locale, "locale"));
  }

  /**
   * Returns every problem found.
   *
   * @return the problems, not empty
   */
  public ImmutableList<JurisdictionProblem> getProblems() {
    return problems;
  }
}
