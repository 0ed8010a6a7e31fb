package org.jiceng.governance.rules.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger's log of applied operations, kept in columns: the type, the instant as seconds and
 * nanoseconds, the id's characters in one shared array, and the fields as symbols and numbers.
 * It holds no object per operation (only account openings and restocks, which are few, are kept
 * whole), so a log of millions of operations costs the garbage collector next to nothing; an
 * {@link Operation} is made again when asked for, equal to the one added. Accounts, activities and
 * items are kept as the ledger's indices and named through {@link Names}. Ids are found through an
 * {@link IdTable}. Not thread-safe: the ledger guards it.
 */
final class OperationStore {
  /** The ledger's names for its indices. */
  interface Names {
    String account(int index);

    String activity(int index);

    String item(int index);
  }

  static final byte OPEN = 0;
  static final byte ACCRUE = 1;
  static final byte RESTOCK = 2;
  static final byte REDEEM = 3;
  static final byte TRANSFER = 4;
  static final byte DONATE = 5;
  static final byte EXPIRE = 6;
  static final byte REVERSE = 7;

  private byte[] type = new byte[64];
  private long[] second = new long[64];
  private int[] nano = new int[64];
  /** Where each id starts in {@link #idChars}; the next one's start is where it ends. */
  private int[] idStart = new int[65];
  private char[] idChars = new char[512];
  /** An operation's account (or sender), or a reversal's target. */
  private int[] subject = new int[64];
  /** An accrual's activity, a redemption's item or a transfer's recipient. */
  private int[] object = new int[64];
  /** An accrual's confirming grid worker, as a symbol. */
  private int[] confirmer = new int[64];
  private long[] number = new long[64];
  private int count;
  private final IdTable ids = new IdTable(this::idEquals);
  private final Map<Integer, Operation> whole = new HashMap<>();
  /** Confirming grid workers, the only names the ledger does not index. */
  private final Map<String, Integer> symbolIndex = new HashMap<>();
  private final List<String> symbols = new ArrayList<>();
  private final Names names;

  OperationStore(Names names) {
    this.names = names;
  }

  int size() {
    return count;
  }

  /**
   * Finds an operation by id.
   *
   * @return its index, or -1
   */
  int find(String id) {
    return ids.find(id);
  }

  private boolean idEquals(int i, String id) {
    int start = idStart[i];
    int length = idStart[i + 1] - start;
    if (length != id.length()) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (idChars[start + k] != id.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds an operation the ledger has checked.
   *
   * @param op the operation
   * @param x the index of its account (or of the sender), or of a reversal's target
   * @param y the index of an accrual's activity, a redemption's item or a transfer's recipient
   * @return its index
   */
  int add(Operation op, int x, int y) {
    int i = count;
    if (i == type.length) {
      grow(Columns.grown(i));
    }
    String id = op.getId();
    int start = idStart[i];
    int end = start + id.length();
    if (end > idChars.length) {
      idChars = Arrays.copyOf(idChars, Math.max(end, idChars.length * 2));
    }
    id.getChars(0, id.length(), idChars, start);
    idStart[i + 1] = end;
    second[i] = op.getAt().getEpochSecond();
    nano[i] = op.getAt().getNano();
    if (op instanceof Operation.Accrue o) {
      set(i, ACCRUE, x, y, o.getConfirmedBy().isEmpty() ? -1 : symbol(o.getConfirmedBy().get()), o.getQuantity());
    } else if (op instanceof Operation.Redeem o) {
      set(i, REDEEM, x, y, -1, o.getQuantity());
    } else if (op instanceof Operation.Transfer o) {
      set(i, TRANSFER, x, y, -1, o.getAmount());
    } else if (op instanceof Operation.Donate o) {
      set(i, DONATE, x, -1, -1, o.getAmount());
    } else if (op instanceof Operation.Expire) {
      set(i, EXPIRE, -1, -1, -1, 0);
    } else if (op instanceof Operation.Reverse) {
      set(i, REVERSE, x, -1, -1, 0);
    } else {
      set(i, op instanceof Operation.OpenAccount ? OPEN : RESTOCK, -1, -1, -1, 0);
      whole.put(i, op);
    }
    count++;
    ids.add(id, i);
    return i;
  }

  private void set(int i, byte t, int x, int y, int z, long n) {
    type[i] = t;
    subject[i] = x;
    object[i] = y;
    confirmer[i] = z;
    number[i] = n;
  }

  private void grow(int n) {
    type = Arrays.copyOf(type, n);
    second = Arrays.copyOf(second, n);
    nano = Arrays.copyOf(nano, n);
    idStart = Arrays.copyOf(idStart, n + 1);
    subject = Arrays.copyOf(subject, n);
    object = Arrays.copyOf(object, n);
    confirmer = Arrays.copyOf(confirmer, n);
    number = Arrays.copyOf(number, n);
  }

  private int symbol(String s) {
    Integer known = symbolIndex.get(s);
    if (known != null) {
      return known;
    }
    symbols.add(s);
    symbolIndex.put(s, symbols.size() - 1);
    return symbols.size() - 1;
  }

  byte type(int i) {
    return type[i];
  }

  String id(int i) {
    return new String(idChars, idStart[i], idStart[i + 1] - idStart[i]);
  }

  Instant at(int i) {
    return Instant.ofEpochSecond(second[i], nano[i]);
  }

  /** Orders two operations by instant. */
  int compareAt(int i, int j) {
    int bySecond = Long.compare(second[i], second[j]);
    return bySecond != 0 ? bySecond : Integer.compare(nano[i], nano[j]);
  }

  /** Orders two operations' ids as {@link String#compareTo} does. */
  int compareIds(int i, int j) {
    int si = idStart[i];
    int li = idStart[i + 1] - si;
    int sj = idStart[j];
    int lj = idStart[j + 1] - sj;
    for (int k = 0; k < Math.min(li, lj); k++) {
      char x = idChars[si + k];
      char y = idChars[sj + k];
      if (x != y) {
        return x - y;
      }
    }
    return li - lj;
  }

  /** Tells whether an operation's instant is in [from, to). */
  boolean within(int i, Instant from, Instant to) {
    return !before(i, from) && before(i, to);
  }

  private boolean before(int i, Instant t) {
    return second[i] < t.getEpochSecond() || second[i] == t.getEpochSecond() && nano[i] < t.getNano();
  }

  /** A reversal's target. */
  int target(int i) {
    return subject[i];
  }

  /**
   * Makes the operation again.
   *
   * @return an operation equal to the one added
   */
  Operation get(int i) {
    String id = id(i);
    Instant at = at(i);
    switch (type[i]) {
      case ACCRUE:
        return ImmutableAccrue.of(id, at, names.account(subject[i]), names.activity(object[i]), number[i],
            confirmer[i] < 0 ? Optional.empty() : Optional.of(symbols.get(confirmer[i])));
      case REDEEM:
        return Operation.Redeem.of(id, at, names.account(subject[i]), names.item(object[i]), number[i]);
      case TRANSFER:
        return Operation.Transfer.of(id, at, names.account(subject[i]), names.account(object[i]), number[i]);
      case DONATE:
        return Operation.Donate.of(id, at, names.account(subject[i]), number[i]);
      case EXPIRE:
        return Operation.Expire.of(id, at);
      case REVERSE:
        return Operation.Reverse.of(id, at, id(subject[i]));
      default:
        return whole.get(i);
    }
  }
}
