package org.jiceng.governance.rules.demand;

import org.immutables.value.Value;

/** What a co-building unit offers (资源清单): demands of a category it can take per quarter. */
@Value.Immutable(builder = false, copy = false)
public abstract class Resource {
  Resource() {}

  /**
   * Creates a resource.
   *
   * @param unitId the unit, not null
   * @param category the category, not null
   * @param capacityPerQuarter how many demands a quarter, at least 0
   * @return the resource
   */
  public static Resource of(String unitId, String category, int capacityPerQuarter) {
    return ImmutableResource.of(unitId, category, capacityPerQuarter);
  }

  /**
   * Returns the unit.
   *
   * @return the unit's id
   */
  @Value.Parameter
  public abstract String getUnitId();

  /**
   * Returns the category.
   *
   * @return the category
   */
  @Value.Parameter
  public abstract String getCategory();

  /**
   * Returns how many demands a quarter the unit can take.
   *
   * @return the capacity, at least 0
   */
  @Value.Parameter
  public abstract int getCapacityPerQuarter();

  @Value.Check
  final void check() {
    if (getCapacityPerQuarter() < 0) {
      throw new IllegalArgumentException("Capacity must be >= 0, found " + getCapacityPerQuarter());
    }
  }

  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("Resource", "unitId", getUnitId(), "category", getCategory(),
        "capacityPerQuarter", getCapacityPerQuarter());
  }
}
