package org.jiceng.governance.rules.visit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PVector;
import org.pcollections.TreePVector;

/**
 * The care-visit events folded so far, like the demand board: {@link #apply} returns a new log
 * (persistent collections share structure, so older logs stay valid), an event applied before is
 * ignored, and an id reused for a different event is refused. Nothing here reads a clock: the
 * planner is given the date it plans at.
 */
public final class VisitLog {
  private static final VisitLog EMPTY = new VisitLog(HashTreePMap.empty(), TreePVector.empty(), HashTreePMap.empty());

  private final PMap<String, VisitEvent> byId;
  private final PVector<VisitEvent> events;
  private final PMap<String, PVector<VisitEvent>> byHousehold;

  private VisitLog(PMap<String, VisitEvent> byId, PVector<VisitEvent> events, PMap<String, PVector<VisitEvent>> byHousehold) {
    this.byId = byId;
    this.events = events;
    this.byHousehold = byHousehold;
  }

  /**
   * Returns the empty log.
   *
   * @return the log
   */
  public static VisitLog empty() {
    return EMPTY;
  }

  /**
   * Folds events into the empty log.
   *
   * @param events the events, not null
   * @return the log
   * @throws VisitEventException at the first id reused for a different event
   */
  public static VisitLog replay(Iterable<? extends VisitEvent> events) {
    VisitLog log = EMPTY;
    for (VisitEvent e : events) {
      log = log.apply(e);
    }
    return log;
  }

  /**
   * Returns the log after one more event.
   *
   * @param event the event, not null
   * @return the new log; this log when the same event was applied before
   * @throws VisitEventException when the id was applied before with different content
   */
  public VisitLog apply(VisitEvent event) {
    requireNonNull(event, "event");
    VisitEvent before = byId.get(event.getId());
    if (before != null) {
      if (before.equals(event)) {
        return this;
      }
      throw new VisitEventException(event, before);
    }
    PVector<VisitEvent> mine = byHousehold.getOrDefault(event.getHousehold(), TreePVector.empty());
    return new VisitLog(byId.plus(event.getId(), event), events.plus(event), byHousehold.plus(event.getHousehold(), mine.plus(event)));
  }

  /**
   * Finds an event by id.
   *
   * @param id the id, not null
   * @return the event, or empty
   */
  public Optional<VisitEvent> get(String id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /**
   * Returns every event in the order applied.
   *
   * @return the events, read-only
   */
  public List<VisitEvent> events() {
    return events;
  }

  /**
   * Returns one household's events by day; events of the same day keep the order applied.
   *
   * @param household the household id, not null
   * @return the events, read-only
   */
  public List<VisitEvent> eventsOf(String household) {
    List<VisitEvent> out = new ArrayList<>(byHousehold.getOrDefault(requireNonNull(household, "household"), TreePVector.empty()));
    out.sort(Comparator.comparing(VisitEvent::getOn));
    return java.util.Collections.unmodifiableList(out);
  }

  /**
   * Returns the ids of the households the events name.
   *
   * @return the ids
   */
  public java.util.Set<String> households() {
    return java.util.Collections.unmodifiableSet(byHousehold.keySet());
  }

  /**
   * Returns how many events the log holds.
   *
   * @return the count
   */
  public int size() {
    return events.size();
  }
}
