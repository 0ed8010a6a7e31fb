package org.jiceng.governance.rules.demand;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a demand stands: its status and level, who has it, and the instants the service levels
 * are measured from. A {@link DemandBoard} makes the states; a reader of a saved board builds them.
 */
@Value.Immutable
public abstract class DemandState {
  DemandState() {}

  /**
   * Returns a new builder; unit, department, deadline, first response, resolution and rating are
   * optional.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DemandState}. */
  public static final class Builder extends ImmutableDemandState.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the demand.
   *
   * @return the demand
   */
  public abstract Demand getDemand();

  /**
   * Returns the status.
   *
   * @return the status
   */
  public abstract DemandStatus getStatus();

  /**
   * Returns where it is handled.
   *
   * @return the level
   */
  public abstract DemandLevel getLevel();

  /**
   * Returns the unit that claimed it.
   *
   * @return the unit, empty when none has
   */
  public abstract Optional<String> getUnit();

  /**
   * Returns the department it was assigned to.
   *
   * @return the department, empty when not assigned
   */
  public abstract Optional<String> getDepartment();

  /**
   * Returns the department's deadline.
   *
   * @return the deadline, empty when not assigned
   */
  public abstract Optional<Instant> getDeadline();

  /**
   * Returns the first claim, assignment, whistle or resolution.
   *
   * @return the instant, empty before any
   */
  public abstract Optional<Instant> getFirstResponseAt();

  /**
   * Returns when it was (last) resolved.
   *
   * @return the instant, empty when not resolved
   */
  public abstract Optional<Instant> getResolvedAt();

  /**
   * Returns the rating.
   *
   * @return the rating, empty when not rated
   */
  public abstract Optional<Rating> getRating();

  /**
   * Returns how many times it was reopened.
   *
   * @return the count
   */
  public abstract int getReopened();

  static DemandState submitted(Demand d) {
    return builder().demand(d).status(DemandStatus.SUBMITTED).level(DemandLevel.GRID).reopened(0).build();
  }

  /** A copy to change, through the generated {@code with} methods. */
  ImmutableDemandState copy() {
    return (ImmutableDemandState) ImmutableDemandState.copyOf(this);
  }

  DemandState with(DemandStatus s) {
    return copy().withStatus(s);
  }

  DemandState responded(Instant at) {
    return getFirstResponseAt().isPresent() ? this : copy().withFirstResponseAt(at);
  }

  /**
   * Tells whether the demand was resolved by its department's deadline (true when it had none).
   *
   * @return true when on time
   */
  public boolean isOnTime() {
    return getResolvedAt().isPresent() && (getDeadline().isEmpty() || !getResolvedAt().get().isAfter(getDeadline().get()));
  }

  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("DemandState", "demand", getDemand(), "status", getStatus(),
        "level", getLevel(), "unit", getUnit(), "department", getDepartment(), "deadline", getDeadline(),
        "firstResponseAt", getFirstResponseAt(), "resolvedAt", getResolvedAt(), "rating", getRating(), "reopened", getReopened());
  }
}
