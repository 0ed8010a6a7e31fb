package org.jiceng.governance.rules.ledger;

import java.time.Instant;
import java.util.Optional;
import org.jiceng.governance.rules.ledger.LedgerException.Reason;

/**
 * The limits every operation must keep before a ledger looks at it: ids of at most {@link
 * #MAX_ID_LENGTH} characters and instants between {@link #EARLIEST} and {@link #LATEST}. They keep
 * messages short and calendars (caps per day, expiry at the end of the following year) computable.
 *
 * @since 0.2
 */
public final class OperationLimits {
  /** The longest id of an operation, account, activity, item, merchant or confirming worker. */
  public static final int MAX_ID_LENGTH = 256;
  /** The earliest instant an operation may carry: {@code 0001-01-01T00:00:00Z}. */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  /** The latest instant an operation may carry: {@code 9999-12-31T23:59:59.999999999Z}. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
  /** How much of a long id a message quotes. */
  private static final int SHOWN = 40;

  private OperationLimits() {}

  /**
   * Refuses an operation that breaks a limit.
   *
   * @param op the operation, not null
   * @throws LedgerException with {@link Reason#ID_TOO_LONG} or {@link Reason#OUT_OF_RANGE}
   */
  static void check(Operation op) {
    id(op, "operation", op.getId());
    if (op.getAt().isBefore(EARLIEST) || op.getAt().isAfter(LATEST)) {
      throw LedgerException.of(Reason.OUT_OF_RANGE, op.getId(), "ledger.instant", op.getAt(), EARLIEST, LATEST);
    }
    if (op instanceof Operation.OpenAccount o) {
      id(op, "account", o.getAccount().getId());
      o.getAccount().getCommunityId().ifPresent(c -> id(op, "community", c));
      o.getAccount().getRelatives().forEach(r -> id(op, "relative", r));
    } else if (op instanceof Operation.Accrue o) {
      id(op, "account", o.getAccount());
      id(op, "activity", o.getActivity());
      id(op, "confirming worker", o.getConfirmedBy());
    } else if (op instanceof Operation.Restock o) {
      id(op, "item", o.getItem());
      id(op, "merchant", o.getMerchant());
    } else if (op instanceof Operation.Redeem o) {
      id(op, "account", o.getAccount());
      id(op, "item", o.getItem());
    } else if (op instanceof Operation.Transfer o) {
      id(op, "account", o.getFrom());
      id(op, "account", o.getTo());
    } else if (op instanceof Operation.Donate o) {
      id(op, "account", o.getFrom());
    } else if (op instanceof Operation.Reverse o) {
      id(op, "target operation", o.getTarget());
    }
  }

  private static void id(Operation op, String what, Optional<String> id) {
    id.ifPresent(i -> id(op, what, i));
  }

  private static void id(Operation op, String what, String id) {
    if (id.length() > MAX_ID_LENGTH) {
      throw LedgerException.of(Reason.ID_TOO_LONG, op.getId(), "ledger.long-id",
          LedgerException.word("ledger.id." + what.replace(' ', '-')), shown(id), id.length(), MAX_ID_LENGTH);
    }
  }

  /** An id as a message quotes it: whole when short, else its start and its length. */
  static String shown(String id) {
    if (id == null || id.length() <= MAX_ID_LENGTH) {
      return id;
    }
    int end = Character.isHighSurrogate(id.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
    return id.substring(0, end) + "…";
  }
}
