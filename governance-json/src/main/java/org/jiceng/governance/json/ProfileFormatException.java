package org.jiceng.governance.json;

import java.util.List;

/**
 * A standards profile file could not be read ({@code jiceng.profile/1}): every problem found, each with its source, line, column
 * and JSON Pointer.
 */
public final class ProfileFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   * @param cause the underlying failure, may be null
   */
  public ProfileFormatException(List<FormatProblem> problems, Throwable cause) {
    super(ProfileFormat.FORMAT, problems, cause);
  }
}
