package org.jiceng.governance.rules.demand;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * Figures over the demands submitted in a period, for any grouping. Rates are shares in 0..1 (0
 * when nothing counts toward them):
 *
 * <ul>
 *   <li>{@code claimRate}: admitted demands that a unit took (held by one now, or resolved by one);
 *   <li>{@code completionRate} (办结率): admitted demands resolved (or resolved and rated);
 *   <li>{@code onTimeRate}: resolved demands resolved by their department's deadline (those
 *       without a deadline count as on time);
 *   <li>{@code responseRate}: admitted demands first answered within the policy's response target;
 *   <li>{@code satisfactionRate}: rated demands rated satisfied or basically satisfied;
 *   <li>{@code score}: 100 × (weights · response, completion and satisfaction rates).
 * </ul>
 */
@Value.Immutable(copy = false)
public abstract class DemandMetrics {
  DemandMetrics() {}

  /**
   * Returns a new builder; every attribute is required.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DemandMetrics}. */
  public static final class Builder extends ImmutableDemandMetrics.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the demands submitted in the period.
   *
   * @return the count
   */
  public abstract long getDemands();

  /**
   * Returns of them, those admitted (not rejected, not still waiting).
   *
   * @return the count
   */
  public abstract long getAdmitted();

  /**
   * Returns the claim rate.
   *
   * @return the figure
   */
  public abstract double getClaimRate();

  /**
   * Returns the completion rate.
   *
   * @return the figure
   */
  public abstract double getCompletionRate();

  /**
   * Returns the on-time rate.
   *
   * @return the figure
   */
  public abstract double getOnTimeRate();

  /**
   * Returns the response rate.
   *
   * @return the figure
   */
  public abstract double getResponseRate();

  /**
   * Returns the satisfaction rate.
   *
   * @return the figure
   */
  public abstract double getSatisfactionRate();

  /**
   * Returns the median hours to first response.
   *
   * @return the figure
   */
  public abstract double getResponseP50Hours();

  /**
   * Returns the 90th percentile hours to first response.
   *
   * @return the figure
   */
  public abstract double getResponseP90Hours();

  /**
   * Returns the weighted score.
   *
   * @return the figure
   */
  public abstract double getScore();

  /**
   * Computes the figures over the demands submitted in [from, to) that pass a filter.
   *
   * @param board the board
   * @param policy the policy (response target, weights)
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @param filter which demands count
   * @return the figures
   */
  public static DemandMetrics of(DemandBoard board, DemandPolicy policy, Instant from, Instant to, Predicate<DemandState> filter) {
    java.util.Objects.requireNonNull(board, "board");
    java.util.Objects.requireNonNull(policy, "policy");
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(to, "to");
    java.util.Objects.requireNonNull(filter, "filter");
    long demands = 0;
    long admitted = 0;
    long claimed = 0;
    long completed = 0;
    long onTime = 0;
    long responded = 0;
    long rated = 0;
    long satisfied = 0;
    List<Double> responseHours = new ArrayList<>();
    for (DemandState s : board.all()) {
      Instant t = s.getDemand().getSubmittedAt();
      if (t.isBefore(from) || !t.isBefore(to) || !filter.test(s)) {
        continue;
      }
      demands++;
      if (s.getStatus() == DemandStatus.SUBMITTED || s.getStatus() == DemandStatus.REJECTED) {
        continue;
      }
      admitted++;
      if (s.getUnit().isPresent()) {
        claimed++;
      }
      if (s.getResolvedAt().isPresent()) {
        completed++;
        if (s.isOnTime()) {
          onTime++;
        }
      }
      if (s.getFirstResponseAt().isPresent()) {
        Duration d = Duration.between(t, s.getFirstResponseAt().get());
        responseHours.add(d.toMinutes() / 60.0);
        if (d.compareTo(policy.getResponseTarget()) <= 0) {
          responded++;
        }
      }
      if (s.getRating().isPresent()) {
        rated++;
        if (s.getRating().get() != Rating.UNSATISFIED) {
          satisfied++;
        }
      }
    }
    double completion = share(completed, admitted);
    double response = share(responded, admitted);
    double satisfaction = share(satisfied, rated);
    DemandPolicy.Weights w = policy.getWeights();
    double score = round(100 * (w.getResponse() * response + w.getResolution() * completion + w.getSatisfaction() * satisfaction));
    responseHours.sort(null);
    return builder().demands(demands).admitted(admitted).claimRate(share(claimed, admitted)).completionRate(completion)
        .onTimeRate(share(onTime, completed)).responseRate(response).satisfactionRate(satisfaction)
        .responseP50Hours(percentile(responseHours, 0.5)).responseP90Hours(percentile(responseHours, 0.9)).score(score).build();
  }

  /**
   * Computes the figures per group (category, level, community, unit, department…).
   *
   * @param board the board
   * @param policy the policy
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @param group the group of a demand
   * @return the figures by group, sorted by group
   */
  public static Map<String, DemandMetrics> by(DemandBoard board, DemandPolicy policy, Instant from, Instant to,
      Function<DemandState, String> group) {
    java.util.Objects.requireNonNull(board, "board");
    java.util.Objects.requireNonNull(policy, "policy");
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(to, "to");
    java.util.Objects.requireNonNull(group, "group");
    Map<String, DemandMetrics> out = new TreeMap<>();
    board.all().stream().map(group).distinct().forEach(g -> out.put(g, of(board, policy, from, to, s -> group.apply(s).equals(g))));
    return out;
  }

