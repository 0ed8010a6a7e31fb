package org.jiceng.governance.core.code;

/**
 * What the township digits (7–9) of a statistical division code conventionally denote. Real
 * data breaks the convention, so {@link #OUT_OF_RANGE} is a warning, never a parse failure.
 */
public enum TownshipKind {
  /** 001–099: street (街道). */
  STREET,
  /** 100–199: town (镇). */
  TOWN,
  /** 200–399: township (乡). */
  TOWNSHIP,
  /** 400–599: other units at township level (类似乡级单位). */
  OTHER,
  /** 600–999: outside every conventional range. */
  OUT_OF_RANGE;

  static TownshipKind of(int digits) {
    if (digits < 100) {
      return STREET;
    } else if (digits < 200) {
      return TOWN;
    } else if (digits < 400) {
      return TOWNSHIP;
    } else if (digits < 600) {
      return OTHER;
    }
    return OUT_OF_RANGE;
  }
}
