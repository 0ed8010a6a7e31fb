package org.jiceng.governance.json;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jiceng.governance.core.GovernanceException;

/**
 * A dataset could not be read: it carries every problem found (at least one), each naming the
 * source, line, column and JSON Pointer. The message is the first problem, followed by a count
 * of the others.
 */
public final class DatasetFormatException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<DatasetProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   * @param cause the underlying failure, may be null
   */
  public DatasetFormatException(List<DatasetProblem> problems, Throwable cause) {
    super(message(problems), cause);
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<DatasetProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A DatasetFormatException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder(problems.get(0).toString());
    for (DatasetProblem p : problems.subList(1, Math.min(problems.size(), 20))) {
      sb.append(System.lineSeparator()).append(p);
    }
    if (problems.size() > 20) {
      sb.append(System.lineSeparator()).append("… and ").append(problems.size() - 20).append(" more");
    }
    return sb.toString();
  }

  /**
   * Returns every problem.
   *
   * @return the problems, not empty
   */
  public ImmutableList<DatasetProblem> getProblems() {
    return problems;
  }
}
