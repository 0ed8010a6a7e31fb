package org.jiceng.governance.rules.visit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jiceng.governance.core.area.CareTag;

/** The care-visit obligations of a jurisdiction on a date, from {@link VisitPlanner#plan}. */
@Value.Immutable(copy = false)
public abstract class VisitPlan {
  VisitPlan() {}

  /** Disputes of one community. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class Disputes {
    Disputes() {}

    /**
     * Creates the figures.
     *
     * @param opened disputes opened in the period
     * @param settled of those, settled by the plan's date
     * @return the figures
     */
    public static Disputes of(long opened, long settled) {
      return ImmutableDisputes.of(opened, settled);
    }

    /**
     * Returns the disputes opened in the period.
     *
     * @return the count
     */
    @Value.Parameter
    public abstract long getOpened();

    /**
     * Returns the disputes of the period settled by the plan's date.
     *
     * @return the count
     */
    @Value.Parameter
    public abstract long getSettled();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Disputes", "opened", getOpened(), "settled", getSettled());
    }
  }

  /**
   * Returns a new builder; every attribute is required, collections may be left empty.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VisitPlan}. */
  public static final class Builder extends ImmutableVisitPlan.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the day standing tags (those in the dataset) begin to oblige visits.
   *
   * @return the day
   */
  public abstract LocalDate getSince();

  /**
   * Returns the day the plan is made at.
   *
   * @return the day
   */
  public abstract LocalDate getAsOf();

  /**
   * Returns every obligation, by due day, then household and tag.
   *
   * @return the obligations
   */
  public abstract List<Obligation> getObligations();

  /**
   * Returns coverage per grid, in the jurisdiction's order.
   *
   * @return the coverage
   */
  public abstract List<Coverage> getByGrid();

  /**
   * Returns coverage per community, in the jurisdiction's order.
   *
   * @return the coverage
   */
  public abstract List<Coverage> getByCommunity();

  /**
   * Returns coverage of the whole jurisdiction.
   *
   * @return the coverage
   */
  public abstract Coverage getTotal();

  /**
   * Returns, per community id, the disputes opened (a {@code DISPUTE_PARTY} tag raised by an event)
   * between {@code since} and {@code asOf} and how many of them were settled (the tag cleared) by
   * {@code asOf}.
   *
   * @return the disputes by community id
   */
  public abstract Map<String, Disputes> getDisputes();

  /**
   * Returns the ids that events name but the jurisdiction has no household for.
   *
   * @return the ids, sorted
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> getUnknownHouseholds();

  /**
   * Returns the obligations overdue on the plan's date, longest overdue first.
   *
   * @return the obligations
   */
  public List<Obligation> getOverdue() {
    return getObligations().stream().filter(o -> o.getStatus() == Obligation.Status.OVERDUE).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the obligations not yet due nor met: the visits to make next.
   *
   * @return the obligations, soonest due first
   */
  public List<Obligation> getOpen() {
    return getObligations().stream().filter(o -> o.getStatus() == Obligation.Status.OPEN).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns coverage of one community over some tags only, e.g. the key households.
   *
   * @param communityId the community's id, not null
   * @param tags the tags that count, not null
   * @return the coverage; its name fields are the id
   */
  public Coverage getCoverage(String communityId, Set<CareTag> tags) {
    List<Obligation> mine = getObligations().stream().filter(o -> o.getCommunity().equals(communityId) && tags.contains(o.getTag()))
        .collect(Collectors.toList());
    return VisitPlanner.coverage(communityId, communityId, communityId, mine);
  }

  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("VisitPlan", "since", getSince(), "asOf", getAsOf(),
        "obligations", getObligations(), "byGrid", getByGrid(), "byCommunity", getByCommunity(), "total", getTotal(),
        "disputes", getDisputes(), "unknownHouseholds", getUnknownHouseholds());
  }
}
