package org.jiceng.governance.rules.advice;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * Applies advice to a jurisdiction, for researchers who want the county as it would be after the
 * moves (and for the property that advising again proposes nothing of the same kind about the
 * same subject). Pure: returns a new jurisdiction. New organizations get ids derived from their
 * area or from the organization they come from ({@code g1-branch}, {@code p7-2}), never clashing
 * with an existing id.
 *
 * <ul>
 *   <li>{@code FORM}: a new organization of the proposed kind on the area, with the members counted
 *       there, led by the nearest branch or more above it (a group by the nearest branch).
 *   <li>{@code UPGRADE}, {@code DOWNGRADE}: the kind changes; {@code MERGE_INTO_JOINT_BRANCH} of a
 *       branch makes it a joint branch; of areas, one joint branch on the first spanning the rest.
 *   <li>{@code SPLIT}: the organization keeps its id and the first share of members; the others
 *       become siblings with the rest.
 *   <li>{@code ELECT_COMMITTEE}: a committee of the advised seats, elected on the date;
 *       {@code RE_ELECT}: elected again on the date.
 *   <li>{@code APPOINT_CENTRAL_HOUSEHOLDS}: that many central households on the grid, each looking
 *       after the profile's maximum.
 *   <li>{@code FORM_GROUPS}: groups under a branch, one per area under it where there are such
 *       areas; a group short of members joins its largest sibling, or is dissolved.
 * </ul>
 *
 * @since 0.2
 */
public final class AdviceApplier {
  private AdviceApplier() {}

  /**
   * Applies advice to a jurisdiction.
   *
   * @param jurisdiction the jurisdiction the advice was given for, not null
   * @param advice the advice, not null
   * @param profile the profile the advice was given under (for central households' coverage), not null
   * @param on the date elections are held, not null
   * @return the jurisdiction after the moves
   * @throws IllegalArgumentException if an item names an organization or area the jurisdiction lacks
   */
  public static Jurisdiction apply(Jurisdiction jurisdiction, List<Advice> advice, StandardsProfile profile, LocalDate on) {
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(profile, "profile");
    requireNonNull(on, "on");
    State s = new State(jurisdiction);
    for (Advice a : requireNonNull(advice, "advice")) {
      s.apply(a, profile, on);
    }
    return s.build();
  }

  /** The number of groups a branch divides into: one per area under its own, at least 1, at most what its members allow. */
  static int groupCount(Jurisdiction j, PartyOrganization branch, StandardsProfile profile) {
    int minMembers = Math.max(1, profile.get(Parameters.GROUP_MIN_MEMBERS).orElse(1));
    int minFull = profile.get(Parameters.GROUP_MIN_FULL).orElse(0);
    int areas = branch.getAreaId().map(a -> subAreas(j, a).size()).orElse(0);
    int byMembers = branch.getTotalMembers() / minMembers;
    int byFull = minFull == 0 ? Integer.MAX_VALUE : branch.getFullMembers() / minFull;
    return Math.max(1, Math.min(Math.max(areas, 2), Math.min(byMembers, byFull)));
  }

  static List<Area> subAreas(Jurisdiction j, String areaId) {
    Area a = j.getArea(areaId).orElseThrow();
    for (AreaLevel l : List.of(AreaLevel.GRID, AreaLevel.MICRO_GRID, AreaLevel.BUILDING)) {
      if (l.compareTo(a.getLevel()) > 0) {
        List<Area> d = j.getDescendants(areaId, l).stream().sorted(Comparator.comparing(Area::getId)).collect(Collectors.toList());
        if (!d.isEmpty()) {
          return d;
        }
      }
    }
    return List.of();
  }

  static List<PartyOrganization> centralHouseholdsWithin(Jurisdiction j, String areaId) {
    return Stream.concat(Stream.of(areaId), Stream.of(AreaLevel.values()).flatMap(l -> j.getDescendants(areaId, l).stream()).map(Area::getId))
        .flatMap(id -> j.getPartyOrganizationsOn(id).stream())
        .filter(o -> o.getKind() == PartyOrganizationKind.CENTRAL_HOUSEHOLD)
        .distinct().collect(Collectors.toList());
  }

  /** The organizations being rewritten, in a stable order. */
  private static final class State {
    private final Jurisdiction j;
    private final Map<String, PartyOrganization> orgs = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();

    State(Jurisdiction j) {
      this.j = j;
      j.getPartyOrganizations().forEach(o -> orgs.put(o.getId(), o));
      ids.addAll(j.getIds());
    }

