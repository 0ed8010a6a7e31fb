package org.jiceng.governance.rules.ledger;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.util.function.ToIntFunction;

/**
 * The index of the operation log's ids: an open-addressing table of (hash, index) pairs with
 * linear probing. The ids themselves stay in the log; the table asks it through {@link Ids}
 * whether an index holds an id, and only when the stored hash matches.
 *
 * <p>The hash is Murmur3 over the id's characters, which spreads ids built from counters
 * ({@code act-000123}) and ids that share a {@link String#hashCode()} ({@code "Aa"} and {@code
 * "BB"}) alike, so plain linear probing needs no tuning. The capacity is a power of two and the
 * table is at most half full (it doubles before passing half), so a search always meets a free
 * slot within one pass over the table, whatever the hashes. Not thread-safe: the ledger guards it.
 */
final class IdTable {
  /** How the table tells whether an index stands for an id. */
  interface Ids {
    boolean idEquals(int index, String id);
  }

  private static final HashFunction MURMUR3 = Hashing.murmur3_32_fixed();
  private static final int DEFAULT_CAPACITY = 128;
  private static final int MAX_CAPACITY = 1 << 30;

  private final Ids ids;
  private final ToIntFunction<String> hash;
  /** (hash of the id) &lt;&lt; 32 | (index + 1); 0 is a free slot. */
  private long[] slots;
  private int size;
  /** The id the last {@link #find} did not find, its hash and the free slot where the search ended. */
  private String missedId;
  private int missedHash;
  private int missedSlot;

  IdTable(Ids ids) {
    this(ids, IdTable::hash, DEFAULT_CAPACITY);
  }

  /**
   * A table with another hash, for tests that make ids collide.
   *
   * @param capacity the first capacity, a power of two of at least 2
   */
  IdTable(Ids ids, ToIntFunction<String> hash, int capacity) {
    if (capacity < 2 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("The capacity must be a power of two of at least 2, found " + capacity);
    }
    this.ids = ids;
    this.hash = hash;
    this.slots = new long[capacity];
  }

  /** The well-mixed hash of an id: Murmur3 over its characters. */
  static int hash(String id) {
    return MURMUR3.hashUnencodedChars(id).asInt();
  }

  int size() {
    return size;
  }

  int capacity() {
    return slots.length;
  }

  /**
   * Finds an id. When it is not there, the free slot found is kept for an {@link #add} of that
   * very id, which then need not search again.
   *
   * @return its index, or -1
   */
  int find(String id) {
    int h = hash.applyAsInt(id);
    int mask = slots.length - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      long e = slots[s];
      if (e == 0) {
        missedId = id;
        missedHash = h;
        missedSlot = s;
        return -1;
      }
      if ((int) (e >>> 32) == h && ids.idEquals((int) e - 1, id)) {
        return (int) e - 1;
      }
    }
  }

  /**
   * Adds an id that {@link #find} did not find.
   *
   * @param id the id
   * @param index what it stands for, at least 0
   */
  void add(String id, int index) {
    boolean found = missedId == id;
    missedId = null;
    long entry = ((long) (found ? missedHash : hash.applyAsInt(id)) << 32) | ((index + 1) & 0xFFFF_FFFFL);
    size++;
    if (2 * size > slots.length) {
      long[] old = slots;
      if (old.length == MAX_CAPACITY) {
        size--;
        throw new IllegalStateException("The ledger cannot hold more than " + MAX_CAPACITY / 2 + " operations");
      }
      slots = new long[old.length * 2];
      for (long e : old) {
        if (e != 0) {
          put(slots, e);
        }
      }
      put(slots, entry);
    } else if (found) {
      slots[missedSlot] = entry;
    } else {
      put(slots, entry);
    }
  }

  /** Puts an entry in the first free slot from its hash on. */
  private static void put(long[] table, long entry) {
    int mask = table.length - 1;
    int s = (int) (entry >>> 32) & mask;
    while (table[s] != 0) {
      s = (s + 1) & mask;
    }
    table[s] = entry;
  }
}
