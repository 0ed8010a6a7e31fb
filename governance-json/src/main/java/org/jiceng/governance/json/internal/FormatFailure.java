package org.jiceng.governance.json.internal;

import java.util.List;
import org.jiceng.governance.json.FormatException;
import org.jiceng.governance.json.FormatProblem;

/**
 * Makes the exception of the format being read (each format has its own {@link FormatException}
 * subclass), so that the shared reading machinery fails with the right type. Not API.
 */
@FunctionalInterface
public interface FormatFailure {
  /**
   * Makes the exception.
   *
   * @param problems the problems, not empty
   * @param cause the underlying failure, may be null
   * @return the exception
   */
  FormatException create(List<FormatProblem> problems, Throwable cause);
}
