package org.jiceng.governance.core.jurisdiction;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jiceng.governance.core.GovernanceException;

/**
 * The parts of a jurisdiction are inconsistent. Carries every problem found, never only the
 * first, so a data owner can fix them all in one pass.
 */
public final class JurisdictionException extends GovernanceException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED_IN_MESSAGE = 20;

  private final ImmutableList<JurisdictionProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not null and not empty
   */
  public JurisdictionException(List<JurisdictionProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<JurisdictionProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A JurisdictionException needs at least one problem");
    }
    StringBuilder sb =
        new StringBuilder("Inconsistent jurisdiction: ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    problems.stream()
        .limit(LISTED_IN_MESSAGE)
        .forEach(p -> sb.append(System.lineSeparator()).append("  ").append(p));
    if (problems.size() > LISTED_IN_MESSAGE) {
      sb.append(System.lineSeparator())
          .append("  … and ")
          .append(problems.size() - LISTED_IN_MESSAGE)
          .append(" more (see getProblems())");
    }
    return sb.toString();
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
