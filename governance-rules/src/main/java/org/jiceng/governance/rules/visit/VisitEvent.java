package org.jiceng.governance.rules.visit;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.rules.internal.EngineArgumentException;

/**
 * Something that happened to a household under care (七个必访): a tag raised by a dated event (a
 * dispute opened, an accident reported, a resident now living alone), a tag cleared (the dispute
 * settled), or a visit made. Each event has its own id; a {@link VisitLog} applies an id once.
 *
 * <p>The three kinds are the only ones: the interface is sealed, and each kind is an abstract
 * value class, {@code non-sealed} so that its one generated implementation may extend it, with a
 * package-private constructor so that no other class can.
 */
public sealed interface VisitEvent permits VisitEvent.Tagged, VisitEvent.Untagged, VisitEvent.Visited {
  /**
   * Returns the event's id.
   *
   * @return the id, not blank
   */
  String getId();

  /**
   * Returns the day it happened.
   *
   * @return the date
   */
  LocalDate getOn();

  /**
   * Returns the household's id (an area of level HOUSEHOLD in the dataset).
   *
   * @return the id
   */
  String getHousehold();

  private static void check(VisitEvent e) {
    if (e.getId().isBlank() || e.getHousehold().isBlank()) {
      throw new EngineArgumentException("visit.blank", e.getId(), e.getHousehold());
    }
  }

  /**
   * A household takes a care tag from a dated event, e.g. {@code DISPUTE_PARTY} when a dispute is
   * opened or {@code MAJOR_ACCIDENT} when an accident is reported.
   */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Tagged implements VisitEvent {
    Tagged() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null nor blank
     * @param on the day, not null
     * @param household the household id, not null nor blank
     * @param tag the tag, not null
     * @return the event
     */
    public static Tagged of(String id, LocalDate on, String household, CareTag tag) {
      return ImmutableTagged.of(id, on, household, tag);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract LocalDate getOn();

    @Value.Parameter
    @Override
    public abstract String getHousehold();

    /**
     * Returns the tag raised.
     *
     * @return the tag
     */
    @Value.Parameter
    public abstract CareTag getTag();

    @Value.Check
    final void check() {
      VisitEvent.check(this);
    }

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Tagged", "id", getId(), "on", getOn(), "household", getHousehold(),
          "tag", getTag());
    }
  }

  /** A household's tag is cleared, e.g. {@code DISPUTE_PARTY} when the dispute is settled (化解). */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Untagged implements VisitEvent {
    Untagged() {}

    /**
     * Creates the event.
     *
     * @param id the event id, not null nor blank
     * @param on the day, not null
     * @param household the household id, not null nor blank
     * @param tag the tag, not null
     * @return the event
     */
    public static Untagged of(String id, LocalDate on, String household, CareTag tag) {
      return ImmutableUntagged.of(id, on, household, tag);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract LocalDate getOn();

    @Value.Parameter
    @Override
    public abstract String getHousehold();

    /**
     * Returns the tag cleared.
     *
     * @return the tag
     */
    @Value.Parameter
    public abstract CareTag getTag();

    @Value.Check
    final void check() {
      VisitEvent.check(this);
    }

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Untagged", "id", getId(), "on", getOn(),
          "household", getHousehold(), "tag", getTag());
    }
  }

  /** A visit to the household (家访); it meets every obligation the household has open that day. */
  @Value.Immutable(copy = false)
  abstract non-sealed class Visited implements VisitEvent {
    Visited() {}

    /**
     * Creates a visit that names no visitor.
     *
     * @param id the event id, not null nor blank
     * @param on the day, not null
     * @param household the household id, not null nor blank
     * @return the event
     */
    public static Visited of(String id, LocalDate on, String household) {
      return builder().id(id).on(on).household(household).build();
    }

    /**
     * Creates a visit by a named person.
     *
     * @param id the event id, not null nor blank
     * @param on the day, not null
     * @param household the household id, not null nor blank
     * @param visitor the id of the person who visited, not null
     * @return the event
     */
    public static Visited of(String id, LocalDate on, String household, String visitor) {
      return builder().id(id).on(on).household(household).visitor(visitor).build();
    }

    /**
     * Returns a new builder; the visitor is optional.
     *
     * @return the builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Visited}. */
    public static final class Builder extends ImmutableVisited.Builder {
      Builder() {} // by builder()
    }

    /**
     * Returns the id of the person who visited.
     *
     * @return the id, may be empty
     */
    public abstract Optional<String> getVisitor();

    @Value.Check
    final void check() {
      VisitEvent.check(this);
    }

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Visited", "id", getId(), "on", getOn(), "household", getHousehold(),
          "visitor", getVisitor());
    }
  }
}
