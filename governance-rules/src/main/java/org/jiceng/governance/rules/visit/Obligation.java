package org.jiceng.governance.rules.visit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.jiceng.governance.core.area.CareTag;

/**
 * One visit a household is owed for one care tag: opened on a day, due by a day, met by a visit or
 * not, and its status at the plan's date.
 *
 * @param household the household's id
 * @param householdName the household's name as the data gives it: personal data, print it through {@link #maskName}
 * @param tag the tag that calls for the visit
 * @param community the id of the household's community
 * @param grid the id of the household's grid, empty when it sits directly in a community or compound
 * @param opened the day the obligation began (the tag's day, the plan's start, or the previous visit)
 * @param due the last day the visit is on time
 * @param metOn the day of the visit that met it, empty when none has
 * @param visitor who made that visit, when the event names them
 * @param responsible who is responsible, empty when the data names no one
 * @param status the status on the plan's date
 */
public record Obligation(String household, String householdName, CareTag tag, String community, Optional<String> grid, LocalDate opened,
    LocalDate due, Optional<LocalDate> metOn, Optional<String> visitor, Optional<Responsible> responsible, Status status) {

  /** Where an obligation stands on the plan's date. */
  public enum Status {
    /** Visited on or before the due day. */
    MET_ON_TIME,
    /** Visited, after the due day. */
    MET_LATE,
    /** Not visited, the due day has passed and the tag still stands: act now. */
    OVERDUE,
    /** Not visited before the tag was cleared, after the due day had passed. */
    MISSED,
    /** Not visited yet, the due day is still to come. */
    OPEN
  }

  /**
   * The person responsible for a household's visits.
   *
   * @param role how they come to be responsible
   * @param id their id in the dataset
   * @param name their name
   */
  public record Responsible(VisitResponsibility role, String id, String name) {
    /** Validates. */
    public Responsible {
      requireNonNull(role, "role");
      requireNonNull(id, "id");
      requireNonNull(name, "name");
    }
  }

  /** Validates. */
  public Obligation {
    requireNonNull(household, "household");
    requireNonNull(householdName, "householdName");
    requireNonNull(tag, "tag");
    requireNonNull(community, "community");
    requireNonNull(grid, "grid");
    requireNonNull(opened, "opened");
    requireNonNull(due, "due");
    requireNonNull(metOn, "metOn");
    requireNonNull(visitor, "visitor");
    requireNonNull(responsible, "responsible");
    requireNonNull(status, "status");
  }

  /**
   * Tells whether the obligation counts towards coverage on the plan's date: it was met, or its due
   * day has passed.
   *
   * @return whether it counts
   */
  public boolean isCounted() {
    return status != Status.OPEN;
  }

  /**
   * Masks a personal name for printing: the first character stays, every other becomes {@code *}
   * ({@code 王秀英} → {@code 王**}); a one-character name becomes {@code *}.
   *
   * @param name the name, not null
   * @return the masked name
   */
  public static String maskName(String name) {
    int[] cps = name.strip().codePoints().toArray();
    if (cps.length <= 1) {
      return "*";
    }
    return new String(cps, 0, 1) + "*".repeat(cps.length - 1);
  }
}
