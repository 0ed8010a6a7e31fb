package org.jiceng.governance.rules.demand;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.pcollections.HashTreePMap;
import org.pcollections.HashTreePSet;
import org.pcollections.PMap;
import org.pcollections.PSet;

/**
 * The demand list's state: a pure fold of {@link DemandEvent}s. {@link #apply} returns a new board
 * (structure is shared, so old boards stay valid and cheap); an event id applied before is
 * ignored; an event the demand's state does not allow throws {@link DemandTransitionException}
 * and leaves the board as it was.
 *
 * <p>Transitions: SUBMITTED → OPEN (admitted) | REJECTED | WITHDRAWN; OPEN → CLAIMED | WHISTLED
 * | ASSIGNED | RESOLVED | WITHDRAWN, or escalated (OPEN at a higher level); CLAIMED → RESOLVED |
 * WITHDRAWN, or escalated; WHISTLED → ASSIGNED; ASSIGNED → IN_PROGRESS (the department reports) |
 * RESOLVED; IN_PROGRESS → RESOLVED; RESOLVED → RATED | OPEN (reopened); RATED → OPEN (reopened).
 */
public final class DemandBoard {
  private static final DemandBoard EMPTY = new DemandBoard(HashTreePMap.empty(), HashTreePSet.empty());

  private final PMap<String, DemandState> demands;
  private final PSet<String> applied;

  private DemandBoard(PMap<String, DemandState> demands, PSet<String> applied) {
    this.demands = demands;
    this.applied = applied;
  }

  /**
   * Returns the empty board.
   *
   * @return the board
   */
  public static DemandBoard empty() {
    return EMPTY;
  }

  /**
   * Rebuilds a board from stored states and applied event ids (as a board's JSON holds them).
   *
   * @param states the demands' states, not null
   * @param appliedEventIds the ids of the events folded into them, not null
   * @return the board
   * @throws IllegalArgumentException if two states share a demand id
   */
  public static DemandBoard of(Iterable<DemandState> states, Iterable<String> appliedEventIds) {
    PMap<String, DemandState> m = HashTreePMap.empty();
    for (DemandState s : states) {
      if (m.containsKey(s.demand().id())) {
        throw new IllegalArgumentException("Two states for demand '" + s.demand().id() + "'");
      }
      m = m.plus(s.demand().id(), s);
    }
    PSet<String> ids = HashTreePSet.empty();
    for (String id : appliedEventIds) {
      ids = ids.plus(requireNonNull(id, "event id"));
    }
    return new DemandBoard(m, ids);
  }

  /**
   * Returns the ids of the events folded into this board.
   *
   * @return the ids
   */
  public Set<String> appliedEventIds() {
    return applied;
  }

  /**
   * Folds events into the empty board.
   *
   * @param events the events, not null
   * @return the board
   * @throws DemandTransitionException at the first event not allowed
   */
  public static DemandBoard replay(Iterable<? extends DemandEvent> events) {
    DemandBoard b = EMPTY;
    for (DemandEvent e : events) {
      b = b.apply(e);
    }
    return b;
  }

  /**
   * Returns the board after one more event.
   *
   * @param event the event, not null
   * @return the new board; this board when the event id was applied before
   * @throws DemandTransitionException if the demand's state does not allow the event
   */
  public DemandBoard apply(DemandEvent event) {
    requireNonNull(event, "event");
    if (applied.contains(event.eventId())) {
      return this;
    }
    DemandState next = next(event);
    return new DemandBoard(demands.plus(event.demandId(), next), applied.plus(event.eventId()));
  }

