package org.jiceng.governance.rules.ledger;

import java.util.Objects;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.GovernanceException;

/** An operation was refused; nothing was recorded or changed. */
public final class LedgerException extends GovernanceException {
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

  LedgerException(Reason reason, String operationId, String message) {
    // One line whatever the ids hold: line breaks in them are escaped too.
    super(DisplayText.of("Operation '" + OperationLimits.shown(operationId) + "' refused (" + reason + "): " + message));
    this.reason = Objects.requireNonNull(reason);
    this.operationId = operationId;
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
