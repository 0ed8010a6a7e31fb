package org.jiceng.governance.core.jurisdiction;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jiceng.governance.core.Identified;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.ResponsibilityContact;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.PropertyCompany;
import org.jiceng.governance.core.unit.ServiceFacility;

/**
 * The indexes of a {@link Jurisdiction} and the structural problems of its parts, computed in
 * one pass. Tolerant of bad parts (the first part with an id wins) so that every problem is
 * found before the jurisdiction is refused.
 */
final class JurisdictionIndex {
  /** How a part refers to an area, as a problem names the reference (key {@code Role.X}). */
  private enum Role {
    AREA,
    JOINT_AREA,
    COMPOUND
  }

  private static final Set<AreaLevel> STAFF_LEVELS = EnumSet.of(AreaLevel.STREET, AreaLevel.COMMUNITY);
  /** Levels that parts other than workers may hang on: any but a single household. */
  private static final Set<AreaLevel> PART_LEVELS = EnumSet.complementOf(EnumSet.of(AreaLevel.HOUSEHOLD));
  private static final Set<AreaLevel> GRID_LEVELS =
      EnumSet.of(AreaLevel.GRID, AreaLevel.MICRO_GRID, AreaLevel.BUILDING);

  private final List<JurisdictionProblem> problems = new ArrayList<>();
  private final ImmutableMap<String, Identified> byId;
  private final ImmutableMap<String, Area> areas;
  private final ImmutableListMultimap<String, Area> children;
  private final ImmutableListMultimap<AreaLevel, Area> byLevel;
  private final ImmutableListMultimap<String, CommunityWorker> communityWorkersByArea;
  private final ImmutableListMultimap<String, GridWorker> gridWorkersByArea;
  private final ImmutableListMultimap<String, PartyOrganization> organizationsByArea;
  private final ImmutableListMultimap<String, PartyOrganization> organizationChildren;
  private final ImmutableListMultimap<String, ResponsibilityContact> contactsByArea;
  private final ImmutableListMultimap<String, ServiceFacility> facilitiesByArea;
  private final java.util.concurrent.ConcurrentHashMap<String, ImmutableListMultimap<AreaLevel, Area>> descendants =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Long> households = new HashMap<>();
  private final Map<String, Long> residents = new HashMap<>();
  private final Map<String, Long> urbanResidents = new HashMap<>();
  private Area root;

