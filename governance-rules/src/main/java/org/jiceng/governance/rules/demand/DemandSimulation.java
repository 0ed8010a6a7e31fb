package org.jiceng.governance.rules.demand;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.jiceng.governance.rules.scenario.Draws;

/**
 * A seeded simulation of a street's demand list: demands arrive per community and category;
 * small ones are settled in the grid, large ones wait for the community joint meeting (on the
 * policy's calendar), where units claim what their resources fit; the rest go to the street's
 * 大工委, held in the first month of each quarter, which assigns departments with deadlines.
 * The same inputs and seed give the same events, byte for byte.
 */
public final class DemandSimulation {
  private DemandSimulation() {}

  /** The inputs. */
  @Value.Immutable(copy = false)
  public abstract static class Scenario {
    Scenario() {}

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Scenario}. */
    public static final class Builder extends ImmutableScenario.Builder {
      Builder() {} // by builder()
    }

    /**
     * Returns the policy.
     *
     * @return the policy
     */
    public abstract DemandPolicy getPolicy();

    /**
     * Returns the community ids.
     *
     * @return the communities
     */
    public abstract List<String> getCommunities();

    /**
     * Returns the units' resources.
     *
     * @return the resources
     */
    public abstract List<Resource> getResources();

    /**
     * Returns the mean demands per community per quarter, by category.
     *
     * @return the arrivalsPerQuarter
     */
    public abstract Map<String, Double> getArrivalsPerQuarter();

    /**
     * Returns the share of demands that are small (settled in the grid).
     *
     * @return the smallShare
     */
    public abstract double getSmallShare();

