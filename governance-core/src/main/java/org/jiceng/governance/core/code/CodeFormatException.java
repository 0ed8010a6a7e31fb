package org.jiceng.governance.core.code;

import static java.util.Objects.requireNonNull;

import org.jiceng.governance.core.GovernanceException;

/**
 * A code could not be parsed: it names the kind of code, the text (masked for a resident
 * identity number), the zero-based position of the first bad character (or -1 when the whole
 * text is at fault, such as a wrong length) and what was expected there.
 *
 * <p>Modelled on {@code java.time.format.DateTimeParseException}.
 */
public final class CodeFormatException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final CodeKind kind;
  private final String parsedText;
  private final int errorIndex;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param kind the kind of code being parsed, not null
   * @param parsedText the text as it may be shown (already masked where it is personal data), not
   *     null
   * @param errorIndex zero-based position of the problem, or -1 for the whole text
   * @param reason what is wrong and what was expected, not null
   */
  public CodeFormatException(CodeKind kind, String parsedText, int errorIndex, String reason) {
    super(format(kind, parsedText, errorIndex, reason));
    this.kind = requireNonNull(kind, "kind");
    this.parsedText = requireNonNull(parsedText, "parsedText");
    this.errorIndex = errorIndex;
    this.reason = requireNonNull(reason, "reason");
  }

  private static String format(CodeKind kind, String text, int index, String reason) {
    String where = index < 0 ? "" : " at position " + (index + 1);
    return "Invalid " + kind.getLabel() + " code '" + text + "'" + where + ": " + reason;
  }

  /**
   * Returns the kind of code that failed to parse.
   *
   * @return the kind, not null
   */
  public CodeKind getKind() {
    return kind;
  }

  /**
   * Returns the text that failed, masked when it is a resident identity number.
   *
   * @return the text as it may safely be shown, not null
   */
  public String getParsedText() {
    return parsedText;
  }

  /**
   * Returns the zero-based index of the first bad character, or -1 when the problem is the text
   * as a whole (length, an impossible combination).
   *
   * @return the index or -1
   */
  public int getErrorIndex() {
    return errorIndex;
  }

  /**
   * Returns the reason without the prefix naming the code, e.g. {@code "expected a digit, found
   * 'A'"}.
   *
   * @return the reason, not null
   */
  public String getReason() {
    return reason;
  }
}
