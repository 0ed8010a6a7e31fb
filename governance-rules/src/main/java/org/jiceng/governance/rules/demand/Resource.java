package org.jiceng.governance.rules.demand;

import java.util.Objects;

/**
 * What a co-building unit offers (资源清单): demands of a category it can take per quarter.
 *
 * @param unitId the unit
 * @param category the category
 * @param capacityPerQuarter how many demands a quarter
 */
public record Resource(String unitId, String category, int capacityPerQuarter) {
  /** Validates. */
  public Resource {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(category, "category");
    if (capacityPerQuarter < 0) {
      throw new IllegalArgumentException("Capacity must be >= 0, found " + capacityPerQuarter);
    }
  }
}
