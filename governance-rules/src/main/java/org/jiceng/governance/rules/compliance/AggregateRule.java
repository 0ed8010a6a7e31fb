package org.jiceng.governance.rules.compliance;

import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * A county-wide rule over an accumulator that is folded one community at a time and can be merged
 * (map and reduce).
 *
 * <p>{@code add} and {@code merge} may update the accumulator they are given in place and return
 * it (copying a growing accumulator for every community would make a run quadratic); the engine
 * never uses an accumulator again after passing it to them, and never passes one accumulator to
 * two runs. {@code merge} must be associative, and merging the accumulators of any split of the
 * communities must give what adding them all to one accumulator gives. Accumulators of rules
 * meant to run on a cluster (Apache Spark) are {@link java.io.Serializable}.
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