    void apply(Advice a, StandardsProfile profile, LocalDate on) {
      switch (a.getKind()) {
        case FORM:
          form(a);
          break;
        case UPGRADE:
        case DOWNGRADE:
          org(a).ifPresent(o -> put(edit(o, e -> e.kind = a.getProposedKind().orElseThrow())));
          break;
        case MERGE_INTO_JOINT_BRANCH:
          if (a.getCurrentKind().isPresent()) {
            org(a).ifPresent(o -> put(edit(o, e -> e.kind = PartyOrganizationKind.JOINT_BRANCH)));
          } else {
            joint(a);
          }
          break;
        case SPLIT:
          org(a).ifPresent(o -> split(o, a.getCount().orElse(2)));
          break;
        case ELECT_COMMITTEE:
          org(a).ifPresent(o -> put(edit(o, e -> {
            e.committee = a.getCount().orElse(1);
            e.electedOn = on;
          })));
          break;
        case RE_ELECT:
          org(a).ifPresent(o -> put(edit(o, e -> e.electedOn = on)));
          break;
        case APPOINT_CENTRAL_HOUSEHOLDS:
          appoint(a, profile);
          break;
        case FORM_GROUPS:
          org(a).ifPresent(o -> {
            if (o.getKind() == PartyOrganizationKind.GROUP) {
              regroup(o);
            } else {
              groups(o, a.getCount().orElse(1));
            }
          });
          break;
        default:
          throw new IllegalStateException("No application for advice kind " + a.getKind());
      }
    }

    private Optional<PartyOrganization> org(Advice a) {
      if (!j.getPartyOrganization(a.getSubject()).isPresent()) {
        throw new IllegalArgumentException("Advice " + a.getKind() + " names organization '" + a.getSubject() + "', not in the jurisdiction");
      }
      return Optional.ofNullable(orgs.get(a.getSubject()));
    }

    private void form(Advice a) {
      Area area = area(a.getSubject());
      PartyOrganizationKind kind = a.getProposedKind().orElseThrow();
      int probationary = a.getTotalMembers() - a.getFullMembers();
      PartyOrganization.Builder b = PartyOrganization.builder().id(fresh(area.getId() + (kind == PartyOrganizationKind.GROUP ? "-group" : "-branch")))
          .kind(kind).name(area.getName() + suffix(kind)).areaId(area.getId())
          .fullMembers(a.getFullMembers()).probationaryMembers(probationary);
      leader(area.getId(), kind).ifPresent(b::parentId);
      put(b);
    }

    private void joint(Advice a) {
      Area first = area(a.getAreaIds().get(0));
      a.getAreaIds().forEach(this::area);
      PartyOrganization.Builder b = PartyOrganization.builder().id(fresh(first.getId() + "-joint"))
          .kind(PartyOrganizationKind.JOINT_BRANCH).name(first.getName() + "等联合党支部").areaId(first.getId())
          .addAllJointAreaIds(a.getAreaIds().subList(1, a.getAreaIds().size()))
          .fullMembers(a.getFullMembers()).probationaryMembers(a.getTotalMembers() - a.getFullMembers());
      leader(first.getId(), PartyOrganizationKind.JOINT_BRANCH).ifPresent(b::parentId);
      put(b);
    }

    private void split(PartyOrganization o, int parts) {
      int[] full = shares(o.getFullMembers(), parts);
      int[] prob = probationaryShares(o, full);
      put(edit(o, e -> {
        e.full = full[0];
        e.probationary = prob[0];
      }));
      for (int i = 1; i < parts; i++) {
        PartyOrganization.Builder b = PartyOrganization.builder().id(fresh(o.getId() + "-" + (i + 1))).kind(o.getKind())
            .name(o.getName() + "（" + (i + 1) + "）").fullMembers(full[i]).probationaryMembers(prob[i]);
        o.getParentId().ifPresent(b::parentId);
        o.getAreaId().ifPresent(b::areaId);
        o.getElectedOn().ifPresent(b::electedOn);
        o.getTermYears().ifPresent(b::termYears);
        put(b);
      }
    }

