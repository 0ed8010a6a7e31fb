package org.jiceng.governance.rules.demand;

/** 小事 or 大事: which level a demand may be settled at ("小事不出网格、大事不出社区"). */
public enum DemandSize {
  /** 小事. */
  SMALL,
  /** 大事. */
  LARGE
}
