package org.jiceng.governance.json;

import java.util.List;

/**
 * A demand-events file could not be read ({@code jiceng.demand-events/1}): every problem found, each with its source, line, column
 * and JSON Pointer.
 */
public final class DemandEventsFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   * @param cause the underlying failure, may be null
   */
  public DemandEventsFormatException(List<FormatProblem> problems, Throwable cause) {
    super(DemandEventsFormat.FORMAT, problems, cause);
  }
}