  JurisdictionIndex(Jurisdiction j) {
    Map<String, Identified> ids = new LinkedHashMap<>();
    Stream.of(
            j.getAreas(),
            j.getPartyOrganizations(),
            j.getCommunityWorkers(),
            j.getGridWorkers(),
            j.getPartyMembers(),
            j.getContacts(),
            j.getUnits(),
            j.getPropertyCompanies(),
            j.getOwnersCommittees(),
            j.getFacilities())
        .flatMap(Collection::stream)
        .forEach(
            part -> {
              Identified first = ids.putIfAbsent(part.getId(), part);
              if (first != null) {
                problem(ProblemKind.DUPLICATE_ID, part.getId(), "jurisdiction.duplicate-id", first, part);
              }
            });
    byId = ImmutableMap.copyOf(ids);
    Map<String, Area> areaMap = new LinkedHashMap<>();
    for (Area a : j.getAreas()) {
      areaMap.putIfAbsent(a.getId(), a);
    }
    areas = ImmutableMap.copyOf(areaMap);

    ImmutableListMultimap.Builder<String, Area> kids = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<AreaLevel, Area> levels = ImmutableListMultimap.builder();
    List<Area> roots = new ArrayList<>();
    for (Area a : areas.values()) {
      levels.put(a.getLevel(), a);
      if (a.getParentId().isEmpty()) {
        roots.add(a);
        continue;
      }
      String parentId = a.getParentId().get();
      Identified parent = byId.get(parentId);
      if (parent == null) {
        problem(ProblemKind.DANGLING_REFERENCE, a.getId(), "jurisdiction.missing-parent", parentId);
      } else if (!(parent instanceof Area)) {
        problem(ProblemKind.WRONG_REFERENCE_KIND, a.getId(), "jurisdiction.parent-not-area", parentId, parent);
      } else {
        Area p = (Area) parent;
        kids.put(parentId, a);
        if (!p.getLevel().canContain(a.getLevel())) {
          problem(ProblemKind.LEVEL_NOT_ALLOWED, a.getId(), "jurisdiction.level-not-allowed", a.getLevel(), p);
        }
      }
    }
    children = kids.build();
    byLevel = levels.build();
    checkRoot(roots);
    checkCycles();
    checkCodes();

    ImmutableListMultimap.Builder<String, CommunityWorker> cw = ImmutableListMultimap.builder();
    for (CommunityWorker w : j.getCommunityWorkers()) {
      if (areaRef(w.getId(), Role.AREA, w.getAreaId(), STAFF_LEVELS)) {
        cw.put(w.getAreaId(), w);
      }
    }
    communityWorkersByArea = cw.build();
    ImmutableListMultimap.Builder<String, GridWorker> gw = ImmutableListMultimap.builder();
    for (GridWorker w : j.getGridWorkers()) {
      if (areaRef(w.getId(), Role.AREA, w.getAreaId(), GRID_LEVELS)) {
        gw.put(w.getAreaId(), w);
      }
    }
    gridWorkersByArea = gw.build();

    ImmutableListMultimap.Builder<String, PartyOrganization> onArea = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, PartyOrganization> orgKids = ImmutableListMultimap.builder();
    for (PartyOrganization o : j.getPartyOrganizations()) {
      o.getAreaId()
          .filter(id -> areaRef(o.getId(), Role.AREA, id, PART_LEVELS))
          .ifPresent(id -> onArea.put(id, o));
      for (String areaId : o.getJointAreaIds()) {
        if (areaRef(o.getId(), Role.JOINT_AREA, areaId, PART_LEVELS)) {
          onArea.put(areaId, o);
        }
      }
      for (String unitId : o.getUnitIds()) {
        unitRef(o.getId(), unitId);
      }
      if (o.getParentId().isPresent()) {
        String pid = o.getParentId().get();
        Identified parent = byId.get(pid);
        if (parent == null) {
          problem(ProblemKind.DANGLING_REFERENCE, o.getId(), "jurisdiction.missing-parent", pid);
        } else if (!(parent instanceof PartyOrganization)) {
          problem(ProblemKind.WRONG_REFERENCE_KIND, o.getId(), "jurisdiction.parent-not-organization", pid, parent);
        } else {
          PartyOrganization p = (PartyOrganization) parent;
          orgKids.put(pid, o);
          if (!p.getKind().canLead(o.getKind())) {
            problem(ProblemKind.KIND_NOT_ALLOWED, o.getId(), "jurisdiction.kind-not-allowed", o.getKind(), p.getKind(), pid);
          }
        }
      }
    }
    organizationsByArea = onArea.build();
    organizationChildren = orgKids.build();

    for (var m : j.getPartyMembers()) {
      areaRef(m.getId(), Role.AREA, m.getAreaId(), PART_LEVELS);
      m.getUnitId().ifPresent(u -> unitRef(m.getId(), u));
    }
    ImmutableListMultimap.Builder<String, ResponsibilityContact> contacts = ImmutableListMultimap.builder();
    for (ResponsibilityContact c : j.getContacts()) {
      if (areaRef(c.getId(), Role.AREA, c.getAreaId(), PART_LEVELS)) {
        contacts.put(c.getAreaId(), c);
      }
      c.getUnitId().ifPresent(u -> unitRef(c.getId(), u));
    }
    contactsByArea = contacts.build();
    for (CoBuildingUnit u : j.getUnits()) {
      for (String areaId : u.getAreaIds()) {
        areaRef(u.getId(), Role.AREA, areaId, EnumSet.allOf(AreaLevel.class));
      }
    }
    for (PropertyCompany c : j.getPropertyCompanies()) {
      for (String compoundId : c.getCompoundIds()) {
        areaRef(c.getId(), Role.COMPOUND, compoundId, EnumSet.of(AreaLevel.COMPOUND));
      }
    }
    for (var oc : j.getOwnersCommittees()) {
      areaRef(oc.getId(), Role.COMPOUND, oc.getCompoundId(), EnumSet.of(AreaLevel.COMPOUND));
    }
    ImmutableListMultimap.Builder<String, ServiceFacility> facilities = ImmutableListMultimap.builder();
    for (ServiceFacility f : j.getFacilities()) {
      if (areaRef(f.getId(), Role.AREA, f.getAreaId(), PART_LEVELS)) {
        facilities.put(f.getAreaId(), f);
      }
    }
    facilitiesByArea = facilities.build();

    if (problems.isEmpty()) {
      aggregate(root);
    }
  }

