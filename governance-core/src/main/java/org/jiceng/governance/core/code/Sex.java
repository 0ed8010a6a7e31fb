package org.jiceng.governance.core.code;

/** Sex as coded by the 17th digit of a resident identity number (odd male, even female). */
public enum Sex {
  /** 男. */
  MALE,
  /** 女. */
  FEMALE
}
