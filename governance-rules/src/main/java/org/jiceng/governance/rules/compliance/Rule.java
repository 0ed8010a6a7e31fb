package org.jiceng.governance.rules.compliance;

import java.util.List;
import org.jiceng.governance.rules.profile.ParameterKey;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * A compliance rule. Implement {@link LocalRule} (one community at a time), {@link
 * AggregateRule} (county-wide, over mergeable accumulators), or both. Users add rules by listing
 * their classes in {@code META-INF/services/org.jiceng.governance.rules.compliance.Rule}.
 *
 * <p>Contract (checked for every registered rule by the library's tests): a stable id, the
 * message keys in both locales of {@link Finding#BUNDLE} (or the rule's own bundle), determinism,
 * and no state between calls.
 */
public interface Rule {
  /**
   * Returns the stable id, e.g. {@code grid.households-range}.
   *
   * @return the id
   */
  String getId();

  /**
   * Returns the severity of findings when the profile does not set one.
   *
   * @return the severity
   */
  Severity getDefaultSeverity();

  /**
   * Returns the parameters the rule reads; without all of them in the profile the rule is off.
   *
   * @return the parameters
   */
  List<ParameterKey<?>> getParameters();

  /**
   * Returns every message key the rule uses, plus {@code <id>.description}.
   *
   * @return the keys
   */
  List<String> getMessageKeys();

  /**
   * Returns the resource bundle holding the rule's messages ({@code <id>.description} and the
   * message keys) in zh-CN and en. A user's rule names its own bundle.
   *
   * @return the bundle's base name
   */
  default String getBundle() {
    return Finding.BUNDLE;
  }

  /**
   * Tells whether the rule runs under a profile: switched on and given its parameters.
   *
   * @param profile the profile, not null
   * @return true when it runs
   */
  default boolean appliesTo(StandardsProfile profile) {
    return profile.isEnabled(getId()) && getParameters().stream().allMatch(k -> profile.get(k).isPresent());
  }
}
