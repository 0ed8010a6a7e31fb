package org.jiceng.governance.rules.ledger;

/** The one growth rule of the ledger's columns. Not API. */
final class Columns {
  private Columns() {}

  /**
   * The next length of a full column: twice as long, at most the largest array the JVM makes.
   *
   * @param length the column's length now
   * @return the new length
   * @throws IllegalStateException when a column cannot grow any more (a ledger of 2^31 records)
   */
  static int grown(int length) {
    if (length >= Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("The ledger cannot hold more than " + length + " records of one kind");
    }
    return (int) Math.min((long) Math.max(length, 8) * 2, Integer.MAX_VALUE - 8);
  }
}
