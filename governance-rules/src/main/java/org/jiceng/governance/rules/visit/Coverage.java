package org.jiceng.governance.rules.visit;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * How well an area's households were visited: of the obligations that count on the plan's date
 * (met, or past their due day), how many were met on time.
 *
 * @param areaId the grid's or community's id, or the county's for the total
 * @param areaName its name
 * @param communityName the name of its community (the community's own name for a community)
 * @param counted obligations that count
 * @param metOnTime of those, met on time
 * @param overdue of those, overdue now
 * @param open obligations not yet due and not yet met (not counted)
 */
public record Coverage(String areaId, String areaName, String communityName, long counted, long metOnTime, long overdue, long open) {
  /** Validates. */
  public Coverage {
    requireNonNull(areaId, "areaId");
    requireNonNull(areaName, "areaName");
    requireNonNull(communityName, "communityName");
    if (counted < 0 || metOnTime < 0 || overdue < 0 || open < 0 || metOnTime + overdue > counted) {
      throw new IllegalArgumentException("Inconsistent coverage counts for '" + areaId + "': counted " + counted + ", met on time "
          + metOnTime + ", overdue " + overdue + ", open " + open);
    }
  }

  /**
   * Returns the share met on time.
   *
   * @return the share in [0, 1], empty when no obligation counts
   */
  public OptionalDouble rate() {
    return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) metOnTime / counted);
  }
}
