package org.jiceng.governance.rules.compliance;

import org.immutables.value.Value;

/** A figure the report measured, e.g. workers per 10,000 residents in one street. */
@Value.Immutable(builder = false, copy = false)
public abstract class Measurement {
  Measurement() {}

  /**
   * Creates a measurement.
   *
   * @param name the figure, e.g. {@code staffing.workers-per-10k}
   * @param subject the area id
   * @param value the value
   * @return the measurement
   */
  public static Measurement of(String name, String subject, double value) {
    return ImmutableMeasurement.of(name, subject, value);
  }

  /**
   * Returns the figure's name.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String getName();

  /**
   * Returns the area id.
   *
   * @return the subject
   */
  @Value.Parameter
  public abstract String getSubject();

  /**
   * Returns the value.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract double getValue();

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("Measurement", "name", getName(), "subject", getSubject(), "value", getValue());
  }
}