  /**
   * How one service-level target fares: the share of admitted demands resolved within the
   * duration, against the target share (Jian'ou: 50% within a day, 80% within two, 95% within three).
   */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class ServiceLevel {
    ServiceLevel() {}

    /**
     * Creates the figure.
     *
     * @param within the duration, not null
     * @param target the target share
     * @param achieved the share achieved
     * @return the figure
     */
    public static ServiceLevel of(Duration within, double target, double achieved) {
      return ImmutableServiceLevel.of(within, target, achieved);
    }

    /**
     * Returns the duration.
     *
     * @return the duration
     */
    @Value.Parameter
    public abstract Duration getWithin();

    /**
     * Returns the target share.
     *
     * @return the share
     */
    @Value.Parameter
    public abstract double getTarget();

    /**
     * Returns the share achieved.
     *
     * @return the share
     */
    @Value.Parameter
    public abstract double getAchieved();

    /**
     * Tells whether the target is met.
     *
     * @return true when achieved reaches the target
     */
    public boolean isMet() {
      return getAchieved() >= getTarget();
    }

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("ServiceLevel", "within", getWithin(), "target", getTarget(),
          "achieved", getAchieved());
    }
  }

  /**
   * Measures the policy's service-level targets over the demands submitted in a period.
   *
   * @param board the board
   * @param policy the policy
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return one entry per target, shortest duration first
   */
  public static List<ServiceLevel> serviceLevels(DemandBoard board, DemandPolicy policy, Instant from, Instant to) {
    java.util.Objects.requireNonNull(board, "board");
    java.util.Objects.requireNonNull(policy, "policy");
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(to, "to");
    List<ServiceLevel> out = new ArrayList<>();
    policy.getSlaTargets().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(t -> {
      long admitted = 0;
      long within = 0;
      for (DemandState s : board.all()) {
        Instant at = s.getDemand().getSubmittedAt();
        if (at.isBefore(from) || !at.isBefore(to) || s.getStatus() == DemandStatus.SUBMITTED || s.getStatus() == DemandStatus.REJECTED) {
          continue;
        }
        admitted++;
        if (s.getResolvedAt().isPresent() && Duration.between(at, s.getResolvedAt().get()).compareTo(t.getKey()) <= 0) {
          within++;
        }
      }
      out.add(ServiceLevel.of(t.getKey(), t.getValue(), share(within, admitted)));
    });
    return out;
  }

  /** A unit's year-end record (年终述职): claimed, done, done late, and ratings. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class UnitRecord {
    UnitRecord() {}

    /**
     * Creates the record.
     *
     * @param claimed demands it holds or held
     * @param done resolved
     * @param late resolved after a deadline
     * @param satisfied rated satisfied or basically
     * @param unsatisfied rated unsatisfied
     * @return the record
     */
    public static UnitRecord of(long claimed, long done, long late, long satisfied, long unsatisfied) {
      return ImmutableUnitRecord.of(claimed, done, late, satisfied, unsatisfied);
    }

    /**
     * Returns demands it holds or held.
     *
     * @return the count
     */
    @Value.Parameter
    public abstract long getClaimed();

    /**
     * Returns those resolved.
     *
     * @return the count
     */
    @Value.Parameter
    public abstract long getDone();

    /**
     * Returns those resolved after a deadline.
     *
     * @return the count
     */
    @Value.Parameter
    public abstract long getLate();

    /**
     * Returns those rated satisfied or basically.
     *
     * @return the count
     */
    @Value.Parameter
    public abstract long getSatisfied();

    /**
     * Returns those rated unsatisfied.
     *
     * @return the count
     */
    @Value.Parameter
    public abstract long getUnsatisfied();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("UnitRecord", "claimed", getClaimed(), "done", getDone(),
          "late", getLate(), "satisfied", getSatisfied(), "unsatisfied", getUnsatisfied());
    }
  }

  /**
   * Returns each unit's record over the demands submitted in a period.
   *
   * @param board the board
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return records by unit id, sorted
   */
  public static Map<String, UnitRecord> unitRecords(DemandBoard board, Instant from, Instant to) {
    java.util.Objects.requireNonNull(board, "board");
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(to, "to");
    Map<String, long[]> acc = new TreeMap<>();
    for (DemandState s : board.all()) {
      Instant t = s.getDemand().getSubmittedAt();
      if (s.getUnit().isEmpty() || t.isBefore(from) || !t.isBefore(to)) {
        continue;
      }
      long[] a = acc.computeIfAbsent(s.getUnit().get(), k -> new long[5]);
      a[0]++;
      if (s.getResolvedAt().isPresent()) {
        a[1]++;
        if (!s.isOnTime()) {
          a[2]++;
        }
      }
      s.getRating().ifPresent(r -> a[r == Rating.UNSATISFIED ? 4 : 3]++);
    }
    Map<String, UnitRecord> out = new TreeMap<>();
    acc.forEach((k, a) -> out.put(k, UnitRecord.of(a[0], a[1], a[2], a[3], a[4])));
    return out;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : round(part / (double) whole);
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  private static double percentile(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return round(sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))));
  }

  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("DemandMetrics", "demands", getDemands(), "admitted", getAdmitted(),
        "claimRate", getClaimRate(), "completionRate", getCompletionRate(), "onTimeRate", getOnTimeRate(),
        "responseRate", getResponseRate(), "satisfactionRate", getSatisfactionRate(), "responseP50Hours", getResponseP50Hours(),
        "responseP90Hours", getResponseP90Hours(), "score", getScore());
  }
}
