package org.jiceng.governance.core.code;

/**
 * What the village digits (10–12) of a statistical division code conventionally denote. Real
 * data breaks the convention, so {@link #OUT_OF_RANGE} is a warning, never a parse failure.
 */
public enum VillageKind {
  /** 001–199: residents' committee (居委会, 社区). */
  RESIDENTS_COMMITTEE,
  /** 200–399: villagers' committee (村委会). */
  VILLAGERS_COMMITTEE,
  /** 400–599: other units at village level. */
  OTHER,
  /** 600–999: outside every conventional range. */
  OUT_OF_RANGE;

  static VillageKind of(int digits) {
    if (digits < 200) {
      return RESIDENTS_COMMITTEE;
    } else if (digits < 400) {
      return VILLAGERS_COMMITTEE;
    } else if (digits < 600) {
      return OTHER;
    }
    return OUT_OF_RANGE;
  }
}
