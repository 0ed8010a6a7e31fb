package org.jiceng.governance.rules.demand;

/** A resident's rating of a resolved demand. */
public enum Rating {
  /** 满意. */
  SATISFIED,
  /** 基本满意. */
  BASICALLY_SATISFIED,
  /** 不满意. */
  UNSATISFIED
}
