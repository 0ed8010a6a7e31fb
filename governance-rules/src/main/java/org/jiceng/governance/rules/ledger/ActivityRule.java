package org.jiceng.governance.rules.ledger;

import java.util.OptionalLong;
import org.immutables.value.Value;
import org.jiceng.governance.rules.profile.Source;

/**
 * How an activity earns: an amount per act or per hour of service, a multiplier in percent, caps
 * per day, month and year, and whether a grid worker must confirm it.
 */
@Value.Immutable
public abstract class ActivityRule {
  ActivityRule() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActivityRule}. */
  public static final class Builder extends ImmutableActivityRule.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the activity id, e.g. {@code parcel-collection}.
   *
   * @return the id
   */
  public abstract String getActivity();

  /**
   * Returns the unit earned.
   *
   * @return the unit
   */
  public abstract LedgerUnit getUnit();

  /**
   * Returns the amount per act, or per hour when {@link #isPerHour()}.
   *
   * @return the amount in the unit's minor unit
   */
  public abstract long getAmount();

  /**
   * Tells whether the quantity of an accrual is minutes of service (the amount is per hour).
   *
   * @return true per hour
   */
  @Value.Default
  public boolean isPerHour() {
    return false;
  }

  /**
   * Returns the multiplier in percent (100 = as earned).
   *
   * @return the multiplier
   */
  @Value.Default
  public int getMultiplierPercent() {
    return 100;
  }

  /**
   * Returns the most an account earns by this activity in a day.
   *
   * @return the cap, may be empty
   */
  public abstract OptionalLong getCapPerDay();

  /**
   * Returns the most an account earns by this activity in a month.
   *
   * @return the cap, may be empty
   */
  public abstract OptionalLong getCapPerMonth();

  /**
   * Returns the most an account earns by this activity in a year.
   *
   * @return the cap, may be empty
   */
  public abstract OptionalLong getCapPerYear();

  /**
   * Tells whether a grid worker must confirm each act.
   *
   * @return true when confirmation is needed
   */
  @Value.Default
  public boolean isConfirmationRequired() {
    return false;
  }

  /**
   * Returns the source of the rule.
   *
   * @return the source
   */
  public abstract Source getSource();

  /**
   * Computes what a quantity earns before caps.
   *
   * @param quantity acts, or minutes when per hour
   * @return the amount
   */
  public long earn(long quantity) {
    long base = isPerHour() ? Math.multiplyExact(getAmount(), quantity) / 60 : Math.multiplyExact(getAmount(), quantity);
    return Math.multiplyExact(base, getMultiplierPercent()) / 100;
  }

  @Value.Check
  final void check() {
    if (getAmount() <= 0 || getMultiplierPercent() <= 0) {
      throw new IllegalArgumentException("Activity '" + getActivity() + "' must earn more than 0");
    }
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("ActivityRule",
        "activity", getActivity(), "unit", getUnit(), "amount", getAmount(), "perHour", isPerHour(),
        "multiplierPercent", getMultiplierPercent(), "capPerDay", getCapPerDay(), "capPerMonth", getCapPerMonth(),
        "capPerYear", getCapPerYear(), "confirmationRequired", isConfirmationRequired(), "source", getSource());
  }
}
