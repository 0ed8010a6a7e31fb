package org.jiceng.governance.core.unit;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jiceng.governance.core.Identified;
import org.jiceng.governance.core.code.UnifiedSocialCreditCode;
import org.jiceng.governance.core.internal.Checks;

/**
 * A co-building unit (共建单位 / 成员单位): an organ, institution, enterprise or social
 * organization that joins the community's "大党委" and claims demands.
 */
@Value.Immutable
public abstract class CoBuildingUnit implements Identified {
  CoBuildingUnit() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CoBuildingUnit}. */
  public static final class Builder extends ImmutableCoBuildingUnit.Builder {
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
   * Returns the kind of unit.
   *
   * @return the kind
   */
  @Value.Default
  public UnitKind getKind() {
    return UnitKind.OTHER;
  }

  /**
   * Returns the ids of the areas (streets, communities) the unit co-builds with.
   *
   * @return the area ids, not null
   */
  public abstract Set<String> getAreaIds();

  @Value.Check
  final void check() {
    Checks.checkText(this, getId(), getName());
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("CoBuildingUnit",
        "id", getId(), "name", getName(), "creditCode", getCreditCode(), "kind", getKind(), "areaIds", getAreaIds());
  }
}
