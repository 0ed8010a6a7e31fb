package org.jiceng.governance.rules.compliance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.Optional;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.unit.ServiceFacility;

/**
 * What a local rule sees: one community inside a jurisdiction (which may hold only that
 * community and its context, as a streaming reader gives it), and where each id was read.
 */
public final class CommunityScope {
  private final Jurisdiction jurisdiction;
  private final Area community;
  private final Locator locator;
  // Derived from the jurisdiction and asked for by several rules of one community: made once.
  // A race makes equal lists twice, never a wrong one.
  private ImmutableList<Area> areas;
  private ImmutableList<PartyOrganization> organizations;
  private ImmutableList<ServiceFacility> facilities;

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

  /**
   * Returns the community and every area inside it, community first, then level by level.
   *
   * @return the areas
   */
  public ImmutableList<Area> getAreas() {
    if (areas == null) {
      ImmutableList.Builder<Area> b = ImmutableList.builder();
      b.add(community);
      for (AreaLevel level : AreaLevel.values()) {
        b.addAll(jurisdiction.getDescendants(community.getId(), level));
      }
      areas = b.build();
    }
    return areas;
  }

  /**
   * Returns the areas of one level inside the community.
   *
   * @param level the level, not null
   * @return the areas, in the jurisdiction's order
   */
  public ImmutableList<Area> getAreas(AreaLevel level) {
    return jurisdiction.getDescendants(community.getId(), requireNonNull(level, "level"));
  }

  /**
   * Returns the party organizations built on the community or on any area inside it, each once
   * (a joint branch spans several areas).
   *
   * @return the organizations
   */
  public ImmutableList<PartyOrganization> getPartyOrganizations() {
    if (organizations == null) {
      organizations = getAreas().stream().flatMap(a -> jurisdiction.getPartyOrganizationsOn(a.getId()).stream()).distinct()
          .collect(ImmutableList.toImmutableList());
    }
    return organizations;
  }

  /**
   * Returns the service facilities of the community and of the areas inside it.
   *
   * @return the facilities
   */
  public ImmutableList<ServiceFacility> getFacilities() {
    if (facilities == null) {
      facilities = getAreas().stream().flatMap(a -> jurisdiction.getFacilitiesOf(a.getId()).stream())
          .collect(ImmutableList.toImmutableList());
    }
    return facilities;
  }
}
