package org.jiceng.governance.rules.ledger;

import java.time.Duration;

/** The unit a ledger account holds. Every posting moves one unit between two accounts of that unit. */
public enum LedgerUnit {
  /** Points (积分), counted in whole points. */
  POINTS,
  /**
   * Service time (时间银行的时间), counted in whole minutes: a time bank's "hour" is 60. Amounts of
   * this unit convert with {@link #toDuration(long)}. Files written before this constant was
   * renamed spell it {@code HOURS}; the ledger-operations reader accepts both.
   */
  MINUTES;

  /**
   * Converts an amount of service time to a duration.
   *
   * @param amount the amount in minutes
   * @return the duration
   * @throws UnsupportedOperationException for {@link #POINTS}, which are not time
   */
  public Duration toDuration(long amount) {
    if (this != MINUTES) {
      throw new UnsupportedOperationException("Points are not time: only MINUTES converts to a duration");
    }
    return Duration.ofMinutes(amount);
  }
}
