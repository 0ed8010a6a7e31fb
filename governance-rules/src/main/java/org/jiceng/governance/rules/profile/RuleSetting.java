package org.jiceng.governance.rules.profile;

import java.util.Optional;
import org.immutables.value.Value;

/** A profile's say on one rule: switched on or off, and its severity. */
@Value.Immutable(builder = false, copy = false)
public abstract class RuleSetting {
  RuleSetting() {}

  /**
   * Creates a setting.
   *
   * @param enabled whether the rule runs
   * @param severity the severity, or empty for the rule's default
   * @param source why, not null
   * @return the setting
   */
  public static RuleSetting of(boolean enabled, Optional<? extends Severity> severity, Source source) {
    return ImmutableRuleSetting.of(enabled, severity, source);
  }

  /**
   * Tells whether the rule runs.
   *
   * @return true when on
   */
  @Value.Parameter
  public abstract boolean isEnabled();

  /**
   * Returns the severity the profile gives the rule's findings.
   *
   * @return the severity, empty for the rule's default
   */
  @Value.Parameter
  public abstract Optional<Severity> getSeverity();

  /**
   * Returns the reason for the setting.
   *
   * @return the source
   */
  @Value.Parameter
  public abstract Source getSource();
}
