package org.jiceng.governance.core.code;

import java.util.Optional;

/** The registration authority (登记管理部门), first character of a unified social credit code. */
public enum RegistrationAuthority {
  /** 1: 机构编制 (institutional establishment). */
  ESTABLISHMENT('1'),
  /** 2: 外交 (foreign affairs). */
  FOREIGN_AFFAIRS('2'),
  /** 3: 司法行政 (justice administration). */
  JUSTICE('3'),
  /** 4: 文化 (culture). */
  CULTURE('4'),
  /** 5: 民政 (civil affairs). */
  CIVIL_AFFAIRS('5'),
  /** 6: 旅游 (tourism). */
  TOURISM('6'),
  /** 7: 宗教 (religious affairs). */
  RELIGION('7'),
  /** 8: 工会 (trade unions). */
  TRADE_UNION('8'),
  /** 9: 工商 / 市场监管 (market regulation). */
  MARKET_REGULATION('9'),
  /** A: 中央军委改革和编制办公室 (military establishment). */
  MILITARY('A'),
  /** N: 农业 (agriculture). */
  AGRICULTURE('N'),
  /** Y: 其他 (other). */
  OTHER('Y');

  private final char code;

  RegistrationAuthority(char code) {
    this.code = code;
  }

  /**
   * Returns the character that stands for this authority.
   *
   * @return the code character
   */
  public char getCode() {
    return code;
  }

  /**
   * Finds the authority for a character.
   *
   * @param c the first character of a credit code
   * @return the authority, or empty when the character names none
   */
  public static Optional<RegistrationAuthority> of(char c) {
    for (RegistrationAuthority a : values()) {
      if (a.code == c) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
