package org.jiceng.governance.rules.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.RegisteredPartyMember;
import org.jiceng.governance.rules.profile.ParameterKey;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;

/** What one advising pass shares: the jurisdiction, date, profile, members by area, the advice so far, and how an item is placed. Not API. */
final class AdviceContext {
  final Jurisdiction j;
  final LocalDate asOf;
  final StandardsProfile profile;
  final int horizonDays;
  final List<Advice> out = new ArrayList<>();
  /** Registered party members living in each area and the areas under it: full, all. */
  final Map<String, int[]> membersWithin = new HashMap<>();

  AdviceContext(Jurisdiction j, LocalDate asOf, StandardsProfile profile, int horizonDays) {
    this.profile = profile;
    this.horizonDays = horizonDays;
    this.j = j;
    this.asOf = asOf;
    for (RegisteredPartyMember m : j.getPartyMembers()) {
      List<String> ids = new ArrayList<>();
      ids.add(m.getAreaId());
      j.getAncestors(m.getAreaId()).forEach(a -> ids.add(a.getId()));
      for (String id : ids) {
        int[] counts = membersWithin.computeIfAbsent(id, k -> new int[2]);
        counts[1]++;
        if (!m.isProbationary()) {
          counts[0]++;
        }
      }
    }
  }

  PartyOrganizationKind kindFor(int total, int full) {
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
  boolean communityLevel(PartyOrganization o) {
    return o.getAreaId().map(a -> j.getArea(a).map(x -> x.getLevel().compareTo(AreaLevel.COMMUNITY) <= 0).orElse(true))
        .orElse(true);
  }

  /** The compliance rule whose finding an item answers. */
  String ruleOf(AdviceKind kind, ParameterKey<?> key) {
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

  Source source(ParameterKey<?> key) {
    return profile.getSource(key).orElse(profile.getSource());
  }

  Advice.Builder base(PartyOrganization o, AdviceKind kind, ParameterKey<?> key, String threshold) {
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

  Advice.Builder place(Advice.Builder b, Area community) {
    b.communityId(community.getId()).communityName(community.getName());
    j.getEnclosing(community.getId(), AreaLevel.STREET).ifPresent(s -> b.streetId(s.getId()).streetName(s.getName()));
    return b;
  }

  void add(Advice.Builder b) {
    out.add(b.build());
  }

  static List<Area> sorted(List<Area> areas) {
    return areas.stream().sorted(Comparator.comparing(Area::getId)).collect(Collectors.toList());
  }
}
