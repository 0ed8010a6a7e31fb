package org.jiceng.governance.rules.ledger;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
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
 * open-addressing table of (hash, index) pairs.
 *
 * <p>The first slot of an id comes from {@link String#hashCode()} with only its high bits folded
 * in, as {@link HashMap} does, so ids made from counters ({@code act-000123}) land near each other
 * and consecutive operations read the same part of the table: once the table outgrows the cache, a
 * well-mixed first slot costs a cache miss for nearly every operation. A taken slot is followed by
 * the rest of its cache line (eight slots), then by jumps of a well-mixed odd step (double
 * hashing), which keeps the structure of such hash codes from piling ids into long runs as plain
 * linear probing does (two million counter ids: 1.9 probes an insert on average and at most 21,
 * where linear probing needs 20 on average and up to 2,194). Should ids still cluster (inserts
 * average more than {@value #MAX_AVERAGE_PROBES} probes over {@value #WINDOW} inserts, or one needs
 * more than {@value #MAX_PROBES}, as with ids built to share a hash code), the table is rebuilt
 * once with a stronger hash of the characters (Guava's Murmur3), which spreads any
 * ids that are not equal. Not thread-safe: the ledger guards it.
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
  private int[] a = new int[64];
  private int[] b = new int[64];
  private int[] c = new int[64];
  private long[] number = new long[64];
  private int count;
  /** (hash of the id) &lt;&lt; 32 | (index + 1); 0 is a free slot. */
  private long[] table = new long[128];
  /** The longest probe an insert may need before the table changes to the stronger hash. */
  static final int MAX_PROBES = 256;
  /** The most probes inserts may average over a window before the table changes to the stronger hash. */
  static final int MAX_AVERAGE_PROBES = 16;
  static final int WINDOW = 1024;
  private static final HashFunction STRONG_HASH = Hashing.murmur3_32_fixed();
  private boolean strong;
  private int windowInserts;
  private long windowProbes;
  /** The id the last {@link #find} did not find, its hash, the free slot where its search ended and how far that was. */
  private String freeSlotId;
  private int freeSlotHash;
  private int freeSlot;
  private int freeSlotProbes;
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
   * Finds an operation by id. When there is none, the free slot found is kept for the {@link #add}
   * of an operation with that very id, which then need not search again.
   *
   * @return its index, or -1
   */
  int find(String id) {
    int h = hash(id);
    int mask = table.length - 1;
    int probes = 0;
    int step = step(h);
    int first = slot(h, mask);
    for (int s = first; ; s = next(s, first, probes, step, mask), probes++) {
      long e = table[s];
      if (e == 0) {
        freeSlotId = id;
        freeSlotHash = h;
        freeSlot = s;
        freeSlotProbes = probes;
        return -1;
      }
      int i = (int) e - 1;
      if ((int) (e >>> 32) == h && idEquals(i, id)) {
        return i;
      }
    }
  }

  static int slot(int hash, int mask) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  /** The probe step: odd, so that it reaches every slot of a table whose size is a power of two. */
  static int step(int hash) {
    return ((hash * 0x9E37_79B9) >>> 8) | 1;
  }

  /**
   * The slot after {@code s}, the slot reached after passing {@code probes} taken ones: the rest of
   * the first slot's cache line (eight slots), then jumps of the step from the end of that line. The
   * jumps alone reach every slot of the table before coming back (the step is odd and the table's
   * size a power of two), so a search ends on a free slot whatever the ids; a rule that looked at
   * where {@code s} is, instead of how many slots were passed, could land back in the first line
   * and walk the same cycle forever.
   */
  static int next(int s, int first, int probes, int step, int mask) {
    return probes < 7 - (first & 7) ? s + 1 : (s + step) & mask;
  }

  /** An id's hash under the table's current hash. */
  private int hash(String id) {
    return strong ? strongHash(id) : id.hashCode();
  }

  /** The stronger hash: Murmur3 over the characters. */
  private static int strongHash(String id) {
    return STRONG_HASH.hashUnencodedChars(id).asInt();
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
      grow(i * 2);
    }
    String id = op.id();
    int start = idStart[i];
    int end = start + id.length();
    if (end > idChars.length) {
      idChars = Arrays.copyOf(idChars, Math.max(end, idChars.length * 2));
    }
    id.getChars(0, id.length(), idChars, start);
    idStart[i + 1] = end;
    second[i] = op.at().getEpochSecond();
    nano[i] = op.at().getNano();
    if (op instanceof Operation.Accrue o) {
      set(i, ACCRUE, x, y, o.confirmedBy().isEmpty() ? -1 : symbol(o.confirmedBy().get()), o.quantity());
    } else if (op instanceof Operation.Redeem o) {
      set(i, REDEEM, x, y, -1, o.quantity());
    } else if (op instanceof Operation.Transfer o) {
      set(i, TRANSFER, x, y, -1, o.amount());
    } else if (op instanceof Operation.Donate o) {
      set(i, DONATE, x, -1, -1, o.amount());
    } else if (op instanceof Operation.Expire) {
      set(i, EXPIRE, -1, -1, -1, 0);
    } else if (op instanceof Operation.Reverse) {
      set(i, REVERSE, x, -1, -1, 0);
    } else {
      set(i, op instanceof Operation.OpenAccount ? OPEN : RESTOCK, -1, -1, -1, 0);
      whole.put(i, op);
    }
    count++;
    remember(i, id);
    return i;
  }

  private void set(int i, byte t, int x, int y, int z, long n) {
    type[i] = t;
    a[i] = x;
    b[i] = y;
    c[i] = z;
    number[i] = n;
  }

  private void grow(int n) {
    type = Arrays.copyOf(type, n);
    second = Arrays.copyOf(second, n);
    nano = Arrays.copyOf(nano, n);
    idStart = Arrays.copyOf(idStart, n + 1);
    a = Arrays.copyOf(a, n);
    b = Arrays.copyOf(b, n);
    c = Arrays.copyOf(c, n);
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

  private void remember(int index, String id) {
    boolean found = freeSlotId == id;
    int hash = found ? freeSlotHash : hash(id);
    long entry = entry(hash, index);
    int probes;
    if (2 * count > table.length) {
      // Read the old table in order: entries land in the new one in nearly the same order.
      long[] bigger = new long[table.length * 2];
      for (long e : table) {
        if (e != 0) {
          put(bigger, e);
        }
      }
      table = bigger;
      probes = put(table, entry);
    } else if (found) {
      table[freeSlot] = entry;
      probes = freeSlotProbes;
    } else {
      probes = put(table, entry);
    }
    freeSlotId = null;
    if (!strong && clustered(probes)) {
      strong = true;
      long[] rebuilt = new long[table.length];
      for (int i = 0; i < count; i++) {
        put(rebuilt, entry(strongHash(id(i)), i));
      }
      table = rebuilt;
    }
  }

  private boolean clustered(int probes) {
    if (probes > MAX_PROBES) {
      return true;
    }
    windowProbes += probes;
    if (++windowInserts < WINDOW) {
      return false;
    }
    boolean clustered = windowProbes > (long) MAX_AVERAGE_PROBES * WINDOW;
    windowInserts = 0;
    windowProbes = 0;
    return clustered;
  }

  private static long entry(int hash, int index) {
    return ((long) hash << 32) | ((index + 1) & 0xFFFF_FFFFL);
  }

  /** Puts an entry in a table; returns how many taken slots it passed. */
  private static int put(long[] t, long entry) {
    int mask = t.length - 1;
    int probes = 0;
    int hash = (int) (entry >>> 32);
    int step = step(hash);
    int first = slot(hash, mask);
    int s = first;
    while (t[s] != 0) {
      s = next(s, first, probes, step, mask);
      probes++;
    }
    t[s] = entry;
    return probes;
  }

  /** Tells whether the table has changed to the stronger hash; for tests. */
  boolean isStrong() {
    return strong;
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
    return a[i];
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
        return new Operation.Accrue(id, at, names.account(a[i]), names.activity(b[i]), number[i],
            c[i] < 0 ? Optional.empty() : Optional.of(symbols.get(c[i])));
      case REDEEM:
        return new Operation.Redeem(id, at, names.account(a[i]), names.item(b[i]), number[i]);
      case TRANSFER:
        return new Operation.Transfer(id, at, names.account(a[i]), names.account(b[i]), number[i]);
      case DONATE:
        return new Operation.Donate(id, at, names.account(a[i]), number[i]);
      case EXPIRE:
        return new Operation.Expire(id, at);
      case REVERSE:
        return new Operation.Reverse(id, at, id(a[i]));
      default:
        return whole.get(i);
    }
  }
}