  private DemandState next(DemandEvent e) {
    if (e instanceof DemandEvent.Submitted s) {
      if (demands.containsKey(s.demandId())) {
        throw new DemandTransitionException(e, "a demand with this id was submitted before");
      }
      return DemandState.submitted(s.demand());
    }
    DemandState st = demands.get(e.demandId());
    if (st == null) {
      throw new DemandTransitionException(e, "no such demand was submitted");
    }
    DemandStatus s = st.status();
    if (e instanceof DemandEvent.Admitted a) {
      require(e, st, EnumSet.of(DemandStatus.SUBMITTED));
      return new DemandState(st.demand(), DemandStatus.OPEN, a.level(), st.unit(), st.department(), st.deadline(),
          st.firstResponseAt(), st.resolvedAt(), st.rating(), st.reopened());
    } else if (e instanceof DemandEvent.Rejected) {
      require(e, st, EnumSet.of(DemandStatus.SUBMITTED));
      return st.with(DemandStatus.REJECTED);
    } else if (e instanceof DemandEvent.Claimed c) {
      require(e, st, EnumSet.of(DemandStatus.OPEN));
      return new DemandState(st.demand(), DemandStatus.CLAIMED, st.level(), Optional.of(c.unitId()), st.department(), st.deadline(),
          st.firstResponseAt(), st.resolvedAt(), st.rating(), st.reopened()).responded(c.at());
    } else if (e instanceof DemandEvent.Escalated x) {
      require(e, st, EnumSet.of(DemandStatus.OPEN, DemandStatus.CLAIMED));
      if (x.to().compareTo(st.level()) <= 0) {
        throw new DemandTransitionException(e, "escalation goes up; the demand is at " + st.level() + ", asked " + x.to());
      }
      return new DemandState(st.demand(), DemandStatus.OPEN, x.to(), Optional.empty(), st.department(), st.deadline(),
          st.firstResponseAt(), st.resolvedAt(), st.rating(), st.reopened());
    } else if (e instanceof DemandEvent.Assigned a) {
      require(e, st, EnumSet.of(DemandStatus.OPEN, DemandStatus.WHISTLED));
      if (a.deadline().isBefore(a.at())) {
        throw new DemandTransitionException(e, "the deadline " + a.deadline() + " is before the assignment " + a.at());
      }
      return new DemandState(st.demand(), DemandStatus.ASSIGNED, DemandLevel.DEPARTMENT, st.unit(), Optional.of(a.department()),
          Optional.of(a.deadline()), st.firstResponseAt(), st.resolvedAt(), st.rating(), st.reopened()).responded(a.at());
    } else if (e instanceof DemandEvent.WhistleBlown) {
      require(e, st, EnumSet.of(DemandStatus.OPEN));
      return st.with(DemandStatus.WHISTLED).responded(e.at());
    } else if (e instanceof DemandEvent.DepartmentReported r) {
      require(e, st, EnumSet.of(DemandStatus.ASSIGNED));
      if (!st.department().orElseThrow().equals(r.department())) {
        throw new DemandTransitionException(e, "assigned to " + st.department().get() + ", reported by " + r.department());
      }
      return st.with(DemandStatus.IN_PROGRESS);
    } else if (e instanceof DemandEvent.Resolved) {
      require(e, st, EnumSet.of(DemandStatus.OPEN, DemandStatus.CLAIMED, DemandStatus.ASSIGNED, DemandStatus.IN_PROGRESS));
      return new DemandState(st.demand(), DemandStatus.RESOLVED, st.level(), st.unit(), st.department(), st.deadline(),
          st.firstResponseAt(), Optional.of(e.at()), Optional.empty(), st.reopened()).responded(e.at());
    } else if (e instanceof DemandEvent.Rated r) {
      require(e, st, EnumSet.of(DemandStatus.RESOLVED));
      return new DemandState(st.demand(), DemandStatus.RATED, st.level(), st.unit(), st.department(), st.deadline(),
          st.firstResponseAt(), st.resolvedAt(), Optional.of(r.rating()), st.reopened());
    } else if (e instanceof DemandEvent.Reopened) {
      require(e, st, EnumSet.of(DemandStatus.RESOLVED, DemandStatus.RATED));
      return new DemandState(st.demand(), DemandStatus.OPEN, st.level(), Optional.empty(), Optional.empty(), Optional.empty(),
          st.firstResponseAt(), Optional.empty(), Optional.empty(), st.reopened() + 1);
    } else {
      require(e, st, EnumSet.of(DemandStatus.SUBMITTED, DemandStatus.OPEN, DemandStatus.CLAIMED, DemandStatus.WHISTLED,
          DemandStatus.ASSIGNED, DemandStatus.IN_PROGRESS));
      return st.with(DemandStatus.WITHDRAWN);
    }
  }

  private static void require(DemandEvent e, DemandState st, Set<DemandStatus> allowed) {
    if (!allowed.contains(st.status())) {
      throw new DemandTransitionException(e, "the demand is " + st.status() + "; this event needs it " + allowed);
    }
  }

  /**
   * Returns a demand's state.
   *
   * @param demandId the id
   * @return the state, or empty
   */
  public Optional<DemandState> get(String demandId) {
    return Optional.ofNullable(demands.get(requireNonNull(demandId, "demandId")));
  }

  /**
   * Returns every demand's state.
   *
   * @return the states
   */
  public Collection<DemandState> all() {
    return demands.values();
  }

  /**
   * Returns how many demands the board holds.
   *
   * @return the count
   */
  public int size() {
    return demands.size();
  }

  /**
   * Tells whether an event id was applied.
   *
   * @param eventId the id
   * @return true when applied
   */
  public boolean hasApplied(String eventId) {
    return applied.contains(eventId);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DemandBoard b && b.demands.equals(demands) && b.applied.equals(applied);
  }

  @Override
  public int hashCode() {
    return demands.hashCode() * 31 + applied.hashCode();
  }
}
