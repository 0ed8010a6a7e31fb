package org.jiceng.governance.rules.demand;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiceng.governance.rules.internal.EngineArgumentException;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * The demand list's state: a pure fold of {@link DemandEvent}s. {@link #apply} returns a new board
 * (structure is shared, so old boards stay valid and cheap); an event applied before (same id,
 * same content) is ignored; an event the demand's state does not allow throws {@link
 * DemandTransitionException} and leaves the board as it was. So does an event that breaks a limit:
 *
 * <ul>
 *   <li>its id reused by an event with other content;
 *   <li>a blank event or demand id, or one longer than {@link #MAX_ID_LENGTH} characters;
 *   <li>an instant (or an assignment's deadline) outside {@link #EARLIEST}..{@link #LATEST};
 *   <li>an instant before the latest event already applied to its demand (a claim before the
 *       demand was submitted, a resolution before its assignment): events of one demand come in
 *       time order, so durations measured from them are never negative;
 *   <li>a rating score outside {@link #MIN_SCORE}..{@link #MAX_SCORE}.
 * </ul>
 *
 * <p>Transitions: SUBMITTED → OPEN (admitted) | REJECTED | WITHDRAWN; OPEN → CLAIMED | WHISTLED
 * | ASSIGNED | RESOLVED | WITHDRAWN, or escalated (OPEN at a higher level); CLAIMED → RESOLVED |
 * WITHDRAWN, or escalated; WHISTLED → ASSIGNED; ASSIGNED → IN_PROGRESS (the department reports) |
 * RESOLVED; IN_PROGRESS → RESOLVED; RESOLVED → RATED | OPEN (reopened); RATED → OPEN (reopened).
 */
public final class DemandBoard {
  /**
   * The longest event or demand id.
   *
   * @since 0.2
   */
  public static final int MAX_ID_LENGTH = 256;
  /**
   * The earliest instant an event may carry: {@code 0001-01-01T00:00:00Z}.
   *
   * @since 0.2
   */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  /**
   * The latest instant an event may carry: {@code 9999-12-31T23:59:59.999999999Z}.
   *
   * @since 0.2
   */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
  /**
   * The lowest rating score.
   *
   * @since 0.2
   */
  public static final int MIN_SCORE = 0;
  /**
   * The highest rating score (a satisfaction score out of 100).
   *
   * @since 0.2
   */
  public static final int MAX_SCORE = 100;

  private static final DemandBoard EMPTY = new DemandBoard(ImmutableMap.of(), ImmutableSet.of(), ImmutableMap.of(), ImmutableMap.of(),
      HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty());

  // A board is a large immutable base (what a replay folded) under a small persistent overlay
  // (what apply() added since): folding a log builds plain maps once, and each apply shares
  // everything but the path it changes.
  // The events are kept by id so that a reused id with other content is told from a repeat;
  // a board rebuilt by of() knows only the ids it was given (baseIds). The instant of each
  // demand's latest event is kept beside its state (of() derives it from the state).
  private final ImmutableMap<String, DemandState> base;
  private final ImmutableSet<String> baseIds;
  private final ImmutableMap<String, DemandEvent> baseEvents;
  private final ImmutableMap<String, Instant> baseLatest;
  private final PMap<String, DemandState> demands;
  private final PMap<String, DemandEvent> events;
  private final PMap<String, Instant> latest;

  private DemandBoard(ImmutableMap<String, DemandState> base, ImmutableSet<String> baseIds, ImmutableMap<String, DemandEvent> baseEvents,
      ImmutableMap<String, Instant> baseLatest, PMap<String, DemandState> demands, PMap<String, DemandEvent> events,
      PMap<String, Instant> latest) {
    this.base = base;
    this.baseIds = baseIds;
    this.baseEvents = baseEvents;
    this.baseLatest = baseLatest;
    this.demands = demands;
    this.events = events;
    this.latest = latest;
  }

  /** The instant of a demand's latest event, or null when it was not submitted. */
  private Instant latest(String demandId, DemandState st) {
    Instant at = latest.get(demandId);
    if (at == null) {
      at = baseLatest.get(demandId);
    }
    return at != null || st == null ? at : recorded(st);
  }

  /** The latest instant a state records, for a state rebuilt without its events. */
  private static Instant recorded(DemandState st) {
    Instant at = st.getDemand().getSubmittedAt();
    for (Optional<Instant> i : List.of(st.getFirstResponseAt(), st.getResolvedAt())) {
      if (i.isPresent() && i.get().isAfter(at)) {
        at = i.get();
      }
    }
    return at;
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
    if (events.isEmpty() && baseIds.isEmpty()) {
      return baseEvents.keySet();
    }
    Set<String> s = new HashSet<>(baseIds);
    s.addAll(baseEvents.keySet());
    s.addAll(events.keySet());
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
   * @throws IllegalArgumentException if two states share a demand id, or a state was responded to
   *     or resolved before its demand was submitted
   */
  public static DemandBoard of(Iterable<DemandState> states, Iterable<String> appliedEventIds) {
    Map<String, DemandState> m = new HashMap<>();
    for (DemandState s : states) {
      if (m.put(s.getDemand().getId(), s) != null) {
        throw new EngineArgumentException("demand.two-states", DemandTransitionException.shown(s.getDemand().getId()));
      }
      Instant submitted = s.getDemand().getSubmittedAt();
      if (s.getFirstResponseAt().filter(submitted::isAfter).isPresent() || s.getResolvedAt().filter(submitted::isAfter).isPresent()) {
        throw new EngineArgumentException("demand.before-submitted", DemandTransitionException.shown(s.getDemand().getId()), submitted);
      }
    }
    Set<String> ids = new HashSet<>();
    for (String id : appliedEventIds) {
      ids.add(requireNonNull(id, "event id"));
    }
    return new DemandBoard(ImmutableMap.copyOf(m), ImmutableSet.copyOf(ids), ImmutableMap.of(), ImmutableMap.of(), HashTreePMap.empty(),
        HashTreePMap.empty(), HashTreePMap.empty());
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
    Map<String, DemandEvent> byId = new HashMap<>();
    Map<String, Instant> latest = new HashMap<>();
    for (DemandEvent e : events) {
      requireNonNull(e, "event");
      if (repeated(e, byId.get(e.getId()), false)) {
        continue;
      }
      states.put(e.getDemandId(), transition(e, states.get(e.getDemandId()), latest.get(e.getDemandId())));
      byId.put(e.getId(), e);
      latest.put(e.getDemandId(), e.getAt());
    }
    return new DemandBoard(ImmutableMap.copyOf(states), ImmutableSet.of(), ImmutableMap.copyOf(byId), ImmutableMap.copyOf(latest),
        HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty());
  }

  /**
   * Returns the board after one more event.
   *
   * @param event the event, not null
   * @return the new board; this board when the event was applied before
   * @throws DemandTransitionException if the demand's state does not allow the event, the event
   *     breaks a limit, or its id was used by an event with other content
   */
  public DemandBoard apply(DemandEvent event) {
    requireNonNull(event, "event");
    DemandEvent before = events.get(event.getId());
    if (before == null) {
      before = baseEvents.get(event.getId());
    }
    if (repeated(event, before, baseIds.contains(event.getId()))) {
      return this;
    }
    DemandState st = lookup(event.getDemandId());
    DemandState next = transition(event, st, latest(event.getDemandId(), st));
    return new DemandBoard(base, baseIds, baseEvents, baseLatest, demands.plus(event.getDemandId(), next), events.plus(event.getId(), event),
        latest.plus(event.getDemandId(), event.getAt()));
  }

  /**
   * Tells whether an event was applied before; refuses its id reused with other content.
   *
   * @param before the event applied under the same id, or null
   * @param idOnly whether the id was applied with content this board does not know (see {@link #of})
   */
  private static boolean repeated(DemandEvent e, DemandEvent before, boolean idOnly) {
    if (before == null) {
      return idOnly;
    }
    if (!before.equals(e)) {
      throw new DemandTransitionException(e, "demand.id-reused", before);
    }
    return true;
  }

  /** What a limit applies to, as a refusal names it (key {@code Field.X} of the engines' bundle). */
  private enum Field {
    EVENT,
    DEMAND,
    INSTANT,
    DEADLINE
  }

  /** Refuses an event that breaks a limit of the board, whatever the demand's state. */
  private static void checkLimits(DemandEvent e, Instant latest) {
    id(e, Field.EVENT, e.getId());
    id(e, Field.DEMAND, e.getDemandId());
    instant(e, Field.INSTANT, e.getAt());
    if (e instanceof DemandEvent.Assigned a) {
      instant(e, Field.DEADLINE, a.getDeadline());
    }
    if (e instanceof DemandEvent.Rated r && r.getScore().isPresent()) {
      int score = r.getScore().getAsInt();
      if (score < MIN_SCORE || score > MAX_SCORE) {
        throw new DemandTransitionException(e, "demand.score", score, MIN_SCORE, MAX_SCORE);
      }
    }
    if (latest != null && e.getAt().isBefore(latest)) {
      throw new DemandTransitionException(e, "demand.order", e.getAt(), latest);
    }
  }

  private static void id(DemandEvent e, Field what, String id) {
    if (id.isBlank()) {
      throw new DemandTransitionException(e, "demand.blank-id", what);
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new DemandTransitionException(e, "demand.long-id", what, id.length(), MAX_ID_LENGTH);
    }
  }

  private static void instant(DemandEvent e, Field what, Instant at) {
    if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
      throw new DemandTransitionException(e, "demand.instant", what, at, EARLIEST, LATEST);
    }
  }

  /**
   * The state after an event, given the demand's state before it and the instant of its latest
   * event (both null when not submitted).
   */
  private static DemandState transition(DemandEvent e, DemandState st, Instant latest) {
    checkLimits(e, latest);
    return transitionChecked(e, st);
  }

  private static DemandState transitionChecked(DemandEvent e, DemandState st) {
    if (e instanceof DemandEvent.Submitted s) {
      if (st != null) {
        throw new DemandTransitionException(e, "demand.submitted-twice");
      }
      return DemandState.submitted(s.getDemand());
    }
    if (st == null) {
      throw new DemandTransitionException(e, "demand.not-submitted");
    }
    DemandStatus s = st.getStatus();
    if (e instanceof DemandEvent.Admitted a) {
      require(e, st, EnumSet.of(DemandStatus.SUBMITTED));
      return st.copy().withStatus(DemandStatus.OPEN).withLevel(a.getLevel());
    } else if (e instanceof DemandEvent.Rejected) {
      require(e, st, EnumSet.of(DemandStatus.SUBMITTED));
      return st.with(DemandStatus.REJECTED);
    } else if (e instanceof DemandEvent.Claimed c) {
      require(e, st, EnumSet.of(DemandStatus.OPEN));
      return st.copy().withStatus(DemandStatus.CLAIMED).withUnit(c.getUnitId()).responded(c.getAt());
    } else if (e instanceof DemandEvent.Escalated x) {
      require(e, st, EnumSet.of(DemandStatus.OPEN, DemandStatus.CLAIMED));
      if (x.getTo().compareTo(st.getLevel()) <= 0) {
        throw new DemandTransitionException(e, "demand.escalation", st.getLevel(), x.getTo());
      }
      return st.copy().withStatus(DemandStatus.OPEN).withLevel(x.getTo()).withUnit(Optional.empty());
    } else if (e instanceof DemandEvent.Assigned a) {
      require(e, st, EnumSet.of(DemandStatus.OPEN, DemandStatus.WHISTLED));
      if (a.getDeadline().isBefore(a.getAt())) {
        throw new DemandTransitionException(e, "demand.deadline", a.getDeadline(), a.getAt());
      }
      return st.copy().withStatus(DemandStatus.ASSIGNED).withLevel(DemandLevel.DEPARTMENT).withDepartment(a.getDepartment())
          .withDeadline(a.getDeadline()).responded(a.getAt());
    } else if (e instanceof DemandEvent.WhistleBlown) {
      require(e, st, EnumSet.of(DemandStatus.OPEN));
      return st.with(DemandStatus.WHISTLED).responded(e.getAt());
    } else if (e instanceof DemandEvent.DepartmentReported r) {
      require(e, st, EnumSet.of(DemandStatus.ASSIGNED));
      if (!st.getDepartment().orElseThrow().equals(r.getDepartment())) {
        throw new DemandTransitionException(e, "demand.department", st.getDepartment().get(), r.getDepartment());
      }
      return st.with(DemandStatus.IN_PROGRESS);
    } else if (e instanceof DemandEvent.Resolved) {
      require(e, st, EnumSet.of(DemandStatus.OPEN, DemandStatus.CLAIMED, DemandStatus.ASSIGNED, DemandStatus.IN_PROGRESS));
      return st.copy().withStatus(DemandStatus.RESOLVED).withResolvedAt(e.getAt()).withRating(Optional.empty()).responded(e.getAt());
    } else if (e instanceof DemandEvent.Rated r) {
      require(e, st, EnumSet.of(DemandStatus.RESOLVED));
      return st.copy().withStatus(DemandStatus.RATED).withRating(r.getRating());
    } else if (e instanceof DemandEvent.Reopened) {
      require(e, st, EnumSet.of(DemandStatus.RESOLVED, DemandStatus.RATED));
      return st.copy().withStatus(DemandStatus.OPEN).withUnit(Optional.empty()).withDepartment(Optional.empty())
          .withDeadline(Optional.empty()).withResolvedAt(Optional.empty()).withRating(Optional.empty()).withReopened(st.getReopened() + 1);
    } else {
      require(e, st, EnumSet.of(DemandStatus.SUBMITTED, DemandStatus.OPEN, DemandStatus.CLAIMED, DemandStatus.WHISTLED,
          DemandStatus.ASSIGNED, DemandStatus.IN_PROGRESS));
      return st.with(DemandStatus.WITHDRAWN);
    }
  }

  private static void require(DemandEvent e, DemandState st, Set<DemandStatus> allowed) {
    if (!allowed.contains(st.getStatus())) {
      throw new DemandTransitionException(e, "demand.status", st.getStatus(), allowed);
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
    return events.containsKey(eventId) || baseEvents.containsKey(eventId) || baseIds.contains(eventId);
  }

  /** Boards are equal when they hold the same states and have applied the same event ids. */
  /**
   * Returns a summary: how many demands and applied events the board holds (the demands
   * themselves are read with {@link #all()}).
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("DemandBoard", "demands", size(), "appliedEvents", appliedEventIds().size());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DemandBoard b && b.effective().equals(effective()) && b.effectiveApplied().equals(effectiveApplied());
  }

  @Override
  public int hashCode() {
    return effective().hashCode() * 31 + effectiveApplied().hashCode();
  }
}
