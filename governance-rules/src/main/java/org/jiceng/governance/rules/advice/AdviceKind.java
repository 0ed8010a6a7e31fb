package org.jiceng.governance.rules.advice;

/**
 * What an item of advice proposes. Display names in zh-CN and en come from {@link
 * org.jiceng.governance.rules.compliance.DisplayNames#of(Enum, java.util.Locale)}.
 */
public enum AdviceKind {
  /** 组建: set up the cell a compound or grid lacks (a branch, or a group). */
  FORM,
  /** 升格: a branch whose membership calls for a general branch or a committee. */
  UPGRADE,
  /** 降格: a general branch or committee whose membership no longer reaches its kind. */
  DOWNGRADE,
  /** 拆分: a branch below the community above the largest branch size, split into branches. */
  SPLIT,
  /** 组建联合党支部: units with too few full members each, gathered into one joint branch. */
  MERGE_INTO_JOINT_BRANCH,
  /** 选举委员会: an organization that should have a committee of the profile's size but has none, or one of another size. */
  ELECT_COMMITTEE,
  /** 换届: a term that has ended or ends within the horizon. */
  RE_ELECT,
  /** 设立党员中心户: a grid whose households exceed what its central households look after. */
  APPOINT_CENTRAL_HOUSEHOLDS,
  /** 划分党小组: a large branch without groups, or a group too small or without a full member. */
  FORM_GROUPS
}
