package org.jiceng.governance.json;

import java.util.List;

/**
 * A demand-board file could not be read ({@code jiceng.demand-board/1}): every problem found, each with its source, line, column
 * and JSON Pointer.
 */
public final class DemandBoardFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   * @param cause the underlying failure, may be null
   */
  public DemandBoardFormatException(List<FormatProblem> problems, Throwable cause) {
    super(DemandBoardFormat.FORMAT, problems, cause);
  }
}
