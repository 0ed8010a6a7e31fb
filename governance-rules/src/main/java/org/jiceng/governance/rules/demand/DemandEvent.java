package org.jiceng.governance.rules.demand;

import java.time.Instant;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Something that happened to a demand. Every event has its own id (a board applies an id once)
 * and the instant it happened at; the board's state is a fold of events and nothing else.
 *
 * <p>The twelve kinds are the only ones: the interface is sealed, and each kind is an abstract
 * value class, {@code non-sealed} so that its one generated implementation may extend it, with a
 * package-private constructor so that no other class can.
 */
public sealed interface DemandEvent permits DemandEvent.Submitted, DemandEvent.Admitted, DemandEvent.Rejected,
    DemandEvent.Claimed, DemandEvent.Escalated, DemandEvent.Assigned, DemandEvent.WhistleBlown, DemandEvent.DepartmentReported,
    DemandEvent.Resolved, DemandEvent.Rated, DemandEvent.Reopened, DemandEvent.Withdrawn {
  /**
   * Returns the event id.
   *
   * @return the id
   */
  String getId();

  /**
   * Returns the demand's id.
   *
   * @return the id
   */
  String getDemandId();

  /**
   * Returns when it happened.
   *
   * @return the instant
   */
  Instant getAt();

  /** DemandSubmitted: a demand enters the list; its demand id and instant are the demand's. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Submitted implements DemandEvent {
    Submitted() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null
     * @param demand the demand, not null
     * @return the event
     */
    public static Submitted of(String id, Demand demand) {
      return ImmutableSubmitted.of(id, demand);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    /**
     * Returns the demand.
     *
     * @return the demand
     */
    @Value.Parameter
    public abstract Demand getDemand();

    @Override
    public String getDemandId() {
      return getDemand().getId();
    }

    @Override
    public Instant getAt() {
      return getDemand().getSubmittedAt();
    }

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Submitted", "id", getId(), "demand", getDemand());
    }
  }

  /** DemandAdmitted: on the admission list, open at a level. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Admitted implements DemandEvent {
    Admitted() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null
     * @param demandId the demand id, not null
     * @param at when, not null
     * @param level the level where it opens, not null
     * @return the event
     */
    public static Admitted of(String id, String demandId, Instant at, DemandLevel level) {
      return ImmutableAdmitted.of(id, demandId, at, level);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract String getDemandId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    /**
     * Returns the level where it opens.
     *
     * @return the level
     */
    @Value.Parameter
    public abstract DemandLevel getLevel();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Admitted", "id", getId(), "demandId", getDemandId(), "at", getAt(),
          "level", getLevel());
    }
  }

  /** DemandRejected: not on the admission list. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Rejected implements DemandEvent {
    Rejected() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null
     * @param demandId the demand id, not null
     * @param at when, not null
     * @param reason why it was rejected, not null
     * @return the event
     */
    public static Rejected of(String id, String demandId, Instant at, String reason) {
      return ImmutableRejected.of(id, demandId, at, reason);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract String getDemandId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    /**
     * Returns why it was rejected.
     *
     * @return the reason
     */
    @Value.Parameter
    public abstract String getReason();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Rejected", "id", getId(), "demandId", getDemandId(), "at", getAt(),
          "reason", getReason());
    }
  }

  /** DemandClaimed: a co-building unit takes it. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Claimed implements DemandEvent {
    Claimed() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null
     * @param demandId the demand id, not null
     * @param at when, not null
     * @param unitId the unit that claimed it, not null
     * @return the event
     */
    public static Claimed of(String id, String demandId, Instant at, String unitId) {
      return ImmutableClaimed.of(id, demandId, at, unitId);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract String getDemandId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    /**
     * Returns the unit that claimed it.
     *
     * @return the unitId
     */
    @Value.Parameter
    public abstract String getUnitId();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Claimed", "id", getId(), "demandId", getDemandId(), "at", getAt(),
          "unitId", getUnitId());
    }
  }

  /** DemandEscalated: goes up a level, open again there. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Escalated implements DemandEvent {
    Escalated() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null
     * @param demandId the demand id, not null
     * @param at when, not null
     * @param to the new level, not null
     * @return the event
     */
    public static Escalated of(String id, String demandId, Instant at, DemandLevel to) {
      return ImmutableEscalated.of(id, demandId, at, to);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract String getDemandId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    /**
     * Returns the new level.
     *
     * @return the to
     */
    @Value.Parameter
    public abstract DemandLevel getTo();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Escalated", "id", getId(), "demandId", getDemandId(), "at", getAt(),
          "to", getTo());
    }
  }

  /** DemandAssigned: a department must settle it by a deadline. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Assigned implements DemandEvent {
    Assigned() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null
     * @param demandId the demand id, not null
     * @param at when, not null
     * @param department the department, not null
     * @param deadline the deadline, not null
     * @return the event
     */
    public static Assigned of(String id, String demandId, Instant at, String department, Instant deadline) {
      return ImmutableAssigned.of(id, demandId, at, department, deadline);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract String getDemandId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    /**
     * Returns the department.
     *
     * @return the department
     */
    @Value.Parameter
    public abstract String getDepartment();

    /**
     * Returns the deadline.
     *
     * @return the deadline
     */
    @Value.Parameter
    public abstract Instant getDeadline();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Assigned", "id", getId(), "demandId", getDemandId(), "at", getAt(),
          "department", getDepartment(), "deadline", getDeadline());
    }
  }

  /** WhistleBlown: the community blows the whistle (吹哨). */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class WhistleBlown implements DemandEvent {
    WhistleBlown() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null
     * @param demandId the demand id, not null
     * @param at when, not null
     * @return the event
     */
    public static WhistleBlown of(String id, String demandId, Instant at) {
      return ImmutableWhistleBlown.of(id, demandId, at);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract String getDemandId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("WhistleBlown", "id", getId(), "demandId", getDemandId(),
          "at", getAt());
    }
  }

  /** DepartmentReported: the assigned department reports (报到). */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class DepartmentReported implements DemandEvent {
    DepartmentReported() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null
     * @param demandId the demand id, not null
     * @param at when, not null
     * @param department the department, not null
     * @return the event
     */
    public static DepartmentReported of(String id, String demandId, Instant at, String department) {
      return ImmutableDepartmentReported.of(id, demandId, at, department);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract String getDemandId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    /**
     * Returns the department.
     *
     * @return the department
     */
    @Value.Parameter
    public abstract String getDepartment();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("DepartmentReported", "id", getId(), "demandId", getDemandId(),
          "at", getAt(), "department", getDepartment());
    }
  }

  /** DemandResolved. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Resolved implements DemandEvent {
    Resolved() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null
     * @param demandId the demand id, not null
     * @param at when, not null
     * @return the event
     */
    public static Resolved of(String id, String demandId, Instant at) {
      return ImmutableResolved.of(id, demandId, at);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract String getDemandId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Resolved", "id", getId(), "demandId", getDemandId(), "at", getAt());
    }
  }

  /** DemandRated: a rating and, optionally, a score. */
  @Value.Immutable(copy = false)
  abstract non-sealed class Rated implements DemandEvent {
    Rated() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null
     * @param demandId the demand id, not null
     * @param at when, not null
     * @param rating the rating, not null
     * @return the event
     */
    public static Rated of(String id, String demandId, Instant at, Rating rating) {
      return builder().id(id).demandId(demandId).at(at).rating(rating).build();
    }

    /**
     * Creates the event.
     *
     * @param id the event id, not null
     * @param demandId the demand id, not null
     * @param at when, not null
     * @param rating the rating, not null
     * @param score the score, may be empty
     * @return the event
     */
    public static Rated of(String id, String demandId, Instant at, Rating rating, int score) {
      return builder().id(id).demandId(demandId).at(at).rating(rating).score(score).build();
    }

    /**
     * Returns a new builder; the score is optional.
     *
     * @return the builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Rated}. */
    public static final class Builder extends ImmutableRated.Builder {
      Builder() {} // by builder()
    }

    @Override
    public abstract String getId();

    @Override
    public abstract String getDemandId();

    @Override
    public abstract Instant getAt();

    /**
     * Returns the rating.
     *
     * @return the rating
     */
    public abstract Rating getRating();

    /**
     * Returns the score, may be empty.
     *
     * @return the score
     */
    public abstract OptionalInt getScore();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Rated", "id", getId(), "demandId", getDemandId(), "at", getAt(),
          "rating", getRating(), "score", getScore());
    }
  }

  /** DemandReopened: a resolved demand opens again at its level. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Reopened implements DemandEvent {
    Reopened() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null
     * @param demandId the demand id, not null
     * @param at when, not null
     * @param reason why it was reopened, not null
     * @return the event
     */
    public static Reopened of(String id, String demandId, Instant at, String reason) {
      return ImmutableReopened.of(id, demandId, at, reason);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract String getDemandId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    /**
     * Returns why it was reopened.
     *
     * @return the reason
     */
    @Value.Parameter
    public abstract String getReason();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Reopened", "id", getId(), "demandId", getDemandId(), "at", getAt(),
          "reason", getReason());
    }
  }

  /** DemandWithdrawn. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Withdrawn implements DemandEvent {
    Withdrawn() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null
     * @param demandId the demand id, not null
     * @param at when, not null
     * @return the event
     */
    public static Withdrawn of(String id, String demandId, Instant at) {
      return ImmutableWithdrawn.of(id, demandId, at);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract String getDemandId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Withdrawn", "id", getId(), "demandId", getDemandId(), "at", getAt());
    }
  }
}
