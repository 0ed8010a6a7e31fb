package org.jiceng.governance.rules.profile;

/** What party cell a profile asks of each grid (支部建在网格上, 一网格一党小组). */
public enum GridCell {
  /** No requirement. */
  NONE,
  /** A branch or a group. */
  ANY,
  /** A group at least (a branch also counts: it is more than a group). */
  GROUP,
  /** A branch (or a general branch or committee). */
  BRANCH
}
