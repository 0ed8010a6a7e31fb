package org.jiceng.governance.rules.visit;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How well an area's households were visited: of the obligations that count on the plan's date
 * (met, or past their due day), how many were met on time.
 */
@Value.Immutable(copy = false)
public abstract class Coverage {
  Coverage() {}

  /**
   * Returns a new builder; every attribute is required.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Coverage}. */
  public static final class Builder extends ImmutableCoverage.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the area's id.
   *
   * @return the grid's or community's id, or the county's for the total
   */
  public abstract String getAreaId();

  /**
   * Returns the area's name.
   *
   * @return the name
   */
  public abstract String getAreaName();

  /**
   * Returns the name of the area's community.
   *
   * @return the name (the community's own name for a community)
   */
  public abstract String getCommunityName();

  /**
   * Returns the obligations that count.
   *
   * @return the count
   */
  public abstract long getCounted();

  /**
   * Returns the obligations that count and were met on time.
   *
   * @return the count
   */
  public abstract long getMetOnTime();

  /**
   * Returns the obligations that count and are overdue now.
   *
   * @return the count
   */
  public abstract long getOverdue();

  /**
   * Returns the obligations not yet due and not yet met (not counted).
   *
   * @return the count
   */
  public abstract long getOpen();

  /**
   * Returns the share met on time.
   *
   * @return the share in [0, 1], empty when no obligation counts
   */
  public OptionalDouble getRate() {
    return getCounted() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) getMetOnTime() / getCounted());
  }

  @Value.Check
  final void check() {
    long counted = getCounted();
    long metOnTime = getMetOnTime();
    long overdue = getOverdue();
    long open = getOpen();
    if (counted < 0 || metOnTime < 0 || overdue < 0 || open < 0 || metOnTime + overdue > counted) {
      throw new IllegalArgumentException("Inconsistent coverage counts for '" + getAreaId() + "': counted " + counted + ", met on time "
          + metOnTime + ", overdue " + overdue + ", open " + open);
    }
  }

  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("Coverage", "areaId", getAreaId(), "areaName", getAreaName(),
        "communityName", getCommunityName(), "counted", getCounted(), "metOnTime", getMetOnTime(), "overdue", getOverdue(),
        "open", getOpen());
  }
}
