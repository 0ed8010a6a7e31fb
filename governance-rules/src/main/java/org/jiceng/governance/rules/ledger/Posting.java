package org.jiceng.governance.rules.ledger;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;

/**
 * One movement of an amount from one account ({@code debit}) to another ({@code credit}), in one
 * unit, made by an operation. A lot id says which earned lot the amount belongs to. The ledger
 * makes postings; callers read them from a {@link Ledger.Result} or {@code Ledger.postings()}.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Posting {
  Posting() {} // generated subclass only

  /**
   * Returns the operation that made it.
   *
   * @return the operation id
   */
  @Value.Parameter
  public abstract String getOperationId();

  /**
   * Returns its place among the operation's postings, from 0.
   *
   * @return the sequence number
   */
  @Value.Parameter
  public abstract int getSequence();

  /**
   * Returns why it was made.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract PostingKind getKind();

  /**
   * Returns the account the amount leaves.
   *
   * @return the account id
   */
  @Value.Parameter
  public abstract String getDebit();

  /**
   * Returns the account the amount enters.
   *
   * @return the account id
   */
  @Value.Parameter
  public abstract String getCredit();

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  @Value.Parameter
  public abstract LedgerUnit getUnit();

  /**
   * Returns the amount, more than 0.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract long getAmount();

  /**
   * Returns the lot, or empty for movements between the ledger's own accounts.
   *
   * @return the lot id
   */
  @Value.Parameter
  public abstract Optional<String> getLotId();

  /**
   * Returns when.
   *
   * @return the instant
   */
  @Value.Parameter
  public abstract Instant getAt();

  @Value.Check
  void check() {
    if (getAmount() <= 0) {
      throw new IllegalArgumentException("A posting moves more than 0, found " + getAmount());
    }
    if (getDebit().equals(getCredit())) {
      throw new IllegalArgumentException("A posting moves between two accounts, found " + DisplayText.of(getDebit()) + " twice");
    }
  }

  @Override
  public String toString() {
    return DisplayText.ofValue("Posting", "operationId", getOperationId(), "sequence", getSequence(), "kind", getKind(),
        "debit", getDebit(), "credit", getCredit(), "unit", getUnit(), "amount", getAmount(), "lotId", getLotId(), "at", getAt());
  }
}