  private void checkRoot(List<Area> roots) {
    if (roots.isEmpty()) {
      problem(ProblemKind.ROOT, "", "jurisdiction.no-root");
      return;
    }
    if (roots.size() > 1) {
      for (Area r : roots.subList(1, roots.size())) {
        problem(ProblemKind.ROOT, r.getId(), "jurisdiction.second-root", roots.get(0).getId());
      }
    }
    root = roots.get(0);
    if (root.getLevel() != AreaLevel.COUNTY && root.getLevel() != AreaLevel.STREET) {
      problem(ProblemKind.ROOT, root.getId(), "jurisdiction.root-level", root.getLevel());
    }
  }

  private void checkCycles() {
    Set<String> reached = new HashSet<>();
    if (root != null) {
      ArrayList<String> stack = new ArrayList<>(List.of(root.getId()));
      while (!stack.isEmpty()) {
        String id = stack.remove(stack.size() - 1);
        if (reached.add(id)) {
          children.get(id).forEach(c -> stack.add(c.getId()));
        }
      }
    }
    for (Area a : areas.values()) {
      if (reached.contains(a.getId()) || a.getParentId().isEmpty()) {
        continue;
      }
      // Not reachable from the root: either below a dangling reference (already reported) or
      // on a loop of parents.
      Set<String> seen = new HashSet<>();
      Area cur = a;
      while (cur != null && cur.getParentId().isPresent() && seen.add(cur.getId())) {
        cur = areas.get(cur.getParentId().get());
      }
      if (cur != null && seen.contains(cur.getId()) && cur.getId().equals(a.getId())) {
        problem(ProblemKind.CYCLE, a.getId(), "jurisdiction.cycle", a.getId());
      }
    }
  }

  private void checkCodes() {
    for (Area a : areas.values()) {
      if (a.getDivisionCode().isEmpty()) {
        continue;
      }
      DivisionCode code = a.getDivisionCode().get();
      Optional<Area> coded = nearestCodedAncestor(a);
      if (coded.isPresent()) {
        DivisionCode parentCode = coded.get().getDivisionCode().get();
        if (!code.isWithin(parentCode) || code.equals(parentCode)) {
          problem(ProblemKind.CODE_NOT_UNDER_PARENT, a.getId(), "jurisdiction.code-not-under",
              code.toString(), parentCode.toString(), coded.get().getId());
        }
      }
    }
  }

  private Optional<Area> nearestCodedAncestor(Area a) {
    Set<String> seen = new HashSet<>();
    Area cur = a;
    while (cur.getParentId().isPresent() && seen.add(cur.getId())) {
      cur = areas.get(cur.getParentId().get());
      if (cur == null) {
        return Optional.empty();
      }
      if (cur.getDivisionCode().isPresent()) {
        return Optional.of(cur);
      }
    }
    return Optional.empty();
  }

  private boolean areaRef(String subject, Role role, String areaId, Set<AreaLevel> allowed) {
    Identified target = byId.get(areaId);
    if (target == null) {
      problem(ProblemKind.DANGLING_REFERENCE, subject, "jurisdiction.missing-reference", role, areaId);
      return false;
    }
    if (!(target instanceof Area) || !allowed.contains(((Area) target).getLevel())) {
      problem(ProblemKind.WRONG_REFERENCE_KIND, subject, "jurisdiction.wrong-area", role, areaId, target, List.copyOf(allowed));
      return false;
    }
    return true;
  }

