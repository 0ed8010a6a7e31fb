package org.jiceng.governance.rules.ledger;

import java.util.Arrays;

/**
 * The ledger's lots (what was earned together and lapses together) as primitive columns, one
 * index a lot, appended only; only {@link #remaining} changes after a lot is made. Not API; the
 * {@link Ledger}'s lock guards it.
 */
final class LotColumns {
  /** A lot's expiry when it never lapses. */
  static final long NEVER = Long.MAX_VALUE;

  int[] account = new int[64];
  /** The operation that made the lot. */
  int[] op = new int[64];
  /** The lot a transferred lot came from, or -1. */
  int[] parent = new int[64];
  /** The operation whose instant the lot was earned at. */
  int[] earnedOp = new int[64];
  long[] original = new long[64];
  long[] remaining = new long[64];
  /** The epoch second at which the lot lapses, or {@code Long.MAX_VALUE} when it never does. */
  long[] expiry = new long[64];
  int count;

  /** Appends a lot holding {@code amount}, growing every column together. */
  int add(int holder, int operation, int parentLot, int earnedAt, long amount, long lapses) {
    int i = count;
    if (i == account.length) {
      int n = Columns.grown(i);
      account = Arrays.copyOf(account, n);
      op = Arrays.copyOf(op, n);
      parent = Arrays.copyOf(parent, n);
      earnedOp = Arrays.copyOf(earnedOp, n);
      original = Arrays.copyOf(original, n);
      remaining = Arrays.copyOf(remaining, n);
      expiry = Arrays.copyOf(expiry, n);
    }
    account[i] = holder;
    op[i] = operation;
    parent[i] = parentLot;
    earnedOp[i] = earnedAt;
    original[i] = amount;
    remaining[i] = amount;
    expiry[i] = lapses;
    count++;
    return i;
  }
}
