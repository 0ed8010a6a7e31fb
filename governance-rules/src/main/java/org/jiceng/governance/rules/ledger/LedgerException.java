package org.jiceng.governance.rules.ledger;

import java.util.Locale;
import java.util.Objects;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.GovernanceException;
import org.jiceng.governance.core.Localizable;
import org.jiceng.governance.rules.internal.EngineText;

/**
 * An operation was refused; nothing was recorded or changed. {@link #getMessage()} is English;
 * {@link #getMessage(Locale)} says it in Chinese or English.
 */
public final class LedgerException extends GovernanceException implements Localizable {
  private static final long serialVersionUID = 1L;

  /** Why an operation is refused. */
  public enum Reason {
    /** The id was used before by an operation with other content. */
    ID_REUSED,
    /** An account, activity, item or operation is not known. */
    UNKNOWN,
    /** An account with that id exists already. */
    ACCOUNT_EXISTS,
    /** The accounts, activity or item are of different units or kinds than the operation needs. */
    WRONG_KIND,
    /** The balance (spendable lots) does not cover the amount. */
    INSUFFICIENT_BALANCE,
    /** A cap per day, month or year is used up. */
    CAP_REACHED,
    /** The activity needs a grid worker's confirmation. */
    CONFIRMATION_REQUIRED,
    /** The item is out of stock. */
    OUT_OF_STOCK,
    /** The holder may not take the offer (eligibility, age). */
    NOT_ELIGIBLE,
    /** The policy does not allow the transfer. */
    NOT_ALLOWED,
    /** The operation was reversed already, or cannot be reversed any more. */
    NOT_REVERSIBLE,
    /** An amount or quantity is not above zero. */
    BAD_AMOUNT,
    /**
     * An amount, a balance or a total would not fit in a {@code long}, or an instant lies outside
     * {@link OperationLimits#EARLIEST}..{@link OperationLimits#LATEST}.
     *
     * @since 0.2
     */
    OUT_OF_RANGE,
    /**
     * An id is longer than {@link OperationLimits#MAX_ID_LENGTH} characters.
     *
     * @since 0.2
     */
    ID_TOO_LONG
  }

  private final Reason reason;
  private final String operationId;
  private final String key;
  private final transient Object[] arguments;

  /** A refusal whose detail is given as text, the same in every language. */
  LedgerException(Reason reason, String operationId, String message) {
    this(reason, operationId, "ledger.literal", new Object[] {message});
  }

  private LedgerException(Reason reason, String operationId, String key, Object[] arguments) {
    // One line whatever the ids hold: line breaks in them are escaped too.
    super(DisplayText.of(message(Objects.requireNonNull(reason), operationId, key, arguments, Locale.ENGLISH)));
    this.reason = reason;
    this.operationId = operationId;
    this.key = key;
    this.arguments = arguments.clone();
  }

  /**
   * Returns a refusal whose detail is a message of the engines' bundle.
   *
   * @param reason why
   * @param operationId the refused operation's id
   * @param key the key of the detail
   * @param arguments its arguments; see {@link #word} for a word of the bundle among them
   * @return the exception, to throw
   */
  static LedgerException of(Reason reason, String operationId, String key, Object... arguments) {
    return new LedgerException(reason, operationId, key, arguments);
  }

  /**
   * Returns a word of the engines' bundle as an argument of a detail, rendered in its language.
   *
   * @param key the word's key
   * @return the word
   */
  static Localizable word(String key) {
    return locale -> EngineText.render(locale, key);
  }

  private static String message(Reason reason, String operationId, String key, Object[] arguments, Locale locale) {
    return EngineText.render(locale, "ledger.refused", OperationLimits.shown(operationId), reason, EngineText.render(locale, key, arguments));
  }

  /**
   * Returns the refusal in a language, e.g. {@code 操作“r1”被拒绝（库存不足）：物品“rice”剩余 0，要求 1}.
   *
   * @param locale the language, not null
   * @return the message, personal data masked
   * @since 0.2
   */
  @Override
  public String getMessage(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    // After deserialization only the English text is left.
    return arguments == null ? getMessage() : message(reason, operationId, key, arguments, locale);
  }

  /**
   * Returns why.
   *
   * @return the reason
   */
  public Reason getReason() {
    return reason;
  }

  /**
   * Returns the refused operation's id.
   *
   * @return the id
   */
  public String getOperationId() {
    return operationId;
  }
}
