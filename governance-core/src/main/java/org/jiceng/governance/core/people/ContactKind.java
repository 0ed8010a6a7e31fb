package org.jiceng.governance.core.people;

/** Kinds of responsibility contact (包保, 联系点). */
public enum ContactKind {
  /** 县级领导联系社区: a county leader who keeps contact with a community. */
  COUNTY_LEADER,
  /** 结对共建单位 / 包联单位: a unit paired with a community. */
  PAIRED_UNIT,
  /** 包保干部: the cadre responsible for a grid (Kazuo's three-level 包保). */
  CADRE,
  /** 第一书记: a first secretary sent by a unit. */
  FIRST_SECRETARY
}
