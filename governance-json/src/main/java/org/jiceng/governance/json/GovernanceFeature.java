package org.jiceng.governance.json;

/** Switches of the {@link GovernanceModule}, each with its documented default. */
public enum GovernanceFeature {
  /**
   * Write resident identity numbers and phone numbers in full. Default: off, they are written
   * masked ({@code 110105********002X}, {@code 139****1234}) because they are personal data.
   */
  WRITE_PERSONAL_DATA_IN_FULL(false);

  private final boolean enabledByDefault;

  GovernanceFeature(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /**
   * Tells whether the feature is on unless switched.
   *
   * @return the default
   */
  public boolean isEnabledByDefault() {
    return enabledByDefault;
  }
}
