package org.jiceng.governance.rules.visit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.jiceng.governance.core.area.CareTag;

/**
 * Something that happened to a household under care (七个必访): a tag raised by a dated event (a
 * dispute opened, an accident reported, a resident now living alone), a tag cleared (the dispute
 * settled), or a visit made. Each event has its own id; a {@link VisitLog} applies an id once.
 */
public sealed interface VisitEvent permits VisitEvent.Tagged, VisitEvent.Untagged, VisitEvent.Visited {
  /**
   * Returns the event's id.
   *
   * @return the id, not blank
   */
  String id();

  /**
   * Returns the day it happened.
   *
   * @return the date
   */
  LocalDate on();

  /**
   * Returns the household's id (an area of level HOUSEHOLD in the dataset).
   *
   * @return the id
   */
  String household();

  private static void check(String id, LocalDate on, String household) {
    requireNonNull(id, "id");
    requireNonNull(on, "on");
    requireNonNull(household, "household");
    if (id.isBlank() || household.isBlank()) {
      throw new IllegalArgumentException("Visit event id and household must not be blank, found '" + id + "', '" + household + "'");
    }
  }

  /**
   * A household takes a care tag from a dated event, e.g. {@code DISPUTE_PARTY} when a dispute is
   * opened or {@code MAJOR_ACCIDENT} when an accident is reported.
   *
   * @param id the event id
   * @param on the day
   * @param household the household id
   * @param tag the tag
   */
  record Tagged(String id, LocalDate on, String household, CareTag tag) implements VisitEvent {
    /** Validates. */
    public Tagged {
      check(id, on, household);
      requireNonNull(tag, "tag");
    }
  }

  /**
   * A household's tag is cleared, e.g. {@code DISPUTE_PARTY} when the dispute is settled (化解).
   *
   * @param id the event id
   * @param on the day
   * @param household the household id
   * @param tag the tag
   */
  record Untagged(String id, LocalDate on, String household, CareTag tag) implements VisitEvent {
    /** Validates. */
    public Untagged {
      check(id, on, household);
      requireNonNull(tag, "tag");
    }
  }

  /**
   * A visit to the household (家访); it meets every obligation the household has open that day.
   *
   * @param id the event id
   * @param on the day
   * @param household the household id
   * @param visitor the id of the person who visited, may be empty
   */
  record Visited(String id, LocalDate on, String household, Optional<String> visitor) implements VisitEvent {
    /** Validates. */
    public Visited {
      check(id, on, household);
      requireNonNull(visitor, "visitor");
    }
  }
}
