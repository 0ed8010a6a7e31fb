package org.jiceng.governance.json;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.jiceng.governance.core.GovernanceException;

/**
 * A file in one of the {@code jiceng.*} formats could not be read. It carries every problem found
 * (at least one), each naming the source, line, column and JSON Pointer, and the format that was
 * being read; the message is the first problem, followed by the others (at most 20 in the
 * message, all in {@link #getProblems()}).
 *
 * <p>Each format has its own subclass ({@link DatasetFormatException}, {@link
 * ProfileFormatException}, {@link DemandEventsFormatException}, …), so a caller reading several
 * kinds of files can tell them apart, or catch this class for all of them.
 */
public abstract class FormatException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final String format;
  private final ImmutableList<FormatProblem> problems;

  /**
   * Creates the exception.
   *
   * @param format the format identifier being read, such as {@code jiceng.dataset/1}, not null
   * @param problems the problems, not empty
   * @param cause the underlying failure, may be null
   */
  protected FormatException(String format, List<FormatProblem> problems, Throwable cause) {
    super(message(problems), cause);
    this.format = Objects.requireNonNull(format, "format");
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<FormatProblem> problems) {
    if (Objects.requireNonNull(problems, "problems").isEmpty()) {
      throw new IllegalArgumentException("A FormatException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder(problems.get(0).toString());
    for (FormatProblem p : problems.subList(1, Math.min(problems.size(), 20))) {
      sb.append(System.lineSeparator()).append(p);
    }
    if (problems.size() > 20) {
      sb.append(System.lineSeparator()).append("… and ").append(problems.size() - 20).append(" more");
    }
    return sb.toString();
  }

  /**
   * Returns the format that was being read.
   *
   * @return the format identifier, such as {@code jiceng.dataset/1}
   */
  public String getFormat() {
    return format;
  }

  /**
   * Returns every problem.
   *
   * @return the problems, not empty
   */
  public ImmutableList<FormatProblem> getProblems() {
    return problems;
  }

  /**
   * Returns the first problem, the one the message starts with.
   *
   * @return the first problem
   */
  public FormatProblem getFirstProblem() {
    return problems.get(0);
  }
}
