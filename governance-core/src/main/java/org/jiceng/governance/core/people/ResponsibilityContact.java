package org.jiceng.governance.core.people;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.Identified;
import org.jiceng.governance.core.internal.Checks;

/**
 * A responsibility contact (包保 / 联系): a county leader for a community, a paired unit, a first
 * secretary, or the cadre responsible for a grid.
 */
@Value.Immutable
public abstract class ResponsibilityContact implements Identified {
  ResponsibilityContact() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResponsibilityContact}. */
  public static final class Builder extends ImmutableResponsibilityContact.Builder {
    Builder() {} // by builder()
  }

  @Override
  @NotBlank
  public abstract String getId();

  /**
   * Returns the person's or the unit's name.
   *
   * @return the name
   */
  @Override
  @NotBlank
  public abstract String getName();

  /**
   * Returns the kind of contact.
   *
   * @return the kind
   */
  public abstract ContactKind getKind();

  /**
   * Returns the id of the area the contact is responsible for.
   *
   * @return the area id
   */
  @NotBlank
  public abstract String getAreaId();

  /**
   * Returns the id of the unit behind the contact (the paired unit, the first secretary's unit).
   *
   * @return the unit id, may be empty
   */
  public abstract Optional<String> getUnitId();

  @Value.Check
  final void check() {
    Checks.checkText(this, getId(), getName());
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("ResponsibilityContact",
        "id", getId(), "name", getName(), "kind", getKind(), "areaId", getAreaId(), "unitId", getUnitId());
  }
}
