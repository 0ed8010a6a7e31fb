package org.jiceng.governance.rules.visit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.governance.core.area.CareTag;

/**
 * The care-visit obligations of a jurisdiction on a date, from {@link VisitPlanner#plan}.
 *
 * @param since the day standing tags (those in the dataset) begin to oblige visits
 * @param asOf the day the plan is made at
 * @param obligations every obligation, by due day, then household and tag
 * @param byGrid coverage per grid, in the jurisdiction's order
 * @param byCommunity coverage per community, in the jurisdiction's order
 * @param total coverage of the whole jurisdiction
 * @param disputes per community id, the disputes opened (a {@code DISPUTE_PARTY} tag raised by an event)
 *     between {@code since} and {@code asOf} and how many of them were settled (the tag cleared) by {@code asOf}
 * @param unknownHouseholds ids that events name but the jurisdiction has no household for
 */
public record VisitPlan(LocalDate since, LocalDate asOf, List<Obligation> obligations, List<Coverage> byGrid, List<Coverage> byCommunity,
    Coverage total, Map<String, Disputes> disputes, Set<String> unknownHouseholds) {

  /**
   * Disputes of one community.
   *
   * @param opened disputes opened in the period
   * @param settled of those, settled by the plan's date
   */
  public record Disputes(long opened, long settled) {}

  /** Copies the collections. */
  public VisitPlan {
    requireNonNull(since, "since");
    requireNonNull(asOf, "asOf");
    requireNonNull(total, "total");
    obligations = ImmutableList.copyOf(obligations);
    byGrid = ImmutableList.copyOf(byGrid);
    byCommunity = ImmutableList.copyOf(byCommunity);
    disputes = ImmutableMap.copyOf(disputes);
    unknownHouseholds = com.google.common.collect.ImmutableSortedSet.copyOf(unknownHouseholds);
  }

  /**
   * Returns the obligations overdue on the plan's date, longest overdue first.
   *
   * @return the obligations
   */
  public List<Obligation> overdue() {
    return obligations.stream().filter(o -> o.status() == Obligation.Status.OVERDUE).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the obligations not yet due nor met: the visits to make next.
   *
   * @return the obligations, soonest due first
   */
  public List<Obligation> open() {
    return obligations.stream().filter(o -> o.status() == Obligation.Status.OPEN).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns coverage of one community over some tags only, e.g. the key households.
   *
   * @param communityId the community's id, not null
   * @param tags the tags that count, not null
   * @return the coverage; its name fields are the id
   */
  public Coverage coverage(String communityId, Set<CareTag> tags) {
    List<Obligation> mine = obligations.stream().filter(o -> o.community().equals(communityId) && tags.contains(o.tag()))
        .collect(Collectors.toList());
    return VisitPlanner.coverage(communityId, communityId, communityId, mine);
  }
}
