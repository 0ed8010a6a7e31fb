package org.jiceng.governance.core.code;

/**
 * The level a statistical division code names, read from its trailing zero segments.
 *
 * <p>Segments: province 2 digits, city 2, county 2, township 3, village 3 (统计用区划代码).
 */
public enum DivisionLevel {
  /** 省级: only the first 2 digits are set. */
  PROVINCE(2),
  /** 地级: the first 4 digits are set. */
  CITY(4),
  /** 县级: the first 6 digits (the GB/T 2260 county code) are set. */
  COUNTY(6),
  /** 乡级 (street, town, township): the first 9 digits are set. */
  TOWNSHIP(9),
  /** 村级 (residents' or villagers' committee): all 12 digits are set. */
  VILLAGE(12);

  private final int significantDigits;

  DivisionLevel(int significantDigits) {
    this.significantDigits = significantDigits;
  }

  /**
   * Returns how many leading digits are significant at this level.
   *
   * @return 2, 4, 6, 9 or 12
   */
  public int getSignificantDigits() {
    return significantDigits;
  }
}
