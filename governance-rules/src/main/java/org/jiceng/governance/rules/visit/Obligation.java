package org.jiceng.governance.rules.visit;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.area.CareTag;

/**
 * One visit a household is owed for one care tag: opened on a day, due by a day, met by a visit or
 * not, and its status at the plan's date. {@code toString()} shows the household's name as {@code ****}.
 */
@Value.Immutable(copy = false)
public abstract class Obligation {
  Obligation() {}

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

  /** The person responsible for a household's visits. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class Responsible {
    Responsible() {}

    /**
     * Creates a responsible person.
     *
     * @param role how they come to be responsible, not null
     * @param id their id in the dataset, not null
     * @param name their name, not null
     * @return the person
     */
    public static Responsible of(VisitResponsibility role, String id, String name) {
      return ImmutableResponsible.of(role, id, name);
    }

    /**
     * Returns how they come to be responsible.
     *
     * @return the role
     */
    @Value.Parameter
    public abstract VisitResponsibility getRole();

    /**
     * Returns their id in the dataset.
     *
     * @return the id
     */
    @Value.Parameter
    public abstract String getId();

    /**
     * Returns their name.
     *
     * @return the name
     */
    @Value.Parameter
    public abstract String getName();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Responsible", "role", getRole(), "id", getId(), "name", getName());
    }
  }

  /**
   * Returns a new builder; grid, metOn, visitor and responsible are optional, the rest required.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Obligation}. */
  public static final class Builder extends ImmutableObligation.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the household's id.
   *
   * @return the id
   */
  public abstract String getHousehold();

  /**
   * Returns the household's name as the data gives it: personal data, print it through {@link #maskName}.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract String getHouseholdName();

  /**
   * Returns the tag that calls for the visit.
   *
   * @return the tag
   */
  public abstract CareTag getTag();

  /**
   * Returns the id of the household's community.
   *
   * @return the id
   */
  public abstract String getCommunity();

  /**
   * Returns the id of the household's grid.
   *
   * @return the id, empty when it sits directly in a community or compound
   */
  public abstract Optional<String> getGrid();

  /**
   * Returns the day the obligation began (the tag's day, the plan's start, or the previous visit).
   *
   * @return the day
   */
  public abstract LocalDate getOpened();

  /**
   * Returns the last day the visit is on time.
   *
   * @return the day
   */
  public abstract LocalDate getDue();

  /**
   * Returns the day of the visit that met it.
   *
   * @return the day, empty when none has
   */
  public abstract Optional<LocalDate> getMetOn();

  /**
   * Returns who made that visit.
   *
   * @return the visitor's id, empty when the event names no one
   */
  public abstract Optional<String> getVisitor();

  /**
   * Returns who is responsible.
   *
   * @return the person, empty when the data names no one
   */
  public abstract Optional<Responsible> getResponsible();

  /**
   * Returns the status on the plan's date.
   *
   * @return the status
   */
  public abstract Status getStatus();

  /**
   * Tells whether the obligation counts towards coverage on the plan's date: it was met, or its due
   * day has passed.
   *
   * @return whether it counts
   */
  public boolean isCounted() {
    return getStatus() != Status.OPEN;
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

  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("Obligation", "household", getHousehold(), "householdName", "****",
        "tag", getTag(), "community", getCommunity(), "grid", getGrid(), "opened", getOpened(), "due", getDue(),
        "metOn", getMetOn(), "visitor", getVisitor(), "responsible", getResponsible(), "status", getStatus());
  }
}
