package org.jiceng.governance.rules.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One movement of an amount from one account ({@code debit}) to another ({@code credit}), in one
 * unit, made by an operation. A lot id says which earned lot the amount belongs to.
 *
 * @param operationId the operation that made it
 * @param sequence its place among the operation's postings, from 0
 * @param kind why it was made
 * @param debit the account the amount leaves
 * @param credit the account the amount enters
 * @param unit the unit
 * @param amount the amount, more than 0
 * @param lotId the lot, or empty for movements between the ledger's own accounts
 * @param at when
 */
public record Posting(String operationId, int sequence, PostingKind kind, String debit, String credit, LedgerUnit unit,
    long amount, Optional<String> lotId, Instant at) {
  /** Validates the posting. */
  public Posting {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(debit, "debit");
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(lotId, "lotId");
    Objects.requireNonNull(at, "at");
    if (amount <= 0) {
      throw new IllegalArgumentException("A posting moves more than 0, found " + amount);
    }
    if (debit.equals(credit)) {
      throw new IllegalArgumentException("A posting moves between two accounts, found " + debit + " twice");
    }
  }
}
