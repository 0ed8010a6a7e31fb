package org.jiceng.governance.rules.profile;

import org.immutables.value.Value;

/** One parameter's value in a profile, with its source. */
@Value.Immutable(builder = false, copy = false)
public abstract class ProfileParameter {
  ProfileParameter() {}

  static ProfileParameter of(ParameterKey<?> key, Object value, Source source) {
    return ImmutableProfileParameter.of(key.getId(), value, source);
  }

  /**
   * Returns the parameter id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String getId();

  /**
   * Returns the value, of the key's type.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract Object getValue();

  /**
   * Returns where the value comes from.
   *
   * @return the source
   */
  @Value.Parameter
  public abstract Source getSource();

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("ProfileParameter", "id", getId(), "value", getValue(), "source", getSource());
  }
}
