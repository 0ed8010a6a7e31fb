package org.jiceng.governance.rules.ledger;

/** The unit a ledger account holds. Every posting moves one unit between two accounts of that unit. */
public enum LedgerUnit {
  /** Points (积分), counted in whole points. */
  POINTS,
  /** Service time (时间), counted in minutes: 60 stand for one hour. */
  HOURS
}
