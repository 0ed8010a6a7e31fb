package org.jiceng.governance.rules.compliance;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * Finds where the record with an id was read, so that findings point into the file. A reader
 * hands one to each community it reads; it looks positions up only when a finding needs them.
 */
@FunctionalInterface
public interface Locator {
  /**
   * Returns where the record with this id was read.
   *
   * @param id the id, not null
   * @return the location, empty when unknown
   */
  Optional<Location> locate(String id);

  /**
   * Returns a locator that knows no location (data not read from a file).
   *
   * @return the locator
   */
  static Locator none() {
    return id -> Optional.empty();
  }

  /**
   * Returns a locator over a map of locations by id (the map is copied).
   *
   * @param locations the locations, not null
   * @return the locator
   */
  static Locator of(Map<String, Location> locations) {
    Map<String, Location> copy = Map.copyOf(requireNonNull(locations, "locations"));
    return id -> Optional.ofNullable(copy.get(id));
  }
}
