package org.jiceng.governance.rules.profile;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.rules.compliance.Severity;

/** A profile's say on one rule: switched on or off, and its severity. */
@Value.Immutable(builder = false, copy = false)
public abstract class RuleSetting {
  RuleSetting() {}

  /**
   * Returns a setting that keeps the rule's own severity.
   *
   * @param enabled whether the rule runs
   * @param source why, not null
   * @return the setting
   */
  public static RuleSetting of(boolean enabled, Source source) {
    return ImmutableRuleSetting.of(enabled, Optional.empty(), source);
  }

  /**
   * Returns a setting that gives the rule's findings a severity.
   *
   * @param enabled whether the rule runs
   * @param severity the severity, not null
   * @param source why, not null
   * @return the setting
   */
  public static RuleSetting of(boolean enabled, Severity severity, Source source) {
    return ImmutableRuleSetting.of(enabled, Optional.of(Objects.requireNonNull(severity, "severity")), source);
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

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("RuleSetting",
        "enabled", isEnabled(), "severity", getSeverity(), "source", getSource());
  }
}
