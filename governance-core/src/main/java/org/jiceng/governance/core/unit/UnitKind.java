package org.jiceng.governance.core.unit;

/** Kinds of co-building unit (共建单位). */
public enum UnitKind {
  /** 党政机关: party or government organ. */
  GOVERNMENT_ORGAN,
  /** 事业单位: public institution (school, hospital). */
  PUBLIC_INSTITUTION,
  /** 国有企业: state-owned enterprise. */
  STATE_ENTERPRISE,
  /** 非公企业: private enterprise. */
  PRIVATE_ENTERPRISE,
  /** 社会组织: social organization. */
  SOCIAL_ORGANIZATION,
  /** 其他. */
  OTHER
}
