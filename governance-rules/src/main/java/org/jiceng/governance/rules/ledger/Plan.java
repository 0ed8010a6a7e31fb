package org.jiceng.governance.rules.ledger;

import java.util.Arrays;
import org.jiceng.governance.rules.ledger.LedgerException.Reason;

/**
 * The plan of the operation being applied: the postings the rules plan, what they give back to
 * or take from lots (reversals), the figures the log keeps, and the check of the plan's net effect
 * on each account against floors, caps and the range of a {@code long}. Every check runs before
 * {@link Book#commit} writes the plan, so a refused operation changes nothing. One plan is reused
 * for every operation. Not API; the {@link Ledger}'s lock guards it.
 */
final class Plan {
  private final AccountColumns accounts;
  private final long[] negativeTotal;
  /** The cap of each account kind by ordinal, or -1. */
  private final long[] capByKind = new long[AccountKind.values().length];
  private final boolean anyAccountCap;
  private final boolean[] negativeAllowed = new boolean[AccountKind.values().length];

  /** The postings planned, checked before any is written (their {@code op} unused). */
  final PostingColumns postings = new PostingColumns();
  long requested;
  long applied;
  /** The indices the log keeps of the operation (see {@link OperationStore#add}). */
  int subject;
  int object;
  /** When what an accrual earns lapses, as an epoch second. */
  long lapses;
  /** What the plan changes {@link Book#negativeTotal} by, per unit. */
  final long[] negative = new long[LedgerUnit.values().length];
  int deltaCount;
  int[] deltaLot = new int[8];
  long[] deltaAmount = new long[8];
  private int[] netAccount = new int[16];
  private long[] netAmount = new long[16];

  Plan(LedgerPolicy policy, Book book) {
    this.accounts = book.accounts;
    this.negativeTotal = book.negativeTotal;
    Arrays.fill(capByKind, -1);
    policy.getAccountCaps().forEach((kind, cap) -> capByKind[kind.ordinal()] = cap);
    this.anyAccountCap = !policy.getAccountCaps().isEmpty();
    for (AccountKind kind : policy.getNegativeAllowed()) {
      negativeAllowed[kind.ordinal()] = true;
    }
  }

  /** Empties the plan for the next operation. */
  void reset() {
    postings.count = 0;
    deltaCount = 0;
    requested = 0;
    applied = 0;
    subject = -1;
    object = -1;
  }

  /** The cap of an account, or -1. */
  long cap(int account) {
    return capByKind[accounts.kind[account]];
  }

  static void positive(Operation op, long amount, String what) {
    if (amount <= 0) {
      throw LedgerException.of(Reason.BAD_AMOUNT, op.getId(), "ledger.not-positive", LedgerException.word("ledger.what." + what), amount);
    }
  }

  void post(byte kind, int debit, int credit, long amount, int lot) {
    postings.add(-1, kind, debit, credit, amount, lot);
  }

  /** Adds to what a reversal gives back to (or takes from) a lot. */
  void lotDelta(int lot, long amount) {
    for (int i = 0; i < deltaCount; i++) {
      if (deltaLot[i] == lot) {
        deltaAmount[i] += amount;
        return;
      }
    }
    if (deltaCount == deltaLot.length) {
      deltaLot = Arrays.copyOf(deltaLot, Columns.grown(deltaCount));
      deltaAmount = Arrays.copyOf(deltaAmount, deltaLot.length);
    }
    deltaLot[deltaCount] = lot;
    deltaAmount[deltaCount] = amount;
    deltaCount++;
  }

  /** Checks the net effect of the plan on each account against floors, caps and the range of a long. */
  void checkBalances(Operation op) {
    Arrays.fill(negative, 0);
    try {
      checkNets(op);
      for (int u = 0; u < negative.length; u++) {
        if (negative[u] != 0 && Math.addExact(negativeTotal[u], negative[u]) < -Long.MAX_VALUE) {
          throw new ArithmeticException();
        }
      }
    } catch (ArithmeticException beyond) {
      throw LedgerException.of(Reason.OUT_OF_RANGE, op.getId(), "ledger.unit-overflow");
    }
  }

  private void checkNets(Operation op) {
    if (postings.count == 1) {
      check(op, postings.debit[0], -postings.amount[0]);
      check(op, postings.credit[0], postings.amount[0]);
      return;
    }
    if (netAccount.length < 2 * postings.count) {
      netAccount = new int[4 * postings.count];
      netAmount = new long[4 * postings.count];
    }
    int used = 0;
    for (int i = 0; i < postings.count; i++) {
      used = net(used, postings.debit[i], -postings.amount[i]);
      used = net(used, postings.credit[i], postings.amount[i]);
    }
    for (int i = 0; i < used; i++) {
      check(op, netAccount[i], netAmount[i]);
    }
  }

  private void check(Operation op, int a, long delta) {
    long before = accounts.balance[a];
    long after;
    try {
      after = Math.addExact(before, delta);
    } catch (ArithmeticException beyond) {
      after = Long.MIN_VALUE;
    }
    if (after == Long.MIN_VALUE) {
      throw LedgerException.of(Reason.OUT_OF_RANGE, op.getId(), "ledger.balance-overflow", accounts.id(a),
          before + (delta < 0 ? " - " + -delta : " + " + delta));
    }
    int unit = accounts.unit[a];
    negative[unit] = Math.addExact(negative[unit], Math.min(after, 0) - Math.min(before, 0));
    int kind = accounts.kind[a];
    // A correcting entry may not lift an account above its cap (accruals donate the excess instead).
    if (delta > 0 && anyAccountCap && capByKind[kind] >= 0 && after > capByKind[kind]) {
      throw LedgerException.of(Reason.NOT_ALLOWED, op.getId(), "ledger.above-cap", accounts.id(a), after, capByKind[kind]);
    }
    if (delta < 0 && after < 0 && !negativeAllowed[kind]) {
      throw LedgerException.of(Reason.INSUFFICIENT_BALANCE, op.getId(), "ledger.below-zero", accounts.id(a), after);
    }
  }

  private int net(int used, int account, long amount) {
    for (int i = 0; i < used; i++) {
      if (netAccount[i] == account) {
        netAmount[i] = Math.addExact(netAmount[i], amount);
        return used;
      }
    }
    netAccount[used] = account;
    netAmount[used] = amount;
    return used + 1;
  }
}
