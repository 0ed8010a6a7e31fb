package org.jiceng.governance.rules.advice;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.RegisteredPartyMember;
import org.jiceng.governance.rules.profile.CellRequirements;
import org.jiceng.governance.rules.profile.GridCell;
import org.jiceng.governance.rules.profile.IntRange;
import org.jiceng.governance.rules.profile.ParameterKey;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * Tells a county organization department what to do about its party organizations, from a
 * jurisdiction, a standards profile and a date. Pure and deterministic: the same inputs give the
 * same list, in the same order (street, community, kind, subject).
 *
 * <ul>
 *   <li>Membership: the kind each membership calls for (3 full members for a branch, a committee
 *       from 7 full members, a general branch from 50, a party committee from 100: all profile
 *       parameters), {@link AdviceKind#UPGRADE} or {@link AdviceKind#DOWNGRADE} of community-level
 *       organizations, {@link AdviceKind#SPLIT} of branches below the community above the largest
 *       branch, {@link AdviceKind#MERGE_INTO_JOINT_BRANCH} of branches short of full members,
 *       {@link AdviceKind#ELECT_COMMITTEE}, {@link AdviceKind#FORM_GROUPS} for branches from
 *       {@code party.groups-from} without groups and for groups short of members.
 *   <li>Coverage: compounds and grids without the cell the profile asks ({@link CellRequirements}),
 *       with the party members registered there counted from the data: {@link AdviceKind#FORM}
 *       where enough live there, else {@link AdviceKind#MERGE_INTO_JOINT_BRANCH} with neighbours
 *       of the same community (at most {@code party.joint-branch-max-units} a joint branch).
 *   <li>Terms: {@link AdviceKind#RE_ELECT} for terms that ended or end within the horizon (180 days
 *       unless set), 5 years in a community and the profile's terms elsewhere.
 *   <li>Central households: {@link AdviceKind#APPOINT_CENTRAL_HOUSEHOLDS} for grids whose
 *       households exceed what their central households look after at {@code
 *       party.central-household-households-max}.
 * </ul>
 *
 * A check whose parameter the profile leaves out gives no advice.
 *
 * <pre>{@code
 * List<Advice> advice = PartyOrganizationAdvisor.of(BuiltInProfiles.get("hebei-luannan"))
 *     .advise(jurisdiction, LocalDate.of(2025, 6, 30));
 * }</pre>
 *
 * @since 0.2
 */
public final class PartyOrganizationAdvisor {
  /** The default horizon, in days, within which an ending term is advised. */
  public static final int DEFAULT_HORIZON_DAYS = 180;

  static final java.util.Set<PartyOrganizationKind> BRANCH_OR_MORE = java.util.EnumSet.of(
      PartyOrganizationKind.COMMITTEE, PartyOrganizationKind.GENERAL_BRANCH, PartyOrganizationKind.BRANCH,
      PartyOrganizationKind.JOINT_BRANCH);

  private final StandardsProfile profile;
  private final int horizonDays;

  private PartyOrganizationAdvisor(StandardsProfile profile, int horizonDays) {
    this.profile = profile;
    this.horizonDays = horizonDays;
  }

  /**
   * Returns an advisor for a profile, with the default horizon.
   *
   * @param profile the standards profile, not null
   * @return the advisor
   */
  public static PartyOrganizationAdvisor of(StandardsProfile profile) {
    return new PartyOrganizationAdvisor(requireNonNull(profile, "profile"), DEFAULT_HORIZON_DAYS);
  }

  /**
   * Returns a copy that advises terms ending within the given number of days.
   *
   * @param days the horizon, at least 0
   * @return the advisor
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public PartyOrganizationAdvisor withHorizonDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Horizon must be >= 0 days, found " + days);
    }
    return new PartyOrganizationAdvisor(profile, days);
  }

  /**
   * Returns the profile.
   *
   * @return the profile
   */
  public StandardsProfile getProfile() {
    return profile;
  }

  /**
   * Returns the horizon in days.
   *
   * @return the horizon
   */
  public int getHorizonDays() {
    return horizonDays;
  }

  /**
   * Advises on a jurisdiction as of a date.
   *
   * @param jurisdiction the county (or street), not null
   * @param asOf the date terms and deadlines are measured from, not null
   * @return the advice, sorted by street, community, kind and subject
   */
  public ImmutableList<Advice> advise(Jurisdiction jurisdiction, LocalDate asOf) {
    return new Pass(requireNonNull(jurisdiction, "jurisdiction"), requireNonNull(asOf, "asOf")).run();
  }

  /** One advising pass over one jurisdiction. */
  private final class Pass {
    private final Jurisdiction j;
    private final LocalDate asOf;
    private final List<Advice> out = new ArrayList<>();
    private final Map<String, int[]> membersWithin = new HashMap<>();

    Pass(Jurisdiction j, LocalDate asOf) {
      this.j = j;
      this.asOf = asOf;
      for (RegisteredPartyMember m : j.getPartyMembers()) {
        List<String> ids = new ArrayList<>();
        ids.add(m.getAreaId());
        j.getAncestors(m.getAreaId()).forEach(a -> ids.add(a.getId()));
        for (String id : ids) {
          int[] c = membersWithin.computeIfAbsent(id, k -> new int[2]);
          c[1]++;
          if (!m.isProbationary()) {
            c[0]++;
          }
        }
      }
    }

    ImmutableList<Advice> run() {
      List<PartyOrganization> orgs = j.getPartyOrganizations().stream()
          .sorted(Comparator.comparing(PartyOrganization::getId)).collect(Collectors.toList());
      for (PartyOrganization o : orgs) {
        membership(o);
        term(o);
      }
      for (Area c : sorted(j.getAreas(AreaLevel.COMMUNITY))) {
        coverage(c);
      }
      centralHouseholds();
      return out.stream()
          .sorted(Comparator.comparing((Advice a) -> a.getStreetId().orElse("\uffff"))
              .thenComparing(a -> a.getCommunityId().orElse("\uffff"))
              .thenComparing(Advice::getKind)
              .thenComparing(Advice::getSubject))
          .collect(ImmutableList.toImmutableList());
    }

    // ---- membership -------------------------------------------------------------------------

    private void membership(PartyOrganization o) {
      int total = o.getTotalMembers();
      int full = o.getFullMembers();
      Optional<Integer> minFull = profile.get(Parameters.BRANCH_MIN_FULL);
      Optional<Integer> branchMax = profile.get(Parameters.BRANCH_MAX);
      Optional<IntRange> general = profile.get(Parameters.GENERAL_BRANCH_MEMBERS);
      Optional<Integer> committeeFrom = profile.get(Parameters.COMMITTEE_FROM);
      boolean structural = false;
      switch (o.getKind()) {
        case BRANCH:
          if (committeeFrom.isPresent() && total >= committeeFrom.get()) {
            structural = grow(o, PartyOrganizationKind.COMMITTEE, Parameters.COMMITTEE_FROM, ">= " + committeeFrom.get());
          } else if (branchMax.isPresent() && total > branchMax.get()) {
            PartyOrganizationKind to = general.filter(g -> g.contains(total)).isPresent()
                ? PartyOrganizationKind.GENERAL_BRANCH : null;
            structural = to != null && communityLevel(o)
                ? grow(o, to, Parameters.GENERAL_BRANCH_MEMBERS, general.get().toString())
                : split(o, branchMax.get());
          } else if (minFull.isPresent() && full < minFull.get()) {
            add(base(o, AdviceKind.MERGE_INTO_JOINT_BRANCH, Parameters.BRANCH_MIN_FULL, ">= " + minFull.get())
                .proposedKind(PartyOrganizationKind.JOINT_BRANCH).approvalNeeded(true)
                .messageKey("advice.MERGE_INTO_JOINT_BRANCH.branch"));
            structural = true;
          }
          break;
        case JOINT_BRANCH:
          if (branchMax.isPresent() && total > branchMax.get()) {
            structural = split(o, branchMax.get());
          }
          break;
        case GENERAL_BRANCH:
          if (committeeFrom.isPresent() && total >= committeeFrom.get()) {
            structural = grow(o, PartyOrganizationKind.COMMITTEE, Parameters.COMMITTEE_FROM, ">= " + committeeFrom.get());
          } else if (general.isPresent() && total < general.get().getMin()) {
            structural = shrink(o, PartyOrganizationKind.BRANCH, Parameters.GENERAL_BRANCH_MEMBERS, general.get().toString());
          }
          break;
        case COMMITTEE:
          if (committeeFrom.isPresent() && total < committeeFrom.get()) {
            PartyOrganizationKind to = general.filter(g -> g.contains(total)).isPresent()
                ? PartyOrganizationKind.GENERAL_BRANCH : PartyOrganizationKind.BRANCH;
            structural = shrink(o, to, Parameters.COMMITTEE_FROM, ">= " + committeeFrom.get());
          }
          break;
        case GROUP:
          group(o);
          return;
        default:
          return;
      }
      if (!structural) {
        committee(o);
        groups(o);
      }
    }

    private boolean grow(PartyOrganization o, PartyOrganizationKind to, ParameterKey<?> key, String threshold) {
      add(base(o, AdviceKind.UPGRADE, key, threshold).proposedKind(to).approvalNeeded(true).messageKey("advice.UPGRADE"));
      return true;
    }

    private boolean shrink(PartyOrganization o, PartyOrganizationKind to, ParameterKey<?> key, String threshold) {
      add(base(o, AdviceKind.DOWNGRADE, key, threshold).proposedKind(to).approvalNeeded(true).messageKey("advice.DOWNGRADE"));
      return true;
    }

    private boolean split(PartyOrganization o, int max) {
      int parts = (o.getTotalMembers() + max - 1) / max;
      add(base(o, AdviceKind.SPLIT, Parameters.BRANCH_MAX, "<= " + max).proposedKind(o.getKind()).count(parts)
          .approvalNeeded(true).messageKey("advice.SPLIT"));
      return true;
    }

    private void committee(PartyOrganization o) {
      ParameterKey<IntRange> key;
      switch (o.getKind()) {
        case BRANCH:
        case JOINT_BRANCH:
          Optional<Integer> from = profile.get(Parameters.BRANCH_COMMITTEE_FROM);
          if (from.isEmpty() || o.getFullMembers() < from.get()) {
            return;
          }
          key = Parameters.BRANCH_COMMITTEE_SIZE;
          break;
        case GENERAL_BRANCH:
          key = Parameters.GENERAL_BRANCH_COMMITTEE_SIZE;
          break;
        case COMMITTEE:
          key = Parameters.COMMITTEE_SIZE;
          break;
        default:
          return;
      }
      Optional<IntRange> range = profile.get(key);
      if (range.isEmpty()) {
        return;
      }
      IntRange r = range.get();
      if (o.getCommitteeSize().isPresent() && r.contains(o.getCommitteeSize().getAsInt())) {
        return;
      }
      // Seats cannot exceed the full members who may hold them.
      int seats = o.getCommitteeSize().isPresent() && o.getCommitteeSize().getAsInt() > r.getMax() ? r.getMax() : r.getMin();
      seats = Math.max(1, Math.min(seats, Math.max(o.getFullMembers(), 1)));
      add(base(o, AdviceKind.ELECT_COMMITTEE, key, r.toString()).count(seats).approvalNeeded(false)
          .messageKey("advice.ELECT_COMMITTEE"));
    }

    private void groups(PartyOrganization o) {
      Optional<Integer> from = profile.get(Parameters.GROUPS_FROM);
      if (from.isEmpty() || o.getTotalMembers() < from.get()
          || !(o.getKind() == PartyOrganizationKind.BRANCH || o.getKind() == PartyOrganizationKind.JOINT_BRANCH)) {
        return;
      }
      boolean hasGroups = j.getChildOrganizations(o.getId()).stream().anyMatch(k -> k.getKind() == PartyOrganizationKind.GROUP);
      if (hasGroups) {
        return;
      }
      add(base(o, AdviceKind.FORM_GROUPS, Parameters.GROUPS_FROM, ">= " + from.get())
          .proposedKind(PartyOrganizationKind.GROUP).count(AdviceApplier.groupCount(j, o, profile))
          .approvalNeeded(false).messageKey("advice.FORM_GROUPS"));
    }

    private void group(PartyOrganization g) {
      Optional<Integer> minMembers = profile.get(Parameters.GROUP_MIN_MEMBERS);
      Optional<Integer> minFull = profile.get(Parameters.GROUP_MIN_FULL);
      boolean few = minMembers.isPresent() && g.getTotalMembers() < minMembers.get();
      boolean noFull = minFull.isPresent() && g.getFullMembers() < minFull.get();
      if (!few && !noFull) {
        return;
      }
      ParameterKey<Integer> key = few ? Parameters.GROUP_MIN_MEMBERS : Parameters.GROUP_MIN_FULL;
      String threshold = few ? ">= " + minMembers.get() + (minFull.isPresent() ? ", full >= " + minFull.get() : "")
          : "full >= " + minFull.get();
      Advice.Builder b = base(g, AdviceKind.FORM_GROUPS, key, threshold).approvalNeeded(false)
          .messageKey("advice.FORM_GROUPS.regroup");
      g.getParentId().ifPresent(b::addOrganizationIds);
      add(b);
    }

    // ---- terms --------------------------------------------------------------------------------

    private void term(PartyOrganization o) {
      if (!BRANCH_OR_MORE.contains(o.getKind()) || o.getElectedOn().isEmpty()) {
        return;
      }
      Optional<ParameterKey<Integer>> key = termKey(o);
      if (o.getTermYears().isEmpty() && (key.isEmpty() || profile.get(key.get()).isEmpty())) {
        return;
      }
      int years = o.getTermYears().isPresent() ? o.getTermYears().getAsInt() : profile.get(key.get()).get();
      LocalDate due = o.getElectedOn().get().plusYears(years);
      if (due.isAfter(asOf.plusDays(horizonDays))) {
        return;
      }
      ParameterKey<Integer> basis = key.orElse(Parameters.COMMUNITY_TERM_YEARS);
      add(base(o, AdviceKind.RE_ELECT, basis, years + (o.getTermYears().isPresent() ? " (data)" : ""))
          .dueOn(due).approvalNeeded(due.isBefore(asOf))
          .messageKey(due.isBefore(asOf) ? "advice.RE_ELECT.overdue" : "advice.RE_ELECT"));
    }

    private Optional<ParameterKey<Integer>> termKey(PartyOrganization o) {
      boolean inCommunity = o.getAreaId().flatMap(a -> j.getEnclosing(a, AreaLevel.COMMUNITY)).isPresent();
      if (inCommunity) {
        return Optional.of(Parameters.COMMUNITY_TERM_YEARS);
      }
      return Optional.of(o.getKind() == PartyOrganizationKind.COMMITTEE ? Parameters.COMMITTEE_TERM_YEARS : Parameters.BRANCH_TERM_YEARS);
    }

    // ---- coverage -----------------------------------------------------------------------------

    private void coverage(Area community) {
      Optional<Integer> minFull = profile.get(Parameters.BRANCH_MIN_FULL);
      Set<String> planned = new HashSet<>();
      List<Area> jointCandidates = new ArrayList<>();
      // Grids first: a branch planned on a grid inside a compound also covers the compound.
      List<Area> units = new ArrayList<>(sorted(j.getDescendants(community.getId(), AreaLevel.GRID)));
      units.addAll(sorted(j.getDescendants(community.getId(), AreaLevel.COMPOUND)));
      for (Area a : units) {
        Optional<CellRequirements.Need> need = CellRequirements.need(j, a, profile);
        if (need.isEmpty() || CellRequirements.isMet(j, a, need.get().getCell())) {
          continue;
        }
        if (need.get().getCell() == GridCell.BRANCH && coveredByPlan(a, planned)) {
          continue;
        }
        int[] m = membersWithin.getOrDefault(a.getId(), new int[2]);
        if (need.get().getCell() == GridCell.BRANCH) {
          if (minFull.isEmpty()) {
            continue;
          }
          if (m[0] >= minFull.get()) {
            add(formed(a, community, kindFor(m[1], m[0]), m, need.get()));
            planned.add(a.getId());
          } else if (m[1] > 0) {
            jointCandidates.add(a);
          }
        } else {
          int groupMin = profile.get(Parameters.GROUP_MIN_MEMBERS).orElse(1);
          int groupFull = profile.get(Parameters.GROUP_MIN_FULL).orElse(0);
          if (m[1] >= groupMin && m[0] >= groupFull) {
            add(formed(a, community, PartyOrganizationKind.GROUP, m, need.get()));
          }
        }
      }
      joint(community, jointCandidates, planned);
    }

    private boolean coveredByPlan(Area a, Set<String> planned) {
      return planned.contains(a.getId())
          || java.util.stream.Stream.of(AreaLevel.values()).flatMap(l -> j.getDescendants(a.getId(), l).stream())
              .anyMatch(d -> planned.contains(d.getId()));
    }

    private Advice.Builder formed(Area a, Area community, PartyOrganizationKind kind, int[] m, CellRequirements.Need need) {
      Advice.Builder b = Advice.builder().kind(AdviceKind.FORM).rule(ruleOf(AdviceKind.FORM, need.getParameter())).subject(a.getId()).subjectName(a.getName()).addAreaIds(a.getId())
          .proposedKind(kind).fullMembers(m[0]).totalMembers(m[1])
          .parameter(need.getParameter().getId()).threshold(need.getThreshold())
          .source(profile.getSource(need.getParameter()).orElse(profile.getSource()))
          .approvalNeeded(kind != PartyOrganizationKind.GROUP).messageKey("advice.FORM");
      profile.get(Parameters.COVERAGE_DEADLINE).ifPresent(b::dueOn);
      return place(b, community);
    }

    private void joint(Area community, List<Area> candidates, Set<String> planned) {
      int max = profile.get(Parameters.JOINT_BRANCH_MAX_UNITS).orElse(1);
      int minFull = profile.get(Parameters.BRANCH_MIN_FULL).orElse(0);
      List<Area> remaining = candidates.stream().filter(a -> !coveredByPlan(a, planned)).collect(Collectors.toList());
      for (int i = 0; i < remaining.size(); i += max) {
        List<Area> chunk = remaining.subList(i, Math.min(remaining.size(), i + max));
        int full = chunk.stream().mapToInt(a -> membersWithin.get(a.getId())[0]).sum();
        int total = chunk.stream().mapToInt(a -> membersWithin.get(a.getId())[1]).sum();
        if (chunk.size() < 2 || full < minFull) {
          continue;
        }
        String rule = chunk.get(0).getLevel() == AreaLevel.COMPOUND ? "party.compound-branch" : "party.grid-cell";
        Advice.Builder b = Advice.builder().kind(AdviceKind.MERGE_INTO_JOINT_BRANCH).rule(rule).subject(chunk.get(0).getId())
            .subjectName(chunk.stream().map(Area::getName).collect(Collectors.joining("、")))
            .addAllAreaIds(chunk.stream().map(Area::getId).collect(Collectors.toList()))
            .proposedKind(PartyOrganizationKind.JOINT_BRANCH).fullMembers(full).totalMembers(total)
            .parameter(Parameters.BRANCH_MIN_FULL.getId()).threshold(">= " + minFull + " (each unit below)")
            .source(source(Parameters.BRANCH_MIN_FULL)).approvalNeeded(true).messageKey("advice.MERGE_INTO_JOINT_BRANCH");
        profile.get(Parameters.COVERAGE_DEADLINE).ifPresent(b::dueOn);
        add(place(b, community));
      }
    }

    // ---- central households ---------------------------------------------------------------------

    private void centralHouseholds() {
      Optional<Integer> max = profile.get(Parameters.CENTRAL_HOUSEHOLD_MAX);
      if (max.isEmpty() || max.get() == 0) {
        return;
      }
      for (Area g : sorted(j.getAreas(AreaLevel.GRID))) {
        long households = j.getHouseholds(g.getId());
        long covered = AdviceApplier.centralHouseholdsWithin(j, g.getId()).stream()
            .mapToLong(o -> o.getCoveredHouseholds().orElse(max.get())).sum();
        if (households <= covered) {
          continue;
        }
        int need = (int) ((households - covered + max.get() - 1) / max.get());
        Advice.Builder b = Advice.builder().kind(AdviceKind.APPOINT_CENTRAL_HOUSEHOLDS).rule("party.central-household").subject(g.getId()).subjectName(g.getName())
            .addAreaIds(g.getId()).proposedKind(PartyOrganizationKind.CENTRAL_HOUSEHOLD).fullMembers(0).totalMembers(0)
            .count(need).parameter(Parameters.CENTRAL_HOUSEHOLD_MAX.getId()).threshold(String.valueOf(max.get()))
            .source(source(Parameters.CENTRAL_HOUSEHOLD_MAX)).approvalNeeded(false).messageKey("advice.APPOINT_CENTRAL_HOUSEHOLDS");
        j.getEnclosing(g.getId(), AreaLevel.COMMUNITY).ifPresentOrElse(c -> add(place(b, c)), () -> add(b));
      }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private PartyOrganizationKind kindFor(int total, int full) {
      if (profile.get(Parameters.COMMITTEE_FROM).filter(n -> total >= n).isPresent()) {
        return PartyOrganizationKind.COMMITTEE;
      }
      if (profile.get(Parameters.BRANCH_MAX).filter(n -> total > n).isPresent()
          && profile.get(Parameters.GENERAL_BRANCH_MEMBERS).filter(g -> g.contains(total)).isPresent()) {
        return PartyOrganizationKind.GENERAL_BRANCH;
      }
      return PartyOrganizationKind.BRANCH;
    }

    /** Built on a community (or on units, outside any area): grows by kind rather than by splitting. */
    private boolean communityLevel(PartyOrganization o) {
      return o.getAreaId().map(a -> j.getArea(a).map(x -> x.getLevel().compareTo(AreaLevel.COMMUNITY) <= 0).orElse(true))
          .orElse(true);
    }

    /** The compliance rule whose finding an item answers. */
    private String ruleOf(AdviceKind kind, ParameterKey<?> key) {
      switch (kind) {
        case FORM:
          return key == Parameters.COMPOUND_BRANCH ? "party.compound-branch" : "party.grid-cell";
        case ELECT_COMMITTEE:
          return "party.committee-size";
        case RE_ELECT:
          return "party.term-overdue";
        case APPOINT_CENTRAL_HOUSEHOLDS:
          return "party.central-household";
        case FORM_GROUPS:
          return key == Parameters.GROUPS_FROM ? "party.groups" : "party.group-size";
        default:
          return "party.kind-membership";
      }
    }

    private Source source(ParameterKey<?> key) {
      return profile.getSource(key).orElse(profile.getSource());
    }

    private Advice.Builder base(PartyOrganization o, AdviceKind kind, ParameterKey<?> key, String threshold) {
      Advice.Builder b = Advice.builder().kind(kind).rule(ruleOf(kind, key)).subject(o.getId()).subjectName(o.getName()).addOrganizationIds(o.getId())
          .currentKind(o.getKind()).fullMembers(o.getFullMembers()).totalMembers(o.getTotalMembers())
          .parameter(key.getId()).threshold(threshold).source(source(key));
      o.getAreaId().ifPresent(b::addAreaIds);
      b.addAllAreaIds(o.getJointAreaIds());
      Optional<Area> community = o.getAreaId().flatMap(a -> j.getEnclosing(a, AreaLevel.COMMUNITY));
      if (community.isPresent()) {
        return place(b, community.get());
      }
      o.getAreaId().flatMap(a -> j.getEnclosing(a, AreaLevel.STREET)).ifPresent(s -> b.streetId(s.getId()).streetName(s.getName()));
      return b;
    }

    private Advice.Builder place(Advice.Builder b, Area community) {
      b.communityId(community.getId()).communityName(community.getName());
      j.getEnclosing(community.getId(), AreaLevel.STREET).ifPresent(s -> b.streetId(s.getId()).streetName(s.getName()));
      return b;
    }

    private void add(Advice.Builder b) {
      out.add(b.build());
    }
  }

  private static List<Area> sorted(List<Area> areas) {
    return areas.stream().sorted(Comparator.comparing(Area::getId)).collect(Collectors.toList());
  }
}
