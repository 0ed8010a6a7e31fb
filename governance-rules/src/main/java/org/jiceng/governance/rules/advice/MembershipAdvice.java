package org.jiceng.governance.rules.advice;

import java.util.Optional;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.rules.profile.IntRange;
import org.jiceng.governance.rules.profile.ParameterKey;
import org.jiceng.governance.rules.profile.Parameters;

/** Advice from an organization's membership: kind, split, joint branch, committee, groups. Not API. */
final class MembershipAdvice {
  private final AdviceContext c;

  MembershipAdvice(AdviceContext c) {
    this.c = c;
  }

  void advise(PartyOrganization o) {
    int total = o.getTotalMembers();
    int full = o.getFullMembers();
    Optional<Integer> minFull = c.profile.get(Parameters.BRANCH_MIN_FULL);
    Optional<Integer> branchMax = c.profile.get(Parameters.BRANCH_MAX);
    Optional<IntRange> general = c.profile.get(Parameters.GENERAL_BRANCH_MEMBERS);
    Optional<Integer> committeeFrom = c.profile.get(Parameters.COMMITTEE_FROM);
    boolean structural = false;
    switch (o.getKind()) {
      case BRANCH:
        if (committeeFrom.isPresent() && total >= committeeFrom.get()) {
          structural = grow(o, PartyOrganizationKind.COMMITTEE, Parameters.COMMITTEE_FROM, ">= " + committeeFrom.get());
        } else if (branchMax.isPresent() && total > branchMax.get()) {
          PartyOrganizationKind to = general.filter(g -> g.contains(total)).isPresent()
              ? PartyOrganizationKind.GENERAL_BRANCH : null;
          structural = to != null && c.communityLevel(o)
              ? grow(o, to, Parameters.GENERAL_BRANCH_MEMBERS, general.get().toString())
              : split(o, branchMax.get());
        } else if (minFull.isPresent() && full < minFull.get()) {
          c.add(c.base(o, AdviceKind.MERGE_INTO_JOINT_BRANCH, Parameters.BRANCH_MIN_FULL, ">= " + minFull.get())
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
    c.add(c.base(o, AdviceKind.UPGRADE, key, threshold).proposedKind(to).approvalNeeded(true).messageKey("advice.UPGRADE"));
    return true;
  }

  private boolean shrink(PartyOrganization o, PartyOrganizationKind to, ParameterKey<?> key, String threshold) {
    c.add(c.base(o, AdviceKind.DOWNGRADE, key, threshold).proposedKind(to).approvalNeeded(true).messageKey("advice.DOWNGRADE"));
    return true;
  }

  private boolean split(PartyOrganization o, int max) {
    int parts = (o.getTotalMembers() + max - 1) / max;
    c.add(c.base(o, AdviceKind.SPLIT, Parameters.BRANCH_MAX, "<= " + max).proposedKind(o.getKind()).count(parts)
        .approvalNeeded(true).messageKey("advice.SPLIT"));
    return true;
  }

  private void committee(PartyOrganization o) {
    ParameterKey<IntRange> key;
    switch (o.getKind()) {
      case BRANCH:
      case JOINT_BRANCH:
        Optional<Integer> from = c.profile.get(Parameters.BRANCH_COMMITTEE_FROM);
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
    Optional<IntRange> range = c.profile.get(key);
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
    c.add(c.base(o, AdviceKind.ELECT_COMMITTEE, key, r.toString()).count(seats).approvalNeeded(false)
        .messageKey("advice.ELECT_COMMITTEE"));
  }

  private void groups(PartyOrganization o) {
    Optional<Integer> from = c.profile.get(Parameters.GROUPS_FROM);
    if (from.isEmpty() || o.getTotalMembers() < from.get()
        || !(o.getKind() == PartyOrganizationKind.BRANCH || o.getKind() == PartyOrganizationKind.JOINT_BRANCH)) {
      return;
    }
    boolean hasGroups = c.j.getChildOrganizations(o.getId()).stream().anyMatch(k -> k.getKind() == PartyOrganizationKind.GROUP);
    if (hasGroups) {
      return;
    }
    c.add(c.base(o, AdviceKind.FORM_GROUPS, Parameters.GROUPS_FROM, ">= " + from.get())
        .proposedKind(PartyOrganizationKind.GROUP).count(AdviceApplier.groupCount(c.j, o, c.profile))
        .approvalNeeded(false).messageKey("advice.FORM_GROUPS"));
  }

  private void group(PartyOrganization g) {
    Optional<Integer> minMembers = c.profile.get(Parameters.GROUP_MIN_MEMBERS);
    Optional<Integer> minFull = c.profile.get(Parameters.GROUP_MIN_FULL);
    boolean few = minMembers.isPresent() && g.getTotalMembers() < minMembers.get();
    boolean noFull = minFull.isPresent() && g.getFullMembers() < minFull.get();
    if (!few && !noFull) {
      return;
    }
    ParameterKey<Integer> key = few ? Parameters.GROUP_MIN_MEMBERS : Parameters.GROUP_MIN_FULL;
    String threshold = few ? ">= " + minMembers.get() + (minFull.isPresent() ? ", full >= " + minFull.get() : "")
        : "full >= " + minFull.get();
    Advice.Builder b = c.base(g, AdviceKind.FORM_GROUPS, key, threshold).approvalNeeded(false)
        .messageKey("advice.FORM_GROUPS.regroup");
    g.getParentId().ifPresent(b::addOrganizationIds);
    c.add(b);
  }
}