  private void unitRef(String subject, String unitId) {
    Identified target = byId.get(unitId);
    if (target == null) {
      problem(ProblemKind.DANGLING_REFERENCE, subject, "jurisdiction.missing-unit", unitId);
    } else if (!(target instanceof CoBuildingUnit) && !(target instanceof PropertyCompany)) {
      problem(ProblemKind.WRONG_REFERENCE_KIND, subject, "jurisdiction.wrong-unit", unitId, target);
    }
  }

  /** Post-order sums over the tree, iteratively so that depth never matters. */
  private void aggregate(Area top) {
    List<Area> order = new ArrayList<>();
    ArrayList<Area> stack = new ArrayList<>(List.of(top));
    while (!stack.isEmpty()) {
      Area a = stack.remove(stack.size() - 1);
      order.add(a);
      stack.addAll(children.get(a.getId()));
    }
    for (int i = order.size() - 1; i >= 0; i--) {
      Area a = order.get(i);
      List<Area> kids = children.get(a.getId());
      long h;
      if (a.getHouseholds().isPresent()) {
        h = a.getHouseholds().getAsInt();
      } else if (a.getLevel() == AreaLevel.HOUSEHOLD) {
        h = 1;
      } else {
        h = kids.stream().mapToLong(k -> households.get(k.getId())).sum();
      }
      households.put(a.getId(), h);
      sum(a.getId(), a.getPermanentResidents(), kids, residents);
      sum(a.getId(), a.getUrbanPermanentResidents(), kids, urbanResidents);
    }
  }

  private static void sum(String id, java.util.OptionalInt declared, List<Area> kids, Map<String, Long> into) {
    if (declared.isPresent()) {
      into.put(id, (long) declared.getAsInt());
      return;
    }
    Long total = null;
    for (Area k : kids) {
      Long v = into.get(k.getId());
      if (v != null) {
        total = (total == null ? 0 : total) + v;
      }
    }
    if (total != null) {
      into.put(id, total);
    }
  }

  private void problem(ProblemKind kind, String subject, String key, Object... arguments) {
    problems.add(JurisdictionProblem.of(kind, subject, key, arguments));
  }

  List<JurisdictionProblem> problems() {
    return problems;
  }

  Area root() {
    return root;
  }

  ImmutableMap<String, Identified> byId() {
    return byId;
  }

  ImmutableMap<String, Area> areas() {
    return areas;
  }

  ImmutableListMultimap<String, Area> children() {
    return children;
  }

  /**
   * The descendants of an area grouped by level, each group in depth-first order; computed once
   * per area and kept, since rules ask for the grids, buildings, … of a community many times.
   */
  ImmutableListMultimap<AreaLevel, Area> descendantsByLevel(String areaId) {
    ImmutableListMultimap<AreaLevel, Area> d = descendants.get(areaId);
    if (d == null) {
      ImmutableListMultimap.Builder<AreaLevel, Area> b = ImmutableListMultimap.builder();
      ArrayList<Area> stack = new ArrayList<>(children.get(areaId).reverse());
      while (!stack.isEmpty()) {
        Area a = stack.remove(stack.size() - 1);
        b.put(a.getLevel(), a);
        stack.addAll(children.get(a.getId()).reverse());
      }
      d = b.build();
      descendants.putIfAbsent(areaId, d);
    }
    return d;
  }

  ImmutableListMultimap<AreaLevel, Area> byLevel() {
    return byLevel;
  }

  Map<String, Long> households() {
    return households;
  }

  Map<String, Long> residents() {
    return residents;
  }

  Map<String, Long> urbanResidents() {
    return urbanResidents;
  }

  ImmutableListMultimap<String, CommunityWorker> communityWorkersByArea() {
    return communityWorkersByArea;
  }

  ImmutableListMultimap<String, GridWorker> gridWorkersByArea() {
    return gridWorkersByArea;
  }

  ImmutableListMultimap<String, PartyOrganization> organizationsByArea() {
    return organizationsByArea;
  }

  ImmutableListMultimap<String, PartyOrganization> organizationChildren() {
    return organizationChildren;
  }

  ImmutableListMultimap<String, ResponsibilityContact> contactsByArea() {
    return contactsByArea;
  }

  ImmutableListMultimap<String, ServiceFacility> facilitiesByArea() {
    return facilitiesByArea;
  }
}