    private void appoint(Advice a, StandardsProfile profile) {
      Area grid = area(a.getSubject());
      int covers = profile.get(Parameters.CENTRAL_HOUSEHOLD_MAX).orElseThrow(() ->
          new IllegalArgumentException("Advice " + a.getKind() + " needs party.central-household-households-max in profile " + profile.getId()));
      for (int i = 0; i < a.getCount().orElse(1); i++) {
        PartyOrganization.Builder b = PartyOrganization.builder().id(fresh(grid.getId() + "-ch")).kind(PartyOrganizationKind.CENTRAL_HOUSEHOLD)
            .name(grid.getName() + "党员中心户").areaId(grid.getId()).fullMembers(1).coveredHouseholds(covers);
        cellOn(grid.getId()).or(() -> leader(grid.getId(), PartyOrganizationKind.CENTRAL_HOUSEHOLD)).ifPresent(b::parentId);
        put(b);
      }
    }

    private void groups(PartyOrganization branch, int count) {
      List<Area> areas = branch.getAreaId().map(id -> subAreas(j, id)).orElse(List.of());
      int[] full = shares(branch.getFullMembers(), count);
      int[] prob = probationaryShares(branch, full);
      for (int i = 0; i < count; i++) {
        String on = i < areas.size() ? areas.get(i).getId() : branch.getAreaId().orElse(null);
        String base = on != null ? on + "-group" : branch.getId() + "-group";
        PartyOrganization.Builder b = PartyOrganization.builder().id(fresh(base)).kind(PartyOrganizationKind.GROUP)
            .name(branch.getName() + "第" + (i + 1) + "党小组").parentId(branch.getId())
            .fullMembers(full[i]).probationaryMembers(prob[i]);
        if (on != null) {
          b.areaId(on);
        }
        put(b);
      }
    }

    private void regroup(PartyOrganization group) {
      orgs.remove(group.getId());
      Optional<PartyOrganization> sibling = group.getParentId().flatMap(p -> orgs.values().stream()
          .filter(o -> o.getKind() == PartyOrganizationKind.GROUP && o.getParentId().equals(Optional.of(p)))
          .max(Comparator.comparingInt(PartyOrganization::getTotalMembers).thenComparing(PartyOrganization::getId, Comparator.reverseOrder())));
      sibling.ifPresent(s -> put(edit(s, e -> {
        e.full = s.getFullMembers() + group.getFullMembers();
        e.probationary = s.getProbationaryMembers() + group.getProbationaryMembers();
      })));
      // Children of the dissolved group move to its parent.
      for (PartyOrganization o : List.copyOf(orgs.values())) {
        if (o.getParentId().equals(Optional.of(group.getId()))) {
          Optional<String> parent = sibling.map(PartyOrganization::getId).or(group::getParentId);
          put(edit(o, e -> e.parent = parent));
        }
      }
    }

    /** The branch or more nearest above an area (a group is led by one; others by the organization of an enclosing area). */
    private Optional<String> leader(String areaId, PartyOrganizationKind kind) {
      List<String> chain = new ArrayList<>();
      if (kind == PartyOrganizationKind.GROUP || kind == PartyOrganizationKind.CENTRAL_HOUSEHOLD) {
        chain.add(areaId);
      }
      j.getAncestors(areaId).forEach(a -> chain.add(a.getId()));
      for (String id : chain) {
        Optional<PartyOrganization> o = orgsOn(id).filter(x -> x.getKind() != PartyOrganizationKind.CENTRAL_HOUSEHOLD
            && x.getKind().canLead(kind)).findFirst();
        if (o.isPresent()) {
          return Optional.of(o.get().getId());
        }
      }
      return Optional.empty();
    }

    private Optional<String> cellOn(String areaId) {
      return orgsOn(areaId).filter(o -> PartyOrganizationAdvisor.BRANCH_OR_MORE.contains(o.getKind()) || o.getKind() == PartyOrganizationKind.GROUP)
          .map(PartyOrganization::getId).findFirst();
    }

    private Stream<PartyOrganization> orgsOn(String areaId) {
      return orgs.values().stream().filter(o -> o.getAreaId().equals(Optional.of(areaId)) || o.getJointAreaIds().contains(areaId))
          .sorted(Comparator.comparing(PartyOrganization::getKind).thenComparing(PartyOrganization::getId));
    }

    private Area area(String id) {
      return j.getArea(id).orElseThrow(() -> new IllegalArgumentException("Advice names area '" + id + "', not in the jurisdiction"));
    }

    private String fresh(String base) {
      String id = base;
      for (int i = 2; ids.contains(id); i++) {
        id = base + "-" + i;
      }
      ids.add(id);
      return id;
    }

    private void put(PartyOrganization.Builder b) {
      put(b.build());
    }

    private void put(PartyOrganization o) {
      orgs.put(o.getId(), o);
    }

