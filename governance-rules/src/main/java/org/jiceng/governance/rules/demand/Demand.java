package org.jiceng.governance.rules.demand;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * A resident's demand (需求): where it comes from, its category in the profile's taxonomy, its size
 * and when it was submitted.
 */
@Value.Immutable(copy = false)
public abstract class Demand {
  Demand() {}

  /**
   * Returns a new builder; every attribute is required.
   *
   * <pre>{@code
   * Demand d = Demand.builder().id("d1").community("c1").grid("g1").category("elderly-care")
   *     .source(DemandSource.RESIDENT_ORDER).size(DemandSize.SMALL).submittedAt(t).build();
   * }</pre>
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Demand}. */
  public static final class Builder extends ImmutableDemand.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the demand id.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * Returns the community id.
   *
   * @return the id
   */
  public abstract String getCommunity();

  /**
   * Returns the grid id.
   *
   * @return the id
   */
  public abstract String getGrid();

  /**
   * Returns the category, e.g. {@code elderly-care}.
   *
   * @return the category
   */
  public abstract String getCategory();

  /**
   * Returns where it comes from.
   *
   * @return the source
   */
  public abstract DemandSource getSource();

  /**
   * Returns its size.
   *
   * @return small or large
   */
  public abstract DemandSize getSize();

  /**
   * Returns when it was submitted.
   *
   * @return the instant
   */
  public abstract Instant getSubmittedAt();

  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("Demand", "id", getId(), "community", getCommunity(),
        "grid", getGrid(), "category", getCategory(), "source", getSource(), "size", getSize(), "submittedAt", getSubmittedAt());
  }
}
