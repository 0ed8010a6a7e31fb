package org.jiceng.governance.rules.ledger;

/** Why a posting was made. */
public enum PostingKind {
  /** Earned by an activity. */
  ACCRUAL,
  /** Earned above an account's cap, donated on the holder's behalf. */
  CAP_DONATION,
  /** Spent on a catalog item or a merchant offer. */
  REDEMPTION,
  /** Moved to a lineal relative. */
  TRANSFER,
  /** Given away by the holder. */
  DONATION,
  /** Lapsed at the lot's expiry. */
  EXPIRY,
  /** Undoes a posting of an earlier operation. */
  REVERSAL
}
