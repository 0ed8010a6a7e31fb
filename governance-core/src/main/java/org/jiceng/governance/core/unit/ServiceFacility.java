package org.jiceng.governance.core.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import org.jiceng.governance.core.Identified;
import org.jiceng.governance.core.InvalidValueException.Problem;
import org.jiceng.governance.core.internal.Checks;

/** A service place (阵地): centre, station, point or love station, with its floor area in m². */
@Value.Immutable
public abstract class ServiceFacility implements Identified {
  ServiceFacility() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceFacility}. */
  public static final class Builder extends ImmutableServiceFacility.Builder {
    Builder() {} // by builder()
  }

  @Override
  @NotBlank
  public abstract String getId();

  @Override
  @NotBlank
  public abstract String getName();

  /**
   * Returns the tier.
   *
   * @return the kind
   */
  public abstract FacilityKind getKind();

  /**
   * Returns the id of the area the facility serves (community for a centre, compound or grid
   * for a station).
   *
   * @return the area id
   */
  @NotBlank
  public abstract String getAreaId();

  /**
   * Returns the floor area in square metres.
   *
   * @return the area, at least 0 and finite
   */
  @PositiveOrZero
  public abstract double getFloorArea();

  @Value.Check
  final void check() {
    Checks.checkText(this, getId(), getName());
    if (!(getFloorArea() >= 0) || Double.isInfinite(getFloorArea())) {
      throw Checks.refused(this, getId(), Problem.FLOOR_AREA, getFloorArea());
    }
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("ServiceFacility",
        "id", getId(), "name", getName(), "kind", getKind(), "areaId", getAreaId(), "floorArea", getFloorArea());
  }
}
