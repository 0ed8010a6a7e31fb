package org.jiceng.governance.json;

import java.util.List;

/**
 * A line of a {@code jiceng.community/1} file could not be read: every problem of the line, each
 * with its source, line number in the file, column and JSON Pointer inside the line's object.
 *
 * @since 0.2
 */
public final class CommunityLinesFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   * @param cause the underlying failure, may be null
   */
  public CommunityLinesFormatException(List<FormatProblem> problems, Throwable cause) {
    super(CommunityLinesFormat.FORMAT, problems, cause);
  }
}
