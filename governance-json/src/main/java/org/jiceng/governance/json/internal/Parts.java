package org.jiceng.governance.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.RegisteredPartyMember;
import org.jiceng.governance.core.people.ResponsibilityContact;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.OwnersCommittee;
import org.jiceng.governance.core.unit.PropertyCompany;
import org.jiceng.governance.core.unit.ServiceFacility;

/** Parts read from one stretch of a dataset, with where each id was read. Not API. */
public final class Parts {
  final List<Area> areas = new ArrayList<>();
  final List<PartyOrganization> organizations = new ArrayList<>();
  final List<CommunityWorker> communityWorkers = new ArrayList<>();
  final List<GridWorker> gridWorkers = new ArrayList<>();
  final List<RegisteredPartyMember> partyMembers = new ArrayList<>();
  final List<ResponsibilityContact> contacts = new ArrayList<>();
  final List<ServiceFacility> facilities = new ArrayList<>();
  final List<OwnersCommittee> ownersCommittees = new ArrayList<>();
  final List<CoBuildingUnit> units = new ArrayList<>();
  final List<PropertyCompany> propertyCompanies = new ArrayList<>();
  final Map<String, Mark> marks = new HashMap<>();
  int grids;

  /** Adds every part to a jurisdiction builder. */
  void addTo(Jurisdiction.Builder b) {
    b.addAllAreas(areas)
        .addAllPartyOrganizations(organizations)
        .addAllCommunityWorkers(communityWorkers)
        .addAllGridWorkers(gridWorkers)
        .addAllPartyMembers(partyMembers)
        .addAllContacts(contacts)
        .addAllFacilities(facilities)
        .addAllOwnersCommittees(ownersCommittees)
        .addAllUnits(units)
        .addAllPropertyCompanies(propertyCompanies);
  }

  /** Moves everything of {@code other} into this. */
  void absorb(Parts other) {
    areas.addAll(other.areas);
    organizations.addAll(other.organizations);
    communityWorkers.addAll(other.communityWorkers);
    gridWorkers.addAll(other.gridWorkers);
    partyMembers.addAll(other.partyMembers);
    contacts.addAll(other.contacts);
    facilities.addAll(other.facilities);
    ownersCommittees.addAll(other.ownersCommittees);
    units.addAll(other.units);
    propertyCompanies.addAll(other.propertyCompanies);
    other.marks.forEach(marks::putIfAbsent);
    grids += other.grids;
  }
}
