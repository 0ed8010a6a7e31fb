package org.jiceng.governance.rules.compliance;

/** How serious a finding is. Compare with {@link #isAtLeast(Severity)}, never by ordinal. */
public enum Severity {
  /** The data breaks a binding rule of the profile. */
  ERROR(3),
  /** The data breaks a recommended standard. */
  WARNING(2),
  /** Worth knowing; nothing is broken. */
  INFO(1);

  private final int weight;

  Severity(int weight) {
    this.weight = weight;
  }

  /**
   * Tells whether this severity is as serious as {@code other} or more.
   *
   * @param other the threshold, not null
   * @return true when at least as serious
   */
  public boolean isAtLeast(Severity other) {
    return weight >= java.util.Objects.requireNonNull(other, "other").weight;
  }
}
