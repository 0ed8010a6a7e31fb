package org.jiceng.governance.rules.demand;

/** Where a demand comes from. */
public enum DemandSource {
  /** 群众点单: a resident's order. */
  RESIDENT_ORDER,
  /** 网格上报: reported by a grid worker. */
  GRID_REPORT,
  /** 微心愿: a micro-wish. */
  MICRO_WISH,
  /** 热线: a hotline call (12345). */
  HOTLINE,
  /** 吹哨: a whistle blown by the community. */
  WHISTLE
}
