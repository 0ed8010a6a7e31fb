package org.jiceng.governance.rules.compliance;

/** A rule that checks one community at a time. */
public interface LocalRule extends Rule {
  /**
   * Checks one community.
   *
   * @param scope the community, not null
   * @param out receives findings, not null
   */
  void check(CommunityScope scope, RuleContext out);
}
