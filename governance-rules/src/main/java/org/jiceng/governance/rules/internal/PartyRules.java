package org.jiceng.governance.rules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.rules.compliance.CommunityScope;
import org.jiceng.governance.rules.compliance.LocalRule;
import org.jiceng.governance.rules.compliance.RuleContext;
import org.jiceng.governance.rules.compliance.Severity;
import org.jiceng.governance.rules.profile.CellRequirements;
import org.jiceng.governance.rules.profile.IntRange;
import org.jiceng.governance.rules.profile.ParameterKey;
import org.jiceng.governance.rules.profile.Parameters;

/** The built-in {@code party.*} rules: cells, kinds by membership, committees, groups, terms, central households. Not API. */
final class PartyRules {
  private PartyRules() {}

  /** party.grid-cell: each grid the profile's chain names has its cell ({@link CellRequirements}). */
  static final class GridPartyCell extends BaseRule implements LocalRule {
    GridPartyCell() {
      super("party.grid-cell", Severity.ERROR, List.of(Parameters.GRID_CELL));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      Jurisdiction j = s.getJurisdiction();
      for (Area g : s.getAreas(AreaLevel.GRID)) {
        CellRequirements.need(j, g, out.getProfile()).filter(n -> !CellRequirements.isMet(j, g, n.getCell())).ifPresent(n -> {
          List<PartyOrganizationKind> kinds = j.getPartyOrganizationsOn(g.getId()).stream()
              .map(PartyOrganization::getKind).sorted().distinct().collect(Collectors.toList());
          out.report(Parameters.GRID_CELL, g.getId(), kinds.isEmpty() ? "none" : kinds, n.getCell(), message(), g.getName(), n.getCell());
        });
      }
    }
  }

  /** party.compound-branch. */
  static final class CompoundBranch extends BaseRule implements LocalRule {
    CompoundBranch() {
      super("party.compound-branch", Severity.WARNING, List.of(Parameters.COMPOUND_BRANCH));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      Jurisdiction j = s.getJurisdiction();
      for (Area c : s.getAreas(AreaLevel.COMPOUND)) {
        // A branch built on the compound, on a grid or building inside it, or a joint branch spanning it, covers it.
        CellRequirements.need(j, c, out.getProfile()).filter(n -> !CellRequirements.isMet(j, c, n.getCell()))
            .ifPresent(n -> out.report(Parameters.COMPOUND_BRANCH, c.getId(), "none", n.getCell(), message(), c.getName()));
      }
    }
  }

  /** party.kind-membership: the kind of each organization suits its membership. */
  static final class KindMembership extends BaseRule implements LocalRule {
    KindMembership() {
      super("party.kind-membership", Severity.WARNING,
          List.of(Parameters.BRANCH_MIN_FULL, Parameters.BRANCH_MAX, Parameters.GENERAL_BRANCH_MEMBERS, Parameters.COMMITTEE_FROM),
          "branch-too-few", "branch-too-many", "general-branch-range", "committee-too-few");
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      int minFull = out.get(Parameters.BRANCH_MIN_FULL);
      int max = out.get(Parameters.BRANCH_MAX);
      IntRange general = out.get(Parameters.GENERAL_BRANCH_MEMBERS);
      int committee = out.get(Parameters.COMMITTEE_FROM);
      s.getPartyOrganizations().stream().forEach(o -> {
        int total = o.getTotalMembers();
        switch (o.getKind()) {
          case BRANCH:
            if (o.getFullMembers() < minFull) {
              out.report(Parameters.BRANCH_MIN_FULL, o.getId(), o.getFullMembers(), ">= " + minFull, message("branch-too-few"), o.getName(), o.getFullMembers(), minFull);
            } else if (total > max) {
              out.report(Parameters.BRANCH_MAX, o.getId(), total, "<= " + max, message("branch-too-many"), o.getName(), total, max);
            }
            break;
          case GENERAL_BRANCH:
            if (!general.contains(total)) {
              out.report(Parameters.GENERAL_BRANCH_MEMBERS, o.getId(), total, general, message("general-branch-range"), o.getName(), total, general);
            }
            break;
          case COMMITTEE:
            if (total < committee) {
              out.report(Parameters.COMMITTEE_FROM, o.getId(), total, ">= " + committee, message("committee-too-few"), o.getName(), total, committee);
            }
            break;
          default:
            break;
        }
      });
    }
  }

