package org.jiceng.governance.core.people;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.Identified;
import org.jiceng.governance.core.internal.Checks;

/**
 * An in-service party member who has registered with the community where they live (在职党员
 * "双报到"), with the unit they work for.
 */
@Value.Immutable
public abstract class RegisteredPartyMember implements Identified {
  RegisteredPartyMember() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegisteredPartyMember}. */
  public static final class Builder extends ImmutableRegisteredPartyMember.Builder {
    Builder() {} // by builder()
  }

  @Override
  @NotBlank
  public abstract String getId();

  @Override
  @NotBlank
  public abstract String getName();

  /**
   * Returns the id of the community (or grid) the member registered with.
   *
   * @return the area id
   */
  @NotBlank
  public abstract String getAreaId();

  /**
   * Returns the id of the co-building unit the member works for.
   *
   * @return the unit id, may be empty
   */
  public abstract Optional<String> getUnitId();

  /**
   * Returns the date of registration.
   *
   * @return the date, may be empty
   */
  public abstract Optional<LocalDate> getRegisteredOn();

  /**
   * Tells whether the member is probationary (预备党员).
   *
   * @return true when probationary
   */
  @Value.Default
  public boolean isProbationary() {
    return false;
  }

  @Value.Check
  final void check() {
    Checks.checkText(this, getId(), getName());
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("RegisteredPartyMember",
        "id", getId(), "name", getName(), "areaId", getAreaId(), "unitId", getUnitId(), "registeredOn", getRegisteredOn(),
        "probationary", isProbationary());
  }
}
