package org.jiceng.governance.json;

import java.util.List;

/**
 * A points-scenario file could not be read ({@code jiceng.points-scenario/1}): every problem found, each with its source, line, column
 * and JSON Pointer.
 */
public final class PointsScenarioFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   * @param cause the underlying failure, may be null
   */
  public PointsScenarioFormatException(List<FormatProblem> problems, Throwable cause) {
    super(PointsScenarioFormat.FORMAT, problems, cause);
  }
}
