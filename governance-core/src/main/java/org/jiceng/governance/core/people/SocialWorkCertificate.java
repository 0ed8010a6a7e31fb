package org.jiceng.governance.core.people;

/** Social-work qualification certificate (社会工作者职业资格). */
public enum SocialWorkCertificate {
  /** No certificate. */
  NONE,
  /** 助理社会工作师 (junior). */
  ASSISTANT,
  /** 社会工作师 (intermediate). */
  INTERMEDIATE,
  /** 高级社会工作师 (senior). */
  SENIOR
}
