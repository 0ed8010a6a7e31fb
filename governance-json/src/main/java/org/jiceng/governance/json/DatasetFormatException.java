package org.jiceng.governance.json;

import java.util.List;

/**
 * A dataset could not be read ({@code jiceng.dataset/1}): every problem found, each with its source, line, column
 * and JSON Pointer.
 */
public final class DatasetFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   * @param cause the underlying failure, may be null
   */
  public DatasetFormatException(List<FormatProblem> problems, Throwable cause) {
    super(DatasetFormat.FORMAT, problems, cause);
  }
}