    /**
     * Returns the first day.
     *
     * @return the start
     */
    public abstract LocalDate getStart();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Scenario", "policy", getPolicy(), "communities", getCommunities(),
          "resources", getResources(), "arrivalsPerQuarter", getArrivalsPerQuarter(), "smallShare", getSmallShare(),
          "start", getStart());
    }
  }

  /** The outcome. */
  @Value.Immutable(copy = false)
  public abstract static class Outcome {
    Outcome() {}

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Outcome}. */
    public static final class Builder extends ImmutableOutcome.Builder {
      Builder() {} // by builder()
    }

    /**
     * Returns every event, in the order applied.
     *
     * @return the events
     */
    public abstract List<DemandEvent> getEvents();

    /**
     * Returns the final board.
     *
     * @return the board
     */
    public abstract DemandBoard getBoard();

    /**
     * Returns the figures over the whole period.
     *
     * @return the metrics
     */
    public abstract DemandMetrics getMetrics();

    /**
     * Returns the figures per category.
     *
     * @return the byCategory
     */
    public abstract Map<String, DemandMetrics> getByCategory();

    /**
     * Returns the figures per level the demands ended at.
     *
     * @return the byLevel
     */
    public abstract Map<String, DemandMetrics> getByLevel();

    /**
     * Returns the demands resolved at grid or community level.
     *
     * @return the settledAtCommunity
     */
    public abstract long getSettledAtCommunity();

    /**
     * Returns the demands that reached the street meeting.
     *
     * @return the escalatedToStreet
     */
    public abstract long getEscalatedToStreet();

    /**
     * Returns the policy's service-level targets and what was achieved.
     *
     * @return the serviceLevels
     */
    public abstract List<DemandMetrics.ServiceLevel> getServiceLevels();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Outcome", "events", getEvents(), "board", getBoard(),
          "metrics", getMetrics(), "byCategory", getByCategory(), "byLevel", getByLevel(),
          "settledAtCommunity", getSettledAtCommunity(), "escalatedToStreet", getEscalatedToStreet(),
          "serviceLevels", getServiceLevels());
    }
  }

  /**
   * Jiayuguan's shape (seed 001): 16 communities, 185 demands a year in 7 domains, units whose
   * resources place about 130 of them at community meetings.
   *
   * @return the scenario
   */
  public static Scenario jiayuguan() {
    DemandPolicy p = DemandPolicy.jiayuguan();
    List<String> communities = new ArrayList<>();
    for (int c = 1; c <= 16; c++) {
      communities.add(String.format("community-%02d", c));
    }
    List<Resource> resources = new ArrayList<>();
    Map<String, Double> arrivals = new TreeMap<>();
    for (int k = 0; k < p.getCategories().size(); k++) {
      String cat = p.getCategories().get(k);
      // 185 a year over 16 communities and 7 domains.
      arrivals.put(cat, 185.0 / 4 / 16 / 7);
      // About 130 of 185 placed: capacity of 6 a quarter for each domain (7 × 6 × 4 = 168), less what timing wastes.
      resources.add(Resource.of("unit-" + cat + "-a", cat, 3));
      resources.add(Resource.of("unit-" + cat + "-b", cat, 3));
    }
    return Scenario.builder().policy(p).addAllCommunities(communities).addAllResources(resources)
        .putAllArrivalsPerQuarter(arrivals).smallShare(0.0).start(LocalDate.of(2024, 1, 1)).build();
  }

  /**
   * Runs a scenario.
   *
   * @param s the scenario
   * @param seed the seed
   * @param quarters how many quarters, at least 1
   * @return the outcome
   */
  public static Outcome run(Scenario s, long seed, int quarters) {
    java.util.Objects.requireNonNull(s, "s");
    if (quarters < 1) {
      throw new IllegalArgumentException("Simulate at least 1 quarter, found " + quarters);
    }
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    SplittableRandom random = new SplittableRandom(seed);
    List<DemandEvent> pending = new ArrayList<>();
    int n = 0;
    LocalDate end = s.getStart().plusMonths(3L * quarters);
    for (int q = 0; q < quarters; q++) {
      LocalDate qStart = s.getStart().plusMonths(3L * q);
      long qSeconds = Duration.between(qStart.atStartOfDay(zone), qStart.plusMonths(3).atStartOfDay(zone)).getSeconds();
      for (String community : s.getCommunities()) {
        for (Map.Entry<String, Double> rate : s.getArrivalsPerQuarter().entrySet()) {
          int k = Draws.poisson(random, rate.getValue());
          for (int i = 0; i < k; i++) {
            Instant at = qStart.atStartOfDay(zone).toInstant().plusSeconds(random.nextLong(qSeconds));
            boolean small = random.nextDouble() < s.getSmallShare();
            String id = String.format("d%05d", ++n);
            Demand d = Demand.builder().id(id).community(community)
                .grid(community + "-grid-" + (1 + random.nextInt(10))).category(rate.getKey())
                .source(DemandSource.values()[random.nextInt(3)]).size(small ? DemandSize.SMALL : DemandSize.LARGE)
                .submittedAt(at).build();
            pending.add(DemandEvent.Submitted.of("e-submit-" + id, d));
          }
        }
      }
    }
    pending.sort(Comparator.comparing(DemandEvent::getAt).thenComparing(DemandEvent::getId));
    List<DemandEvent> events = new ArrayList<>();
    DemandBoard board = DemandBoard.empty();
    // Follow-up events (resolutions, ratings, reports) wait in time order with the arrivals.
    java.util.PriorityQueue<DemandEvent> queue = new java.util.PriorityQueue<>(
        Comparator.comparing(DemandEvent::getAt).thenComparing(DemandEvent::getId));
    queue.addAll(pending);
    List<Instant> meetings = new ArrayList<>();
    for (LocalDate m = s.getStart(); m.isBefore(end); m = m.plusMonths(1)) {
      meetings.add(m.withDayOfMonth(Math.min(25, m.lengthOfMonth())).atTime(9, 0).atZone(zone).toInstant());
    }
    int meetingIndex = 0;
    int monthIndex = 0;
    Instant stop = end.atStartOfDay(zone).toInstant();
    while (!queue.isEmpty() || meetingIndex < meetings.size()) {
      Instant nextMeeting = meetingIndex < meetings.size() ? meetings.get(meetingIndex) : Instant.MAX;
      if (!queue.isEmpty() && queue.peek().getAt().isBefore(nextMeeting)) {
        DemandEvent e = queue.poll();
        if (!e.getAt().isBefore(stop)) {
          continue;
        }
        board = board.apply(e);
        events.add(e);
        followUps(e, board, s, random, queue);
        continue;
      }
      // A meeting day: the street 大工委 in the first month of a quarter, after the community meetings.
      int month = monthIndex++;
      meetingIndex++;
      if (month % s.getPolicy().getCommunityMeetingMonths() == s.getPolicy().getCommunityMeetingMonths() - 1 || s.getPolicy().getCommunityMeetingMonths() == 1) {
        for (String c : s.getCommunities()) {
          for (DemandEvent e : JointMeeting.holdCommunity(board, s.getPolicy(), s.getResources(), c,
              nextMeeting, zone, "meeting-" + c + "-" + month)) {
            board = board.apply(e);
            events.add(e);
            followUps(e, board, s, random, queue);
          }
        }
      }
      if (month % 3 == 0) {
        for (DemandEvent e : JointMeeting.holdStreet(board, s.getPolicy(), s.getResources(),
            nextMeeting.plusSeconds(3600), zone, "street-" + month)) {
          board = board.apply(e);
          events.add(e);
          followUps(e, board, s, random, queue);
        }
      }
    }
    Instant from = s.getStart().atStartOfDay(zone).toInstant();
    DemandMetrics metrics = DemandMetrics.of(board, s.getPolicy(), from, stop, x -> true);
    Map<String, DemandMetrics> byCategory = DemandMetrics.by(board, s.getPolicy(), from, stop, x -> x.getDemand().getCategory());
    Map<String, DemandMetrics> byLevel = DemandMetrics.by(board, s.getPolicy(), from, stop, x -> x.getLevel().name());
    long settled = board.all().stream().filter(x -> x.getResolvedAt().isPresent() && x.getLevel().compareTo(DemandLevel.COMMUNITY) <= 0).count();
    long street = board.all().stream().filter(x -> x.getLevel().compareTo(DemandLevel.STREET) >= 0).count();
    return Outcome.builder().addAllEvents(List.copyOf(events)).board(board).metrics(metrics)
        .putAllByCategory(byCategory).putAllByLevel(byLevel).settledAtCommunity(settled).escalatedToStreet(street)
        .addAllServiceLevels(DemandMetrics.serviceLevels(board, s.getPolicy(), from, stop)).build();
  }

  /** What an event sets going: admission, grid settlement, service after a claim, a department's report and work, a rating. */
  private static void followUps(DemandEvent e, DemandBoard board, Scenario s, SplittableRandom random, java.util.PriorityQueue<DemandEvent> queue) {
    String id = e.getDemandId();
    if (e instanceof DemandEvent.Submitted sub) {
      Demand d = sub.getDemand();
      if (!s.getPolicy().getCategories().contains(d.getCategory())) {
        queue.add(DemandEvent.Rejected.of("e-reject-" + id, id, d.getSubmittedAt().plusSeconds(600), "category outside the taxonomy"));
        return;
      }
      // "小事不出网格、大事不出社区": a demand opens at the level its size is settled at.
      DemandLevel level = s.getPolicy().getSettleBy().getOrDefault(d.getSize(), DemandLevel.COMMUNITY);
      queue.add(DemandEvent.Admitted.of("e-admit-" + id, id, d.getSubmittedAt().plusSeconds(600), level));
    } else if (e instanceof DemandEvent.Admitted a && a.getLevel() == DemandLevel.GRID) {
      queue.add(DemandEvent.Resolved.of("e-resolve-" + id, id, a.getAt().plusSeconds(3600L * (2 + random.nextInt(46)))));
    } else if (e instanceof DemandEvent.Claimed c) {
      queue.add(DemandEvent.Resolved.of("e-resolve-" + id, id, c.getAt().plus(Duration.ofDays(3 + random.nextInt(25)))));
    } else if (e instanceof DemandEvent.Assigned a) {
      queue.add(DemandEvent.DepartmentReported.of("e-report-" + id, id, a.getAt().plus(Duration.ofDays(1)), a.getDepartment()));
      long days = s.getPolicy().getDepartmentDeadline().toDays();
      queue.add(DemandEvent.Resolved.of("e-resolve-" + id, id, a.getAt().plus(Duration.ofDays(2 + random.nextLong(Math.max(1, days + days / 3))))));
    } else if (e instanceof DemandEvent.Resolved r) {
      double x = random.nextDouble();
      Rating rating = x < 0.8 ? Rating.SATISFIED : x < 0.95 ? Rating.BASICALLY_SATISFIED : Rating.UNSATISFIED;
      queue.add(DemandEvent.Rated.of("e-rate-" + id, id, r.getAt().plus(Duration.ofDays(1)), rating));
    }
  }
}
