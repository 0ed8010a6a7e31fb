package org.jiceng.governance.rules.demand;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Something that happened to a demand. Every event has its own id (a board applies an id once)
 * and the instant it happened at; the board's state is a fold of events and nothing else.
 */
public sealed interface DemandEvent permits DemandEvent.Submitted, DemandEvent.Admitted, DemandEvent.Rejected,
    DemandEvent.Claimed, DemandEvent.Escalated, DemandEvent.Assigned, DemandEvent.WhistleBlown, DemandEvent.DepartmentReported,
    DemandEvent.Resolved, DemandEvent.Rated, DemandEvent.Reopened, DemandEvent.Withdrawn {
  /**
   * Returns the event id.
   *
   * @return the id
   */
  String eventId();

  /**
   * Returns the demand's id.
   *
   * @return the id
   */
  String demandId();

  /**
   * Returns when it happened.
   *
   * @return the instant
   */
  Instant at();

  private static void check(String eventId, String demandId, Instant at) {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(demandId, "demandId");
    Objects.requireNonNull(at, "at");
  }

  /** DemandSubmitted: a demand enters the list. @param eventId id @param demand the demand */
  record Submitted(String eventId, Demand demand) implements DemandEvent {
    /** Validates. */
    public Submitted {
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(demand, "demand");
    }

    @Override
    public String demandId() {
      return demand.id();
    }

    @Override
    public Instant at() {
      return demand.submittedAt();
    }
  }

  /** DemandAdmitted: on the admission list, open at a level. @param eventId id @param demandId demand @param at when @param level where it opens */
  record Admitted(String eventId, String demandId, Instant at, DemandLevel level) implements DemandEvent {
    /** Validates. */
    public Admitted {
      check(eventId, demandId, at);
      Objects.requireNonNull(level, "level");
    }
  }

  /** DemandRejected: not on the admission list. @param eventId id @param demandId demand @param at when @param reason why */
  record Rejected(String eventId, String demandId, Instant at, String reason) implements DemandEvent {
    /** Validates. */
    public Rejected {
      check(eventId, demandId, at);
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** DemandClaimed: a co-building unit takes it. @param eventId id @param demandId demand @param at when @param unitId the unit */
  record Claimed(String eventId, String demandId, Instant at, String unitId) implements DemandEvent {
    /** Validates. */
    public Claimed {
      check(eventId, demandId, at);
      Objects.requireNonNull(unitId, "unitId");
    }
  }

  /** DemandEscalated: goes up a level, open again there. @param eventId id @param demandId demand @param at when @param to the new level */
  record Escalated(String eventId, String demandId, Instant at, DemandLevel to) implements DemandEvent {
    /** Validates. */
    public Escalated {
      check(eventId, demandId, at);
      Objects.requireNonNull(to, "to");
    }
  }

  /** DemandAssigned: a department must settle it by a deadline. @param eventId id @param demandId demand @param at when @param department the department @param deadline the deadline */
  record Assigned(String eventId, String demandId, Instant at, String department, Instant deadline) implements DemandEvent {
    /** Validates. */
    public Assigned {
      check(eventId, demandId, at);
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /** WhistleBlown: the community blows the whistle (吹哨). @param eventId id @param demandId demand @param at when */
  record WhistleBlown(String eventId, String demandId, Instant at) implements DemandEvent {
    /** Validates. */
    public WhistleBlown {
      check(eventId, demandId, at);
    }
  }

  /** DepartmentReported: the assigned department reports (报到). @param eventId id @param demandId demand @param at when @param department the department */
  record DepartmentReported(String eventId, String demandId, Instant at, String department) implements DemandEvent {
    /** Validates. */
    public DepartmentReported {
      check(eventId, demandId, at);
      Objects.requireNonNull(department, "department");
    }
  }

  /** DemandResolved. @param eventId id @param demandId demand @param at when */
  record Resolved(String eventId, String demandId, Instant at) implements DemandEvent {
    /** Validates. */
    public Resolved {
      check(eventId, demandId, at);
    }
  }

  /** DemandRated. @param eventId id @param demandId demand @param at when @param rating the rating @param score an optional score */
  record Rated(String eventId, String demandId, Instant at, Rating rating, OptionalInt score) implements DemandEvent {
    /** Validates. */
    public Rated {
      check(eventId, demandId, at);
      Objects.requireNonNull(rating, "rating");
      Objects.requireNonNull(score, "score");
    }
  }

  /** DemandReopened: a resolved demand opens again at its level. @param eventId id @param demandId demand @param at when @param reason why */
  record Reopened(String eventId, String demandId, Instant at, String reason) implements DemandEvent {
    /** Validates. */
    public Reopened {
      check(eventId, demandId, at);
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** DemandWithdrawn. @param eventId id @param demandId demand @param at when */
  record Withdrawn(String eventId, String demandId, Instant at) implements DemandEvent {
    /** Validates. */
    public Withdrawn {
      check(eventId, demandId, at);
    }
  }
}