  /** party.committee-size. */
  static final class CommitteeSize extends BaseRule implements LocalRule {
    CommitteeSize() {
      super("party.committee-size", Severity.WARNING,
          List.of(Parameters.BRANCH_COMMITTEE_FROM, Parameters.BRANCH_COMMITTEE_SIZE, Parameters.GENERAL_BRANCH_COMMITTEE_SIZE, Parameters.COMMITTEE_SIZE),
          "missing", "size", "not-allowed");
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      int from = out.get(Parameters.BRANCH_COMMITTEE_FROM);
      s.getPartyOrganizations().stream().forEach(o -> {
        ParameterKey<IntRange> key;
        switch (o.getKind()) {
          case BRANCH:
          case JOINT_BRANCH:
            if (o.getFullMembers() < from) {
              // Below 7 full members a branch has a secretary (and maybe a deputy), no committee.
              if (o.getCommitteeSize().isPresent()) {
                out.report(Parameters.BRANCH_COMMITTEE_FROM, o.getId(), o.getCommitteeSize().getAsInt(), "none (full members < " + from + ")",
                    message("not-allowed"), o.getName(), o.getFullMembers(), from, o.getCommitteeSize().getAsInt());
              }
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
        IntRange range = out.get(key);
        if (o.getCommitteeSize().isEmpty()) {
          out.report(key, o.getId(), "none", range, message("missing"), o.getName(), range);
        } else if (!range.contains(o.getCommitteeSize().getAsInt())) {
          out.report(key, o.getId(), o.getCommitteeSize().getAsInt(), range, message("size"), o.getName(), o.getCommitteeSize().getAsInt(), range);
        }
      });
    }
  }

  /** party.term-overdue: re-election due before the dataset's date. */
  static final class TermOverdue extends BaseRule implements LocalRule {
    TermOverdue() {
      super("party.term-overdue", Severity.WARNING, List.of(Parameters.COMMUNITY_TERM_YEARS));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      Optional<LocalDate> asOf = s.getJurisdiction().getAsOf();
      if (asOf.isEmpty()) {
        return;
      }
      int years = out.get(Parameters.COMMUNITY_TERM_YEARS);
      s.getPartyOrganizations().stream().filter(o -> o.getKind() != PartyOrganizationKind.GROUP && o.getKind() != PartyOrganizationKind.CENTRAL_HOUSEHOLD)
          .forEach(o -> o.getElectedOn().ifPresent(elected -> {
            LocalDate due = elected.plusYears(o.getTermYears().orElse(years));
            if (due.isBefore(asOf.get())) {
              out.report(Parameters.COMMUNITY_TERM_YEARS, o.getId(), elected, "re-election by " + due, message(), o.getName(), elected, due, asOf.get());
            }
          }));
    }
  }

  /** party.central-household: a central household looks after no more households than the profile allows. */
  static final class CentralHousehold extends BaseRule implements LocalRule {
    CentralHousehold() {
      super("party.central-household", Severity.INFO, List.of(Parameters.CENTRAL_HOUSEHOLD_MAX));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      int max = out.get(Parameters.CENTRAL_HOUSEHOLD_MAX);
      s.getPartyOrganizations().stream().filter(o -> o.getKind() == PartyOrganizationKind.CENTRAL_HOUSEHOLD)
          .forEach(o -> o.getCoveredHouseholds().ifPresent(n -> {
            if (n > max) {
              out.report(Parameters.CENTRAL_HOUSEHOLD_MAX, o.getId(), n, "<= " + max, message(), o.getName(), n, max);
            }
          }));
    }
  }

  /** party.group-size: a party group has at least 3 members, at least 1 of them full. */
  static final class GroupSize extends BaseRule implements LocalRule {
    GroupSize() {
      super("party.group-size", Severity.WARNING, List.of(Parameters.GROUP_MIN_MEMBERS, Parameters.GROUP_MIN_FULL), "few", "no-full");
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      int min = out.get(Parameters.GROUP_MIN_MEMBERS);
      int minFull = out.get(Parameters.GROUP_MIN_FULL);
      s.getPartyOrganizations().stream().filter(o -> o.getKind() == PartyOrganizationKind.GROUP).distinct().forEach(g -> {
        if (g.getTotalMembers() < min) {
          out.report(Parameters.GROUP_MIN_MEMBERS, g.getId(), g.getTotalMembers(), ">= " + min, message("few"), g.getName(), g.getTotalMembers(), min);
        } else if (g.getFullMembers() < minFull) {
          out.report(Parameters.GROUP_MIN_FULL, g.getId(), g.getFullMembers(), ">= " + minFull, message("no-full"), g.getName(), g.getFullMembers(), minFull);
        }
      });
    }
  }

  /** party.groups: a branch from the profile's size (20) is divided into groups, where the profile asks it. */
  static final class BranchGroups extends BaseRule implements LocalRule {
    BranchGroups() {
      super("party.groups", Severity.WARNING, List.of(Parameters.GROUPS_FROM));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      int from = out.get(Parameters.GROUPS_FROM);
      Jurisdiction j = s.getJurisdiction();
      s.getPartyOrganizations().stream().filter(o -> o.getKind() == PartyOrganizationKind.BRANCH || o.getKind() == PartyOrganizationKind.JOINT_BRANCH)
          .distinct().filter(o -> o.getTotalMembers() >= from)
          .filter(o -> j.getChildOrganizations(o.getId()).stream().noneMatch(k -> k.getKind() == PartyOrganizationKind.GROUP))
          .forEach(o -> out.report(Parameters.GROUPS_FROM, o.getId(), 0, ">= 1", message(), o.getName(), o.getTotalMembers(), from));
    }
  }
}
