package org.jiceng.governance.rules.internal;

import com.google.common.collect.ImmutableList;
import java.util.stream.Stream;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.jiceng.governance.rules.compliance.CommunityScope;

/** Navigation helpers over one community. Not API. */
final class Within {
  private Within() {}

  /** The community and every area inside it. */
  static Stream<Area> areas(CommunityScope s) {
    Jurisdiction j = s.getJurisdiction();
    String id = s.getCommunity().getId();
    return Stream.concat(Stream.of(s.getCommunity()),
        Stream.of(AreaLevel.values()).flatMap(l -> j.getDescendants(id, l).stream()));
  }

  static ImmutableList<Area> of(CommunityScope s, AreaLevel level) {
    return s.getJurisdiction().getDescendants(s.getCommunity().getId(), level);
  }

  /** Party organizations built on the community or on any area inside it. */
  static Stream<PartyOrganization> organizations(CommunityScope s) {
    // distinct: a joint branch is found on each area it spans.
    return areas(s).flatMap(a -> s.getJurisdiction().getPartyOrganizationsOn(a.getId()).stream()).distinct();
  }

  /** Facilities of the community and of the areas inside it. */
  static Stream<ServiceFacility> facilities(CommunityScope s) {
    return areas(s).flatMap(a -> s.getJurisdiction().getFacilitiesOf(a.getId()).stream());
  }

  /** Whether the area holds anything that tells its households: a declared count or children. */
  static boolean knowsHouseholds(Jurisdiction j, Area a) {
    return a.getHouseholds().isPresent() || !j.getChildren(a.getId()).isEmpty();
  }
}
