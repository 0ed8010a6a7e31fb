package org.jiceng.governance.rules.compliance;

import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * A county-wide rule over an accumulator that is folded one community at a time and can be merged
 * (map and reduce). Accumulators are immutable: {@code add} and {@code merge} return new values.
 *
 * @param <A> the accumulator
 */
public interface AggregateRule<A> extends Rule {
  /**
   * Returns the accumulator of no community.
   *
   * @param profile the profile, not null
   * @return the empty accumulator
   */
  A empty(StandardsProfile profile);

  /**
   * Adds one community.
   *
   * @param acc the accumulator so far, not null
   * @param scope the community, not null
   * @return the new accumulator
   */
  A add(A acc, CommunityScope scope);

  /**
   * Merges two accumulators of disjoint sets of communities.
   *
   * @param a one, not null
   * @param b the other, not null
   * @return the merged accumulator
   */
  A merge(A a, A b);

  /**
   * Reports the findings and figures of the whole.
   *
   * @param acc the accumulator of every community, not null
   * @param out receives findings and figures, not null
   */
  void finish(A acc, RuleContext out);
}
