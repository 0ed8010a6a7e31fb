package org.jiceng.governance.core;

/**
 * Anything a jurisdiction indexes by id: areas, party organizations, people, units, facilities.
 * Ids share one namespace within a jurisdiction so that a reference is never ambiguous.
 */
public interface Identified {
  /**
   * Returns the identifier, unique within a jurisdiction.
   *
   * @return the id, not blank
   */
  String getId();

  /**
   * Returns the display name.
   *
   * @return the name, not blank
   */
  String getName();
}
