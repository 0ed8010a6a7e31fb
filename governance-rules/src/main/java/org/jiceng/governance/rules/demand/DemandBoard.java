package org.jiceng.governance.rules.demand;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
  private static final DemandBoard EMPTY = new DemandBoard(ImmutableMap.of(), ImmutableSet.of(), HashTreePMap.empty(), HashTreePSet.empty());

  // A board is a large immutable base (what a replay folded) under a small persistent overlay
  // (what apply() added since): folding a log builds plain maps once, and each apply shares
  // everything but the path it changes.
  private final ImmutableMap<String, DemandState> base;
  private final ImmutableSet<String> baseApplied;
  private final PMap<String, DemandState> demands;
  private final PSet<String> applied;

  private DemandBoard(ImmutableMap<String, DemandState> base, ImmutableSet<String> baseApplied,
      PMap<String, DemandState> demands, PSet<String> applied) {
    this.base = base;
    this.baseApplied = baseApplied;
    this.demands = demands;
    this.applied = applied;
  }

  private DemandState lookup(String demandId) {
    DemandState s = demands.get(demandId);
    return s != null ? s : base.get(demandId);
  }

  private Map<String, DemandState> effective() {
    if (demands.isEmpty()) {
      return base;
    }
    Map<String, DemandState> m = new HashMap<>(base);
    m.putAll(demands);
    return m;
  }

  private Set<String> effectiveApplied() {
    if (applied.isEmpty()) {
      return baseApplied;
    }
    Set<String> s = new HashSet<>(baseApplied);
    s.addAll(applied);
    return s;
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
    Map<String, DemandState> m = new HashMap<>();
    for (DemandState s : states) {
      if (m.put(s.demand().id(), s) != null) {
        throw new IllegalArgumentException("Two states for demand '" + s.demand().id() + "'");
      }
    }
    Set<String> ids = new HashSet<>();
    for (String id : appliedEventIds) {
      ids.add(requireNonNull(id, "event id"));
    }
    return new DemandBoard(ImmutableMap.copyOf(m), ImmutableSet.copyOf(ids), HashTreePMap.empty(), HashTreePSet.empty());
  }

  /**
   * Returns the ids of the events folded into this board.
   *
   * @return the ids
   */
  public Set<String> appliedEventIds() {
    return java.util.Collections.unmodifiableSet(effectiveApplied());
  }

  /**
   * Folds events into the empty board.
   *
   * @param events the events, not null
   * @return the board
   * @throws DemandTransitionException at the first event not allowed
   */
  public static DemandBoard replay(Iterable<? extends DemandEvent> events) {
    // The same transitions as apply(), folded into plain maps: nobody can see the boards in
    // between, so they need not be persistent. The result equals the one-by-one fold.
    Map<String, DemandState> states = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (DemandEvent e : events) {
      requireNonNull(e, "event");
      if (ids.contains(e.eventId())) {
        continue;
      }
      states.put(e.demandId(), transition(e, states.get(e.demandId())));
      ids.add(e.eventId());
    }
    return new DemandBoard(ImmutableMap.copyOf(states), ImmutableSet.copyOf(ids), HashTreePMap.empty(), HashTreePSet.empty());
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
    if (hasApplied(event.eventId())) {
      return this;
    }
    DemandState next = transition(event, lookup(event.demandId()));
    return new DemandBoard(base, baseApplied, demands.plus(event.demandId(), next), applied.plus(event.eventId()));
  }

  /** The state after an event, given the demand's state before it (null when not submitted). */
  private static DemandState transition(DemandEvent e, DemandState st) {
    if (e instanceof DemandEvent.Submitted s) {
      if (st != null) {
        throw new DemandTransitionException(e, "a demand with this id was submitted before");
      }
      return DemandState.submitted(s.demand());
    }
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
    return Optional.ofNullable(lookup(requireNonNull(demandId, "demandId")));
  }

  /**
   * Returns every demand's state.
   *
   * @return the states
   */
  public Collection<DemandState> all() {
    return java.util.Collections.unmodifiableCollection(effective().values());
  }

  /**
   * Returns how many demands the board holds.
   *
   * @return the count
   */
  public int size() {
    if (demands.isEmpty()) {
      return base.size();
    }
    int added = 0;
    for (String id : demands.keySet()) {
      if (!base.containsKey(id)) {
        added++;
      }
    }
    return base.size() + added;
  }

  /**
   * Tells whether an event id was applied.
   *
   * @param eventId the id
   * @return true when applied
   */
  public boolean hasApplied(String eventId) {
    return applied.contains(eventId) || baseApplied.contains(eventId);
  }

  /** Boards are equal when they hold the same states and have applied the same event ids. */
  @Override
  public boolean equals(Object o) {
    return o instanceof DemandBoard b && b.effective().equals(effective()) && b.effectiveApplied().equals(effectiveApplied());
  }

  @Override
  public int hashCode() {
    return effective().hashCode() * 31 + effectiveApplied().hashCode();
  }
}
