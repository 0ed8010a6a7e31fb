package org.jiceng.governance.core.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.Identified;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.RegisteredPartyMember;
import org.jiceng.governance.core.people.ResponsibilityContact;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.OwnersCommittee;
import org.jiceng.governance.core.unit.PropertyCompany;
import org.jiceng.governance.core.unit.ServiceFacility;

/**
 * An indexed, immutable snapshot of one county (or one street): its areas, party organizations,
 * people, units and facilities, with navigation (parent, children, ancestors, descendants by
 * level) and aggregates (households, residents, workers per area).
 *
 * <p>Building one never half-succeeds: {@link Builder#build()} checks every reference, every
 * nesting and every division code, and throws one {@link JurisdictionException} that lists every
 * problem found. Governance rules (staffing ratios, grid sizes) are not checked here; that is the
 * job of governance-rules.
 *
 * <p>Equality is that of the parts, regardless of the order they were added in.
 *
 * <pre>{@code
 * Jurisdiction j = Jurisdiction.builder()
 *     .addAreas(county, street, community, grid)
 *     .addGridWorkers(worker)
 *     .build();
 * long households = j.getHouseholds(community.getId());
 * }</pre>
 */
@Value.Immutable
public abstract class Jurisdiction {
  Jurisdiction() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Jurisdiction}; {@code build()} throws {@link JurisdictionException}. */
  public static final class Builder extends ImmutableJurisdiction.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the date the data describe (统计截止日期), which rules use for terms and ages.
   *
   * @return the date, may be empty
   */
  public abstract Optional<LocalDate> getAsOf();

  /**
   * Returns every area.
   *
   * @return the areas, in the order added
   */
  public abstract ImmutableSet<Area> getAreas();

  /**
   * Returns every party organization.
   *
   * @return the organizations, in the order added
   */
  public abstract ImmutableSet<PartyOrganization> getPartyOrganizations();

  /**
   * Returns every community worker.
   *
   * @return the workers
   */
  public abstract ImmutableSet<CommunityWorker> getCommunityWorkers();

  /**
   * Returns every grid worker.
   *
   * @return the workers
   */
  public abstract ImmutableSet<GridWorker> getGridWorkers();

  /**
   * Returns every registered in-service party member.
   *
   * @return the members
   */
  public abstract ImmutableSet<RegisteredPartyMember> getPartyMembers();

  /**
   * Returns every responsibility contact.
   *
   * @return the contacts
   */
  public abstract ImmutableSet<ResponsibilityContact> getContacts();

  /**
   * Returns every co-building unit.
   *
   * @return the units
   */
  public abstract ImmutableSet<CoBuildingUnit> getUnits();

  /**
   * Returns every property company.
   *
   * @return the companies
   */
  public abstract ImmutableSet<PropertyCompany> getPropertyCompanies();

  /**
   * Returns every owners' committee.
   *
   * @return the committees
   */
  public abstract ImmutableSet<OwnersCommittee> getOwnersCommittees();

  /**
   * Returns every service facility.
   *
   * @return the facilities
   */
  public abstract ImmutableSet<ServiceFacility> getFacilities();

  @Value.Lazy
  @Value.Auxiliary
  JurisdictionIndex index() {
    return new JurisdictionIndex(this);
  }

  @Value.Check
  final void check() {
    List<JurisdictionProblem> problems = index().problems();
    if (!problems.isEmpty()) {
      throw new JurisdictionException(problems);
    }
  }

  /**
   * Returns the root area, the county or street the snapshot describes.
   *
   * @return the root
   */
  public Area getRoot() {
    return index().root();
  }

  /**
   * Finds any part by id.
   *
   * @param id the id, not null
   * @return the part, or empty when no part has that id
   */
  public Optional<Identified> find(String id) {
    return Optional.ofNullable(index().byId().get(requireNonNull(id, "id")));
  }

  /**
   * Finds an area by id.
   *
   * @param id the id, not null
   * @return the area, or empty when no area has that id
   */
  public Optional<Area> getArea(String id) {
    return Optional.ofNullable(index().areas().get(requireNonNull(id, "id")));
  }

  /**
   * Finds a party organization by id.
   *
   * @param id the id, not null
   * @return the organization, or empty
   */
  public Optional<PartyOrganization> getPartyOrganization(String id) {
    Identified found = index().byId().get(requireNonNull(id, "id"));
    return found instanceof PartyOrganization ? Optional.of((PartyOrganization) found) : Optional.empty();
  }

  /**
   * Returns the enclosing area.
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @return the parent, empty for the root
   * @throws IllegalArgumentException if no area has that id
   */
  public Optional<Area> getParent(String areaId) {
    return area(areaId).getParentId().map(index().areas()::get);
  }

  /**
   * Returns the areas directly inside an area.
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @return the children in the order added
   * @throws IllegalArgumentException if no area has that id
   */
  public ImmutableList<Area> getChildren(String areaId) {
    area(areaId);
    return index().children().get(areaId);
  }

  /**
   * Returns the enclosing areas, nearest first, up to the root.
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @return the ancestors, empty for the root
   * @throws IllegalArgumentException if no area has that id
   */
  public ImmutableList<Area> getAncestors(String areaId) {
    ImmutableList.Builder<Area> out = ImmutableList.builder();
    Optional<Area> parent = getParent(areaId);
    while (parent.isPresent()) {
      out.add(parent.get());
      parent = parent.get().getParentId().map(index().areas()::get);
    }
    return out.build();
  }

  /**
   * Returns the nearest area of a level that encloses (or is) an area, e.g. the community of a
   * building.
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @param level the level sought, not null
   * @return the area, or empty when no enclosing area has that level
   * @throws IllegalArgumentException if no area has that id
   */
  public Optional<Area> getEnclosing(String areaId, AreaLevel level) {
    requireNonNull(level, "level");
    Area a = area(areaId);
    if (a.getLevel() == level) {
      return Optional.of(a);
    }
    return getAncestors(areaId).stream().filter(x -> x.getLevel() == level).findFirst();
  }

  /**
   * Returns the areas of a level inside an area (at any depth), in tree order.
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @param level the level sought, not null
   * @return the descendants of that level; the area itself is not included
   * @throws IllegalArgumentException if no area has that id
   */
  public ImmutableList<Area> getDescendants(String areaId, AreaLevel level) {
    requireNonNull(level, "level");
    area(areaId);
    return index().descendantsByLevel(areaId).get(level);
  }

  /**
   * Returns the areas of a level in the whole jurisdiction.
   *
   * @param level the level, not null
   * @return the areas of that level, in the order added
   */
  public ImmutableList<Area> getAreas(AreaLevel level) {
    return index().byLevel().get(requireNonNull(level, "level"));
  }

  /**
   * Returns the households of an area: the declared count, else 1 for a household, else the
   * sum over its children.
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @return the households, at least 0
   * @throws IllegalArgumentException if no area has that id
   */
  public long getHouseholds(String areaId) {
    area(areaId);
    return index().households().get(areaId);
  }

  /**
   * Returns the permanent residents of an area: the declared count, else the sum over the
   * children that declare one (or whose children do).
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @return the residents, or empty when neither the area nor anything in it declares a count
   * @throws IllegalArgumentException if no area has that id
   */
  public OptionalLong getPermanentResidents(String areaId) {
    area(areaId);
    Long v = index().residents().get(areaId);
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /**
   * Returns the urban permanent residents of an area, aggregated like {@link
   * #getPermanentResidents(String)}.
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @return the residents, or empty when unknown
   * @throws IllegalArgumentException if no area has that id
   */
  public OptionalLong getUrbanPermanentResidents(String areaId) {
    area(areaId);
    Long v = index().urbanResidents().get(areaId);
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /**
   * Returns the community workers on the staff of an area or of any area inside it.
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @return the workers
   * @throws IllegalArgumentException if no area has that id
   */
  public ImmutableList<CommunityWorker> getCommunityWorkersWithin(String areaId) {
    return within(areaId, index().communityWorkersByArea());
  }

  /**
   * Returns the community workers on the staff of exactly this area (a street's own staff, say).
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @return the workers
   * @throws IllegalArgumentException if no area has that id
   */
  public ImmutableList<CommunityWorker> getCommunityWorkersOf(String areaId) {
    area(areaId);
    return index().communityWorkersByArea().get(areaId);
  }

  /**
   * Returns the grid workers serving an area or any area inside it.
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @return the workers
   * @throws IllegalArgumentException if no area has that id
   */
  public ImmutableList<GridWorker> getGridWorkersWithin(String areaId) {
    return within(areaId, index().gridWorkersByArea());
  }

  /**
   * Returns the grid workers of one role serving an area or any area inside it.
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @param role the role, not null
   * @return the workers
   * @throws IllegalArgumentException if no area has that id
   */
  public ImmutableList<GridWorker> getGridWorkersWithin(String areaId, GridWorkerRole role) {
    requireNonNull(role, "role");
    return getGridWorkersWithin(areaId).stream()
        .filter(w -> w.getRole() == role)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the party organizations built on an area.
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @return the organizations
   * @throws IllegalArgumentException if no area has that id
   */
  public ImmutableList<PartyOrganization> getPartyOrganizationsOn(String areaId) {
    area(areaId);
    return index().organizationsByArea().get(areaId);
  }

  /**
   * Returns the organizations a party organization leads directly.
   *
   * @param organizationId the id of a party organization, not null
   * @return the child organizations
   */
  public ImmutableList<PartyOrganization> getChildOrganizations(String organizationId) {
    return index().organizationChildren().get(requireNonNull(organizationId, "organizationId"));
  }

  /**
   * Returns the responsibility contacts of an area.
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @return the contacts
   * @throws IllegalArgumentException if no area has that id
   */
  public ImmutableList<ResponsibilityContact> getContactsOf(String areaId) {
    area(areaId);
    return index().contactsByArea().get(areaId);
  }

  /**
   * Returns the service facilities of an area (not of the areas inside it).
   *
   * @param areaId the id of an area of this jurisdiction, not null
   * @return the facilities
   * @throws IllegalArgumentException if no area has that id
   */
  public ImmutableList<ServiceFacility> getFacilitiesOf(String areaId) {
    area(areaId);
    return index().facilitiesByArea().get(areaId);
  }

  private <T> ImmutableList<T> within(
      String areaId, com.google.common.collect.ImmutableListMultimap<String, T> byArea) {
    area(areaId);
    ImmutableList.Builder<T> out = ImmutableList.builder();
    out.addAll(byArea.get(areaId));
    for (Area d : descendants(areaId, a -> true)) {
      out.addAll(byArea.get(d.getId()));
    }
    return out.build();
  }

  private ImmutableList<Area> descendants(String areaId, Predicate<Area> keep) {
    area(areaId);
    List<Area> out = new ArrayList<>();
    ArrayList<Area> stack = new ArrayList<>(index().children().get(areaId).reverse());
    while (!stack.isEmpty()) {
      Area a = stack.remove(stack.size() - 1);
      if (keep.test(a)) {
        out.add(a);
      }
      stack.addAll(index().children().get(a.getId()).reverse());
    }
    return ImmutableList.copyOf(out);
  }

  private Area area(String areaId) {
    Area a = index().areas().get(requireNonNull(areaId, "areaId"));
    if (a == null) {
      throw new IllegalArgumentException("No area with id '" + areaId + "' in this jurisdiction");
    }
    return a;
  }

  /**
   * Returns the ids of every part, in one namespace.
   *
   * @return the ids
   */
  public Set<String> getIds() {
    return index().byId().keySet();
  }

  /**
   * Returns a summary: the root, the day, and how many parts of each kind. Never the parts
   * themselves: a county is too long to print, and its people are personal data. The text is made
   * safe to print ({@link DisplayText#of}).
   *
   * @return the summary
   */
  @Override
  public String toString() {
    Area root = getRoot();
    return DisplayText.of("Jurisdiction{root=" + root.getId() + " (" + root.getName() + ", " + root.getLevel() + ")"
        + getAsOf().map(d -> ", asOf=" + d).orElse("")
        + ", areas=" + getAreas().size() + ", partyOrganizations=" + getPartyOrganizations().size()
        + ", communityWorkers=" + getCommunityWorkers().size() + ", gridWorkers=" + getGridWorkers().size()
        + ", partyMembers=" + getPartyMembers().size() + ", contacts=" + getContacts().size() + ", units=" + getUnits().size()
        + ", propertyCompanies=" + getPropertyCompanies().size() + ", ownersCommittees=" + getOwnersCommittees().size()
        + ", facilities=" + getFacilities().size() + "}");
  }
}
