package org.jiceng.governance.rules.demand;

import java.time.Instant;
import java.util.Objects;

/**
 * A resident's demand (需求): where it comes from, its category in the profile's taxonomy, its size
 * and when it was submitted.
 *
 * @param id the demand id
 * @param community the community id
 * @param grid the grid id
 * @param category the category, e.g. {@code elderly-care}
 * @param source where it comes from
 * @param size small or large
 * @param submittedAt when it was submitted
 */
public record Demand(String id, String community, String grid, String category, DemandSource source, DemandSize size, Instant submittedAt) {
  /** Validates. */
  public Demand {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(submittedAt, "submittedAt");
  }
}
