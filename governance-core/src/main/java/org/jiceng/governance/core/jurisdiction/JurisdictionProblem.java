package org.jiceng.governance.core.jurisdiction;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.Localizable;
import org.jiceng.governance.core.internal.Texts;

/**
 * One structural problem found while building a {@link Jurisdiction}: what is wrong ({@link
 * #getKind()}, for a program), the part at fault, and an explanation quoting the values, in
 * Chinese or English ({@link #getMessage(Locale)}).
 */
@Value.Immutable(builder = false, copy = false)
public abstract class JurisdictionProblem implements Localizable {
  /** The key of a message given as text, shown as it is in every language. */
  private static final String LITERAL = "jurisdiction.literal";

  JurisdictionProblem() {}

  /**
   * Creates a problem whose explanation is given as text, shown as it is in every language.
   *
   * @param kind what is wrong, not null
   * @param subjectId the id of the part at fault, not null
   * @param message an explanation quoting the values, not null
   * @return the problem
   */
  public static JurisdictionProblem of(ProblemKind kind, String subjectId, String message) {
    return ImmutableJurisdictionProblem.of(kind, subjectId, LITERAL, List.of(requireNonNull(message, "message")));
  }

  /**
   * Creates a problem explained by a message of the core's bundle.
   *
   * @param kind what is wrong
   * @param subjectId the id of the part at fault
   * @param key the key of the explanation
   * @param arguments its arguments: ids, numbers, enum constants, parts of the jurisdiction
   * @return the problem
   */
  static JurisdictionProblem of(ProblemKind kind, String subjectId, String key, Object... arguments) {
    return ImmutableJurisdictionProblem.of(kind, subjectId, key, List.of(arguments));
  }

  /**
   * Returns what is wrong.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract ProblemKind getKind();

  /**
   * Returns the id of the part at fault.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String getSubjectId();

  /** The key of the explanation in the core's bundle. */
  @Value.Parameter
  abstract String key();

  /** The explanation's arguments. */
  @Value.Parameter
  abstract List<Object> arguments();

  /**
   * Returns the explanation in English, quoting the values at fault.
   *
   * @return the message
   */
  public String getMessage() {
    return getMessage(Locale.ENGLISH);
  }

  /**
   * Returns the explanation in a language, e.g. {@code 上级“x1”不存在}; personal data masked.
   *
   * @param locale the language, not null
   * @return the message
   * @since 0.2
   */
  @Override
  public String getMessage(Locale locale) {
    return Texts.render(requireNonNull(locale, "locale"), key(), arguments());
  }

  @Override
  public String toString() {
    // The id and message quote the data: escape controls, mask personal data (DisplayText).
    return DisplayText.of(getKind() + " " + getSubjectId() + ": " + getMessage());
  }
}
