package org.jiceng.governance.rules.demand;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a demand stands: its status and level, who has it, and the instants the service levels
 * are measured from.
 *
 * @param demand the demand
 * @param status the status
 * @param level where it is handled
 * @param unit the unit that claimed it, if any
 * @param department the department it was assigned to, if any
 * @param deadline the department's deadline, if any
 * @param firstResponseAt the first claim, assignment, whistle or resolution
 * @param resolvedAt when it was (last) resolved
 * @param rating the rating, if rated
 * @param reopened how many times it was reopened
 */
public record DemandState(Demand demand, DemandStatus status, DemandLevel level, Optional<String> unit, Optional<String> department,
    Optional<Instant> deadline, Optional<Instant> firstResponseAt, Optional<Instant> resolvedAt, Optional<Rating> rating, int reopened) {

  static DemandState submitted(Demand d) {
    return new DemandState(d, DemandStatus.SUBMITTED, DemandLevel.GRID, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), 0);
  }

  DemandState with(DemandStatus s) {
    return new DemandState(demand, s, level, unit, department, deadline, firstResponseAt, resolvedAt, rating, reopened);
  }

  DemandState responded(Instant at) {
    return firstResponseAt.isPresent() ? this
        : new DemandState(demand, status, level, unit, department, deadline, Optional.of(at), resolvedAt, rating, reopened);
  }

  /**
   * Tells whether the demand was resolved by its department's deadline (true when it had none).
   *
   * @return true when on time
   */
  public boolean isOnTime() {
    return resolvedAt.isPresent() && (deadline.isEmpty() || !resolvedAt.get().isAfter(deadline.get()));
  }
}
