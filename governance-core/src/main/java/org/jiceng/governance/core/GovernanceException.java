package org.jiceng.governance.core;

/**
 * Base of every exception the governance-core artifact throws on purpose.
 *
 * <p>Unchecked: a bad code or an inconsistent jurisdiction is a data problem the caller decides
 * how to handle; subclasses carry the context (the parsed text and position, the list of
 * problems) so the caller never has to parse a message.
 */
public class GovernanceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, not null
   */
  public GovernanceException(String message) {
    super(safe(message));
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, not null
   * @param cause the underlying failure, may be null
   */
  public GovernanceException(String message, Throwable cause) {
    super(safe(message), cause);
  }

  /**
   * Messages quote the data: personal data is masked and control characters other than line
   * breaks are escaped ({@link DisplayText}); a one-line message escapes line breaks too before it
   * gets here.
   */
  private static String safe(String message) {
    return message == null ? null : DisplayText.escape(PersonalData.mask(message), true);
  }
}
