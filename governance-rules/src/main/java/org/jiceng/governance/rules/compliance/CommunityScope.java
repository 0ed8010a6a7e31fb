package org.jiceng.governance.rules.compliance;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;

/**
 * What a local rule sees: one community inside a jurisdiction (which may hold only that
 * community and its context, as a streaming reader gives it), and where each id was read.
 */
public final class CommunityScope {
  private final Jurisdiction jurisdiction;
  private final Area community;
  private final Locator locator;

  private CommunityScope(Jurisdiction jurisdiction, Area community, Locator locator) {
    this.jurisdiction = jurisdiction;
    this.community = community;
    this.locator = locator;
  }

  /**
   * Creates a scope.
   *
   * @param jurisdiction a jurisdiction holding the community, not null
   * @param communityId the community's id, not null
   * @param locations where each id was read (may be empty), not null
   * @return the scope
   * @throws IllegalArgumentException if the jurisdiction has no such community
   */
  public static CommunityScope of(Jurisdiction jurisdiction, String communityId, Map<String, Location> locations) {
    return of(jurisdiction, communityId, Locator.of(locations));
  }

  /**
   * Creates a scope whose findings are located by a locator.
   *
   * @param jurisdiction a jurisdiction holding the community, not null
   * @param communityId the community's id, not null
   * @param locator finds where each id was read, not null
   * @return the scope
   * @throws IllegalArgumentException if the jurisdiction has no such community
   */
  public static CommunityScope of(Jurisdiction jurisdiction, String communityId, Locator locator) {
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(locator, "locator");
    Area c = jurisdiction.getArea(requireNonNull(communityId, "communityId"))
        .orElseThrow(() -> new IllegalArgumentException("No community '" + communityId + "' in the jurisdiction"));
    return new CommunityScope(jurisdiction, c, locator);
  }

  /**
   * Returns the jurisdiction.
   *
   * @return the jurisdiction
   */
  public Jurisdiction getJurisdiction() {
    return jurisdiction;
  }

  /**
   * Returns the community.
   *
   * @return the community area
   */
  public Area getCommunity() {
    return community;
  }

  /**
   * Returns where an id was read.
   *
   * @param id the id
   * @return the location, empty when unknown
   */
  public Optional<Location> locate(String id) {
    return locator.locate(requireNonNull(id, "id"));
  }
}
