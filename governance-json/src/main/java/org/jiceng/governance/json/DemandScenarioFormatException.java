package org.jiceng.governance.json;

import java.util.List;

/**
 * A demand-scenario file could not be read ({@code jiceng.demand-scenario/1}): every problem found, each with its source, line, column
 * and JSON Pointer.
 */
public final class DemandScenarioFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   * @param cause the underlying failure, may be null
   */
  public DemandScenarioFormatException(List<FormatProblem> problems, Throwable cause) {
    super(DemandScenarioFormat.FORMAT, problems, cause);
  }
}
