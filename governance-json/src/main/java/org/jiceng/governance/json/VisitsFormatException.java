package org.jiceng.governance.json;

import java.util.List;

/**
 * A care-visit events file could not be read ({@code jiceng.visits/1}): every problem found, each with its source, line, column
 * and JSON Pointer.
 */
public final class VisitsFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   * @param cause the underlying failure, may be null
   */
  public VisitsFormatException(List<FormatProblem> problems, Throwable cause) {
    super(VisitsFormat.FORMAT, problems, cause);
  }
}
