package org.jiceng.governance.rules.ledger;

import java.util.Arrays;

/**
 * The ledger's postings as primitive columns, one index a posting, appended only: a book of
 * millions of postings is six arrays the garbage collector does not walk. Not API; the {@link
 * Ledger}'s lock guards it.
 */
final class PostingColumns {
  static final byte ACCRUAL = (byte) PostingKind.ACCRUAL.ordinal();
  static final byte CAP_DONATION = (byte) PostingKind.CAP_DONATION.ordinal();
  static final byte REDEMPTION = (byte) PostingKind.REDEMPTION.ordinal();
  static final byte TRANSFER = (byte) PostingKind.TRANSFER.ordinal();
  static final byte DONATION = (byte) PostingKind.DONATION.ordinal();
  static final byte EXPIRY = (byte) PostingKind.EXPIRY.ordinal();
  static final byte REVERSAL = (byte) PostingKind.REVERSAL.ordinal();

  int[] op = new int[64];
  int[] debit = new int[64];
  int[] credit = new int[64];
  /** The lot the posting takes from or gives to, or -1. */
  int[] lot = new int[64];
  long[] amount = new long[64];
  /** The {@link PostingKind} by ordinal. */
  byte[] kind = new byte[64];
  int count;

  /** Appends a posting, growing every column together. */
  int add(int operation, byte postingKind, int debitAccount, int creditAccount, long postingAmount, int postingLot) {
    int i = count;
    if (i == op.length) {
      int n = Columns.grown(i);
      op = Arrays.copyOf(op, n);
      debit = Arrays.copyOf(debit, n);
      credit = Arrays.copyOf(credit, n);
      lot = Arrays.copyOf(lot, n);
      amount = Arrays.copyOf(amount, n);
      kind = Arrays.copyOf(kind, n);
    }
    op[i] = operation;
    debit[i] = debitAccount;
    credit[i] = creditAccount;
    lot[i] = postingLot;
    amount[i] = postingAmount;
    kind[i] = postingKind;
    count++;
    return i;
  }
}
