package org.jiceng.governance.rules.ledger;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The ledger's accounts as columns, one index an account in the order opened: the account, its
 * balance, kind and unit by ordinal, and for a holder its lots oldest first. Only balances, lots
 * and lot cursors change after an account is opened. Not API; the {@link Ledger}'s lock guards it.
 */
final class AccountColumns {
  /** How lots are ordered in a holder's list: oldest first. */
  interface LotOrder {
    boolean olderThan(int lot, int other);
  }

  private final Map<String, Integer> index = new HashMap<>();
  Account[] account = new Account[16];
  long[] balance = new long[16];
  /** The {@link AccountKind} by ordinal. */
  byte[] kind = new byte[16];
  /** The {@link LedgerUnit} by ordinal. */
  byte[] unit = new byte[16];
  /** A holder's lots, oldest first; null for other accounts. */
  int[][] lots = new int[16][];
  int[] lotCount = new int[16];
  /** Below this place every lot of the account is used up: a cache that spares scans, not state. */
  int[] lotCursor = new int[16];
  int count;

  /** Appends an account, growing every column together; returns its index. */
  int add(Account a) {
    int i = count;
    if (i == account.length) {
      int n = Columns.grown(i);
      account = Arrays.copyOf(account, n);
      balance = Arrays.copyOf(balance, n);
      kind = Arrays.copyOf(kind, n);
      unit = Arrays.copyOf(unit, n);
      lots = Arrays.copyOf(lots, n);
      lotCount = Arrays.copyOf(lotCount, n);
      lotCursor = Arrays.copyOf(lotCursor, n);
    }
    account[i] = a;
    kind[i] = (byte) a.getKind().ordinal();
    unit[i] = (byte) a.getUnit().ordinal();
    if (a.getKind().isHolder()) {
      lots[i] = new int[4];
    }
    index.put(a.getId(), i);
    count++;
    return i;
  }

  /**
   * Finds an account by id.
   *
   * @return its index, or -1
   */
  int indexOf(String id) {
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  String id(int i) {
    return account[i].getId();
  }

  /** Puts a new lot in its holder's list, oldest first; lots mostly arrive in order. */
  void addLot(int holder, int lot, LotOrder order) {
    int[] list = lots[holder];
    int n = lotCount[holder];
    if (n == list.length) {
      list = Arrays.copyOf(list, Columns.grown(n));
      lots[holder] = list;
    }
    int place = n;
    while (place > 0 && order.olderThan(lot, list[place - 1])) {
      place--;
    }
    System.arraycopy(list, place, list, place + 1, n - place);
    list[place] = lot;
    lotCount[holder] = n + 1;
    if (place < lotCursor[holder]) {
      lotCursor[holder] = place;
    }
  }
}
