package org.jiceng.governance.rules.advice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.rules.profile.CellRequirements;
import org.jiceng.governance.rules.profile.GridCell;
import org.jiceng.governance.rules.profile.Parameters;

/** Advice from coverage: cells the profile asks of compounds and grids, joint branches, central households. Not API. */
final class CoverageAdvice {
  private final AdviceContext c;

  CoverageAdvice(AdviceContext c) {
    this.c = c;
  }

  void advise(Area community) {
    Optional<Integer> minFull = c.profile.get(Parameters.BRANCH_MIN_FULL);
    Set<String> planned = new HashSet<>();
    List<Area> jointCandidates = new ArrayList<>();
    // Grids first: a branch planned on a grid inside a compound also covers the compound.
    List<Area> units = new ArrayList<>(AdviceContext.sorted(c.j.getDescendants(community.getId(), AreaLevel.GRID)));
    units.addAll(AdviceContext.sorted(c.j.getDescendants(community.getId(), AreaLevel.COMPOUND)));
    for (Area a : units) {
      Optional<CellRequirements.Need> need = CellRequirements.need(c.j, a, c.profile);
      if (need.isEmpty() || CellRequirements.isMet(c.j, a, need.get().getCell())) {
        continue;
      }
      if (need.get().getCell() == GridCell.BRANCH && coveredByPlan(a, planned)) {
        continue;
      }
      int[] m = c.membersWithin.getOrDefault(a.getId(), new int[2]);
      if (need.get().getCell() == GridCell.BRANCH) {
        if (minFull.isEmpty()) {
          continue;
        }
        if (m[0] >= minFull.get()) {
          c.add(formed(a, community, c.kindFor(m[1], m[0]), m, need.get()));
          planned.add(a.getId());
        } else if (m[1] > 0) {
          jointCandidates.add(a);
        }
      } else {
        int groupMin = c.profile.get(Parameters.GROUP_MIN_MEMBERS).orElse(1);
        int groupFull = c.profile.get(Parameters.GROUP_MIN_FULL).orElse(0);
        if (m[1] >= groupMin && m[0] >= groupFull) {
          c.add(formed(a, community, PartyOrganizationKind.GROUP, m, need.get()));
        }
      }
    }
    joint(community, jointCandidates, planned);
  }

  private boolean coveredByPlan(Area a, Set<String> planned) {
    return planned.contains(a.getId())
        || java.util.stream.Stream.of(AreaLevel.values()).flatMap(l -> c.j.getDescendants(a.getId(), l).stream())
            .anyMatch(d -> planned.contains(d.getId()));
  }

  private Advice.Builder formed(Area a, Area community, PartyOrganizationKind kind, int[] m, CellRequirements.Need need) {
    Advice.Builder b = Advice.builder().kind(AdviceKind.FORM).rule(c.ruleOf(AdviceKind.FORM, need.getParameter())).subject(a.getId()).subjectName(a.getName()).addAreaIds(a.getId())
        .proposedKind(kind).fullMembers(m[0]).totalMembers(m[1])
        .parameter(need.getParameter().getId()).threshold(need.getThreshold())
        .source(c.profile.getSource(need.getParameter()).orElse(c.profile.getSource()))
        .approvalNeeded(kind != PartyOrganizationKind.GROUP).messageKey("advice.FORM");
    c.profile.get(Parameters.COVERAGE_DEADLINE).ifPresent(b::dueOn);
    return c.place(b, community);
  }

  private void joint(Area community, List<Area> candidates, Set<String> planned) {
    int max = c.profile.get(Parameters.JOINT_BRANCH_MAX_UNITS).orElse(1);
    int minFull = c.profile.get(Parameters.BRANCH_MIN_FULL).orElse(0);
    List<Area> remaining = candidates.stream().filter(a -> !coveredByPlan(a, planned)).collect(Collectors.toList());
    for (int i = 0; i < remaining.size(); i += max) {
      List<Area> chunk = remaining.subList(i, Math.min(remaining.size(), i + max));
      int full = chunk.stream().mapToInt(a -> c.membersWithin.get(a.getId())[0]).sum();
      int total = chunk.stream().mapToInt(a -> c.membersWithin.get(a.getId())[1]).sum();
      if (chunk.size() < 2 || full < minFull) {
        continue;
      }
      String rule = chunk.get(0).getLevel() == AreaLevel.COMPOUND ? "party.compound-branch" : "party.grid-cell";
      Advice.Builder b = Advice.builder().kind(AdviceKind.MERGE_INTO_JOINT_BRANCH).rule(rule).subject(chunk.get(0).getId())
          .subjectName(chunk.stream().map(Area::getName).collect(Collectors.joining("、")))
          .addAllAreaIds(chunk.stream().map(Area::getId).collect(Collectors.toList()))
          .proposedKind(PartyOrganizationKind.JOINT_BRANCH).fullMembers(full).totalMembers(total)
          .parameter(Parameters.BRANCH_MIN_FULL.getId()).threshold(">= " + minFull + " (each unit below)")
          .source(c.source(Parameters.BRANCH_MIN_FULL)).approvalNeeded(true).messageKey("advice.MERGE_INTO_JOINT_BRANCH");
      c.profile.get(Parameters.COVERAGE_DEADLINE).ifPresent(b::dueOn);
      c.add(c.place(b, community));
    }
  }

  void centralHouseholds() {
    Optional<Integer> max = c.profile.get(Parameters.CENTRAL_HOUSEHOLD_MAX);
    if (max.isEmpty() || max.get() == 0) {
      return;
    }
    for (Area g : AdviceContext.sorted(c.j.getAreas(AreaLevel.GRID))) {
      long households = c.j.getHouseholds(g.getId());
      long covered = AdviceApplier.centralHouseholdsWithin(c.j, g.getId()).stream()
          .mapToLong(o -> o.getCoveredHouseholds().orElse(max.get())).sum();
      if (households <= covered) {
        continue;
      }
      int need = (int) ((households - covered + max.get() - 1) / max.get());
      Advice.Builder b = Advice.builder().kind(AdviceKind.APPOINT_CENTRAL_HOUSEHOLDS).rule("party.central-household").subject(g.getId()).subjectName(g.getName())
          .addAreaIds(g.getId()).proposedKind(PartyOrganizationKind.CENTRAL_HOUSEHOLD).fullMembers(0).totalMembers(0)
          .count(need).parameter(Parameters.CENTRAL_HOUSEHOLD_MAX.getId()).threshold(String.valueOf(max.get()))
          .source(c.source(Parameters.CENTRAL_HOUSEHOLD_MAX)).approvalNeeded(false).messageKey("advice.APPOINT_CENTRAL_HOUSEHOLDS");
      c.j.getEnclosing(g.getId(), AreaLevel.COMMUNITY).ifPresentOrElse(community -> c.add(c.place(b, community)), () -> c.add(b));
    }
  }
}