    /**
     * After kinds changed, an organization whose parent cannot lead its new kind (an upgraded
     * branch under a general branch; a group's branch dissolved) moves up to the nearest
     * organization above that can, or becomes a root.
     */
    private void fixTree() {
      for (PartyOrganization o : List.copyOf(orgs.values())) {
        if (o.getParentId().isEmpty()) {
          continue;
        }
        PartyOrganization parent = orgs.get(o.getParentId().get());
        if (parent != null && parent.getKind().canLead(o.getKind())) {
          continue;
        }
        Optional<String> up = Optional.empty();
        Set<String> seen = new HashSet<>();
        PartyOrganization at = parent;
        while (at != null && seen.add(at.getId())) {
          if (at.getKind().canLead(o.getKind())) {
            up = Optional.of(at.getId());
            break;
          }
          at = at.getParentId().map(orgs::get).orElse(null);
        }
        Optional<String> newParent = up;
        put(edit(o, e -> e.parent = newParent));
      }
    }

    Jurisdiction build() {
      fixTree();
      Jurisdiction.Builder b = Jurisdiction.builder()
          .addAllAreas(j.getAreas()).addAllPartyOrganizations(orgs.values()).addAllCommunityWorkers(j.getCommunityWorkers())
          .addAllGridWorkers(j.getGridWorkers()).addAllPartyMembers(j.getPartyMembers()).addAllContacts(j.getContacts())
          .addAllUnits(j.getUnits()).addAllPropertyCompanies(j.getPropertyCompanies())
          .addAllOwnersCommittees(j.getOwnersCommittees()).addAllFacilities(j.getFacilities());
      j.getAsOf().ifPresent(b::asOf);
      return b.build();
    }
  }

  private static String suffix(PartyOrganizationKind kind) {
    switch (kind) {
      case COMMITTEE: return "党委";
      case GENERAL_BRANCH: return "党总支";
      case GROUP: return "党小组";
      case JOINT_BRANCH: return "联合党支部";
      default: return "党支部";
    }
  }

  /**
   * The probationary members of each part, so that the parts' totals are as even as the totals
   * allow (sharing full and probationary members apart could leave a part short of a group's
   * minimum, or above a branch's maximum). Shares are monotone in n, so a part never gets fewer
   * members in all than full members.
   */
  private static int[] probationaryShares(PartyOrganization o, int[] full) {
    int[] total = shares(o.getTotalMembers(), full.length);
    int[] out = new int[full.length];
    for (int i = 0; i < full.length; i++) {
      out[i] = total[i] - full[i];
    }
    return out;
  }

  private static int[] shares(int n, int parts) {
    int[] out = new int[parts];
    for (int i = 0; i < parts; i++) {
      out[i] = n / parts + (i < n % parts ? 1 : 0);
    }
    return out;
  }

  /** The attributes an application changes; null keeps the original's. */
  private static final class Edit {
    PartyOrganizationKind kind;
    Integer full;
    Integer probationary;
    Integer committee;
    LocalDate electedOn;
    Optional<String> parent;
  }

  /** Rebuilds an organization with some attributes changed (its builder is strict: each attribute is set once). */
  private static PartyOrganization edit(PartyOrganization o, java.util.function.Consumer<Edit> change) {
    Edit e = new Edit();
    change.accept(e);
    PartyOrganization.Builder b = PartyOrganization.builder().id(o.getId()).name(o.getName())
        .kind(e.kind != null ? e.kind : o.getKind())
        .fullMembers(e.full != null ? e.full : o.getFullMembers())
        .probationaryMembers(e.probationary != null ? e.probationary : o.getProbationaryMembers())
        .addAllUnitIds(o.getUnitIds());
    Optional<String> parent = e.parent != null ? e.parent : o.getParentId();
    parent.ifPresent(b::parentId);
    o.getAreaId().ifPresent(b::areaId);
    if ((e.kind == null || e.kind == PartyOrganizationKind.JOINT_BRANCH)) {
      b.addAllJointAreaIds(o.getJointAreaIds());
    }
    if (e.committee != null) {
      b.committeeSize(e.committee);
    } else {
      o.getCommitteeSize().ifPresent(b::committeeSize);
    }
    LocalDate elected = e.electedOn != null ? e.electedOn : o.getElectedOn().orElse(null);
    if (elected != null) {
      b.electedOn(elected);
    }
    o.getTermYears().ifPresent(b::termYears);
    o.getCoveredHouseholds().ifPresent(b::coveredHouseholds);
    return b.build();
  }
}
