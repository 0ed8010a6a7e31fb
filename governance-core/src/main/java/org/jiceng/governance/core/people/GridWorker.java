package org.jiceng.governance.core.people;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.Identified;
import org.jiceng.governance.core.InvalidValueException.Problem;
import org.jiceng.governance.core.code.ResidentIdNumber;
import org.jiceng.governance.core.internal.Checks;

/**
 * A member of a grid's staff (网格力量): full-time or part-time grid worker, instructor, building
 * head or mobile grid worker, attached to a grid, micro-grid or building.
 */
@Value.Immutable
public abstract class GridWorker implements Identified {
  GridWorker() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GridWorker}. */
  public static final class Builder extends ImmutableGridWorker.Builder {
    Builder() {} // by builder()
  }

  @Override
  @NotBlank
  public abstract String getId();

  @Override
  @NotBlank
  public abstract String getName();

  /**
   * Returns the id of the grid, micro-grid or building the worker serves.
   *
   * @return the area id
   */
  @NotBlank
  public abstract String getAreaId();

  /**
   * Returns the role.
   *
   * @return the role
   */
  public abstract GridWorkerRole getRole();

  /**
   * Returns what a building head answers for (双楼长制: 政务楼长 or 居务楼长).
   *
   * @return the duty, empty when not stated; only a {@link GridWorkerRole#BUILDING_HEAD} has one
   * @since 0.2
   */
  public abstract Optional<BuildingHeadDuty> getDuty();

  /**
   * Returns the resident identity number; personal data, masked when printed.
   *
   * @return the number, may be empty
   */
  public abstract Optional<ResidentIdNumber> getIdentityNumber();

  /**
   * Returns the phone number; personal data: {@code toString()} shows it as {@code ****}.
   *
   * @return the phone, may be empty
   */
  @Value.Redacted
  public abstract Optional<String> getPhone();

  @Value.Check
  final void check() {
    Checks.checkText(this, getId(), getName());
    if (getDuty().isPresent() && getRole() != GridWorkerRole.BUILDING_HEAD) {
      throw Checks.refused(this, getId(), Problem.DUTY_ROLE, getRole());
    }
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("GridWorker",
        "id", getId(), "name", getName(), "areaId", getAreaId(), "role", getRole(), "duty", getDuty(),
        "identityNumber", getIdentityNumber(), "phone", getPhone().map(p -> "****"));
  }
}
