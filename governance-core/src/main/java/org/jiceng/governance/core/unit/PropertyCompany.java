package org.jiceng.governance.core.unit;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jiceng.governance.core.Identified;
import org.jiceng.governance.core.code.UnifiedSocialCreditCode;
import org.jiceng.governance.core.internal.Checks;

/** A property-management company (物业企业) serving compounds ("红色物业" when it has a branch). */
@Value.Immutable
public abstract class PropertyCompany implements Identified {
  PropertyCompany() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PropertyCompany}. */
  public static final class Builder extends ImmutablePropertyCompany.Builder {
    Builder() {} // by builder()
  }

  @Override
  @NotBlank
  public abstract String getId();

  @Override
  @NotBlank
  public abstract String getName();

  /**
   * Returns the unified social credit code.
   *
   * @return the code, may be empty
   */
  public abstract Optional<UnifiedSocialCreditCode> getCreditCode();

  /**
   * Returns the ids of the compounds the company manages.
   *
   * @return the compound ids, not null
   */
  public abstract Set<String> getCompoundIds();

  @Value.Check
  final void check() {
    Checks.checkText(this, getId(), getName());
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("PropertyCompany",
        "id", getId(), "name", getName(), "creditCode", getCreditCode(), "compoundIds", getCompoundIds());
  }
}
