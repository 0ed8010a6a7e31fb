package org.jiceng.governance.core.jurisdiction;

import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;

/** One structural problem found while building a {@link Jurisdiction}. */
@Value.Immutable(builder = false, copy = false)
public abstract class JurisdictionProblem {
  JurisdictionProblem() {}

  /**
   * Creates a problem.
   *
   * @param kind what is wrong, not null
   * @param subjectId the id of the part at fault, not null
   * @param message an English sentence quoting the values, not null
   * @return the problem
   */
  public static JurisdictionProblem of(ProblemKind kind, String subjectId, String message) {
    return ImmutableJurisdictionProblem.of(kind, subjectId, message);
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

  /**
   * Returns the explanation, quoting the values at fault.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract String getMessage();

  @Override
  public String toString() {
    // The id and message quote the data: escape controls, mask personal data (DisplayText).
    return DisplayText.of(getKind() + " " + getSubjectId() + ": " + getMessage());
  }
}
