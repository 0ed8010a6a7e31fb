package org.jiceng.governance.core.people;

/** Roles in a grid (网格力量). */
public enum GridWorkerRole {
  /** 专职网格员: full-time grid worker. */
  FULL_TIME,
  /** 兼职网格员: part-time grid worker. */
  PART_TIME,
  /** 网格指导员: grid instructor (often a street cadre). */
  INSTRUCTOR,
  /** 楼栋长 / 楼门长: building or door head. */
  BUILDING_HEAD,
  /** 流动网格员: mobile grid worker (delivery riders, drivers). */
  MOBILE
}
