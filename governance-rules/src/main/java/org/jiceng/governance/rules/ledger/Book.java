package org.jiceng.governance.rules.ledger;

import static org.jiceng.governance.rules.ledger.PostingColumns.ACCRUAL;
import static org.jiceng.governance.rules.ledger.PostingColumns.DONATION;
import static org.jiceng.governance.rules.ledger.PostingColumns.EXPIRY;
import static org.jiceng.governance.rules.ledger.PostingColumns.REDEMPTION;
import static org.jiceng.governance.rules.ledger.PostingColumns.TRANSFER;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What the ledger has written: the accounts, the log of operations with what each posted,
 * requested and applied, the postings and the lots, all as columns. Only {@link #commit} changes
 * it, after the rules and the {@link Plan}'s checks have passed. Not API; the {@link Ledger}'s
 * lock guards it.
 */
final class Book {
  private static final List<AccountKind> SYSTEM_KINDS =
      List.of(AccountKind.ISSUING, AccountKind.REDEMPTION, AccountKind.EXPIRY, AccountKind.DONATION);

  final AccountColumns accounts = new AccountColumns();
  /** The index of each system account by kind and unit ordinal. */
  private final int[][] system = new int[AccountKind.values().length][LedgerUnit.values().length];
  final OperationStore store;
  /** Where each operation's postings start, by operation index. */
  private int[] opFirstPosting = new int[64];
  private long[] opRequested = new long[64];
  private long[] opApplied = new long[64];
  /** The operations a reversal has undone. */
  final BitSet reversed = new BitSet();
  final PostingColumns postings = new PostingColumns();
  final long[] postingsPerUnit = new long[LedgerUnit.values().length];
  final LotColumns lots = new LotColumns();
  /** The sum of the negative balances of each unit, at or above {@code -Long.MAX_VALUE}. */
  final long[] negativeTotal = new long[LedgerUnit.values().length];
  private final AccountColumns.LotOrder lotOrder = this::olderThan;

  /**
   * An empty book with the ledger's own accounts.
   *
   * @param activity the name of an activity by the ledger's index
   * @param item the name of an item by the ledger's index
   */
  Book(IntFunction<String> activity, IntFunction<String> item) {
    this.store = new OperationStore(new OperationStore.Names() {
      @Override
      public String account(int index) {
        return accounts.id(index);
      }

      @Override
      public String activity(int index) {
        return activity.apply(index);
      }

      @Override
      public String item(int index) {
        return item.apply(index);
      }
    });
    for (LedgerUnit unit : LedgerUnit.values()) {
      for (AccountKind kind : SYSTEM_KINDS) {
        system[kind.ordinal()][unit.ordinal()] =
            accounts.add(Account.builder().id(Ledger.systemAccount(kind, unit)).kind(kind).unit(unit).build());
      }
    }
  }

  /** The index of the ledger's own account of a kind in a unit. */
  int system(AccountKind kind, LedgerUnit unit) {
    return system[kind.ordinal()][unit.ordinal()];
  }

  /** The index of the ledger's own account of a kind in the unit of an account. */
  int system(AccountKind kind, int account) {
    return system[kind.ordinal()][accounts.unit[account]];
  }

  int firstPosting(int op) {
    return opFirstPosting[op];
  }

  int postingEnd(int op) {
    return op + 1 < store.size() ? opFirstPosting[op + 1] : postings.count;
  }

  long requested(int op) {
    return opRequested[op];
  }

  long applied(int op) {
    return opApplied[op];
  }

  /**
   * Writes a checked plan; nothing in here can be refused.
   *
   * @return the operation's index in the log
   */
  int commit(Operation op, Plan plan) {
    int index = store.add(op, plan.subject, plan.object);
    if (index == opFirstPosting.length) {
      int n = Columns.grown(index);
      opFirstPosting = Arrays.copyOf(opFirstPosting, n);
      opRequested = Arrays.copyOf(opRequested, n);
      opApplied = Arrays.copyOf(opApplied, n);
    }
    opFirstPosting[index] = postings.count;
    opRequested[index] = plan.requested;
    opApplied[index] = plan.applied;
    PostingColumns planned = plan.postings;
    long[] balance = accounts.balance;
    for (int i = 0; i < planned.count; i++) {
      byte kind = planned.kind[i];
      int debit = planned.debit[i];
      int credit = planned.credit[i];
      long amount = planned.amount[i];
      int lot = planned.lot[i];
      if (kind == ACCRUAL) {
        lot = addLot(credit, index, -1, index, amount, plan.lapses);
      } else if (kind == TRANSFER) {
        lots.remaining[lot] -= amount;
        addLot(credit, index, lot, lots.earnedOp[lot], amount, lots.expiry[lot]);
      } else if (kind == REDEMPTION || kind == DONATION || kind == EXPIRY) {
        lots.remaining[lot] -= amount;
      }
      postings.add(index, kind, debit, credit, amount, lot);
      postingsPerUnit[accounts.unit[debit]]++;
      balance[debit] -= amount;
      balance[credit] += amount;
    }
    for (int u = 0; u < negativeTotal.length; u++) {
      negativeTotal[u] += plan.negative[u];
    }
    for (int i = 0; i < plan.deltaCount; i++) {
      int lot = plan.deltaLot[i];
      lots.remaining[lot] += plan.deltaAmount[i];
      if (plan.deltaAmount[i] > 0) {
        accounts.lotCursor[lots.account[lot]] = 0;
      }
    }
    return index;
  }

  private int addLot(int account, int op, int parent, int earnedOp, long amount, long expiry) {
    int lot = lots.add(account, op, parent, earnedOp, amount, expiry);
    accounts.addLot(account, lot, lotOrder);
    return lot;
  }

  /** Oldest first: by the instant earned, then by lot id. */
  private boolean olderThan(int lot, int other) {
    int c = store.compareAt(lots.earnedOp[lot], lots.earnedOp[other]);
    if (c == 0) {
      c = lots.parent[lot] < 0 && lots.parent[other] < 0
          ? store.compareIds(lots.op[lot], lots.op[other])
          : lotId(lot).compareTo(lotId(other));
    }
    return c < 0;
  }

  /** A lot's id: the id of the operation that made it, then those of the lots it came from. */
  String lotId(int lot) {
    if (lots.parent[lot] < 0) {
      return store.id(lots.op[lot]);
    }
    StringBuilder id = new StringBuilder(store.id(lots.op[lot]));
    for (int l = lots.parent[lot]; l >= 0; l = lots.parent[l]) {
      id.append('#').append(store.id(lots.op[l]));
    }
    return id.toString();
  }
}
