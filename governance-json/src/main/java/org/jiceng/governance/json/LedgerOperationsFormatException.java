package org.jiceng.governance.json;

import java.util.List;

/**
 * A ledger-operations file could not be read ({@code jiceng.ledger-operations/1}): every problem found, each with its source, line, column
 * and JSON Pointer.
 */
public final class LedgerOperationsFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   * @param cause the underlying failure, may be null
   */
  public LedgerOperationsFormatException(List<FormatProblem> problems, Throwable cause) {
    super(LedgerOperationsFormat.FORMAT, problems, cause);
  }
}
