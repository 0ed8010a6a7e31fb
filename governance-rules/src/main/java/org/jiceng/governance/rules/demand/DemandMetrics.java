package org.jiceng.governance.rules.demand;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

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
 *
 * @param demands demands submitted in the period
 * @param admitted of them, admitted (not rejected, not still waiting)
 * @param claimRate the claim rate
 * @param completionRate the completion rate
 * @param onTimeRate the on-time rate
 * @param responseRate the response rate
 * @param satisfactionRate the satisfaction rate
 * @param responseP50Hours the median hours to first response
 * @param responseP90Hours the 90th percentile hours to first response
 * @param score the weighted score
 */
public record DemandMetrics(long demands, long admitted, double claimRate, double completionRate, double onTimeRate, double responseRate,
    double satisfactionRate, double responseP50Hours, double responseP90Hours, double score) {

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
      Instant t = s.demand().submittedAt();
      if (t.isBefore(from) || !t.isBefore(to) || !filter.test(s)) {
        continue;
      }
      demands++;
      if (s.status() == DemandStatus.SUBMITTED || s.status() == DemandStatus.REJECTED) {
        continue;
      }
      admitted++;
      if (s.unit().isPresent()) {
        claimed++;
      }
      if (s.resolvedAt().isPresent()) {
        completed++;
        if (s.isOnTime()) {
          onTime++;
        }
      }
      if (s.firstResponseAt().isPresent()) {
        Duration d = Duration.between(t, s.firstResponseAt().get());
        responseHours.add(d.toMinutes() / 60.0);
        if (d.compareTo(policy.responseTarget()) <= 0) {
          responded++;
        }
      }
      if (s.rating().isPresent()) {
        rated++;
        if (s.rating().get() != Rating.UNSATISFIED) {
          satisfied++;
        }
      }
    }
    double completion = share(completed, admitted);
    double response = share(responded, admitted);
    double satisfaction = share(satisfied, rated);
    DemandPolicy.Weights w = policy.weights();
    double score = round(100 * (w.response() * response + w.resolution() * completion + w.satisfaction() * satisfaction));
    responseHours.sort(null);
    return new DemandMetrics(demands, admitted, share(claimed, admitted), completion, share(onTime, completed), response, satisfaction,
        percentile(responseHours, 0.5), percentile(responseHours, 0.9), score);
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
   *
   * @param within the duration
   * @param target the target share
   * @param achieved the share achieved
   */
  public record ServiceLevel(Duration within, double target, double achieved) {
    /**
     * Tells whether the target is met.
     *
     * @return true when achieved reaches the target
     */
    public boolean isMet() {
      return achieved >= target;
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
    policy.slaTargets().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(t -> {
      long admitted = 0;
      long within = 0;
      for (DemandState s : board.all()) {
        Instant at = s.demand().submittedAt();
        if (at.isBefore(from) || !at.isBefore(to) || s.status() == DemandStatus.SUBMITTED || s.status() == DemandStatus.REJECTED) {
          continue;
        }
        admitted++;
        if (s.resolvedAt().isPresent() && Duration.between(at, s.resolvedAt().get()).compareTo(t.getKey()) <= 0) {
          within++;
        }
      }
      out.add(new ServiceLevel(t.getKey(), t.getValue(), share(within, admitted)));
    });
    return out;
  }

  /** A unit's year-end record (年终述职): claimed, done, done late, and ratings. @param claimed demands it holds or held @param done resolved @param late resolved after a deadline @param satisfied rated satisfied or basically @param unsatisfied rated unsatisfied */
  public record UnitRecord(long claimed, long done, long late, long satisfied, long unsatisfied) {}

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
      Instant t = s.demand().submittedAt();
      if (s.unit().isEmpty() || t.isBefore(from) || !t.isBefore(to)) {
        continue;
      }
      long[] a = acc.computeIfAbsent(s.unit().get(), k -> new long[5]);
      a[0]++;
      if (s.resolvedAt().isPresent()) {
        a[1]++;
        if (!s.isOnTime()) {
          a[2]++;
        }
      }
      s.rating().ifPresent(r -> a[r == Rating.UNSATISFIED ? 4 : 3]++);
    }
    Map<String, UnitRecord> out = new TreeMap<>();
    acc.forEach((k, a) -> out.put(k, new UnitRecord(a[0], a[1], a[2], a[3], a[4])));
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
}
