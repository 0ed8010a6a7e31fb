package org.jiceng.governance.core.people;

/** Highest completed education (学历). */
public enum Education {
  /** 初中及以下. */
  JUNIOR_SECONDARY,
  /** 高中 / 中专. */
  SENIOR_SECONDARY,
  /** 大专. */
  JUNIOR_COLLEGE,
  /** 本科. */
  BACHELOR,
  /** 硕士. */
  MASTER,
  /** 博士. */
  DOCTORATE
}
