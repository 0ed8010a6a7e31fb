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

  /**
   * The inputs.
   *
   * @param policy the policy
   * @param communities community ids
   * @param resources the units' resources
   * @param arrivalsPerQuarter mean demands per community per quarter, by category
   * @param smallShare the share of demands that are small (settled in the grid)
   * @param start the first day
   */
  public record Scenario(DemandPolicy policy, List<String> communities, List<Resource> resources, Map<String, Double> arrivalsPerQuarter,
      double smallShare, LocalDate start) {}

  /**
   * The outcome.
   *
   * @param events every event, in the order applied
   * @param board the final board
   * @param metrics the figures over the whole period
   * @param byCategory the figures per category
   * @param byLevel the figures per level the demands ended at
   * @param settledAtCommunity demands resolved at grid or community level
   * @param escalatedToStreet demands that reached the street meeting
   * @param serviceLevels the policy's service-level targets and what was achieved
   */
  public record Outcome(List<DemandEvent> events, DemandBoard board, DemandMetrics metrics, Map<String, DemandMetrics> byCategory,
      Map<String, DemandMetrics> byLevel, long settledAtCommunity, long escalatedToStreet, List<DemandMetrics.ServiceLevel> serviceLevels) {}

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
    for (int k = 0; k < p.categories().size(); k++) {
      String cat = p.categories().get(k);
      // 185 a year over 16 communities and 7 domains.
      arrivals.put(cat, 185.0 / 4 / 16 / 7);
      // About 130 of 185 placed: capacity of 6 a quarter for each domain (7 × 6 × 4 = 168), less what timing wastes.
      resources.add(new Resource("unit-" + cat + "-a", cat, 3));
      resources.add(new Resource("unit-" + cat + "-b", cat, 3));
    }
    return new Scenario(p, communities, resources, arrivals, 0.0, LocalDate.of(2024, 1, 1));
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
    LocalDate end = s.start().plusMonths(3L * quarters);
    for (int q = 0; q < quarters; q++) {
      LocalDate qStart = s.start().plusMonths(3L * q);
      long qSeconds = Duration.between(qStart.atStartOfDay(zone), qStart.plusMonths(3).atStartOfDay(zone)).getSeconds();
      for (String community : s.communities()) {
        for (Map.Entry<String, Double> rate : s.arrivalsPerQuarter().entrySet()) {
          int k = Draws.poisson(random, rate.getValue());
          for (int i = 0; i < k; i++) {
            Instant at = qStart.atStartOfDay(zone).toInstant().plusSeconds(random.nextLong(qSeconds));
            boolean small = random.nextDouble() < s.smallShare();
            String id = String.format("d%05d", ++n);
            Demand d = new Demand(id, community, community + "-grid-" + (1 + random.nextInt(10)), rate.getKey(),
                DemandSource.values()[random.nextInt(3)], small ? DemandSize.SMALL : DemandSize.LARGE, at);
            pending.add(new DemandEvent.Submitted("e-submit-" + id, d));
          }
        }
      }
    }
    pending.sort(Comparator.comparing(DemandEvent::at).thenComparing(DemandEvent::eventId));
    List<DemandEvent> events = new ArrayList<>();
    DemandBoard board = DemandBoard.empty();
    // Follow-up events (resolutions, ratings, reports) wait in time order with the arrivals.
    java.util.PriorityQueue<DemandEvent> queue = new java.util.PriorityQueue<>(
        Comparator.comparing(DemandEvent::at).thenComparing(DemandEvent::eventId));
    queue.addAll(pending);
    List<Instant> meetings = new ArrayList<>();
    for (LocalDate m = s.start(); m.isBefore(end); m = m.plusMonths(1)) {
      meetings.add(m.withDayOfMonth(Math.min(25, m.lengthOfMonth())).atTime(9, 0).atZone(zone).toInstant());
    }
    int meetingIndex = 0;
    int monthIndex = 0;
    Instant stop = end.atStartOfDay(zone).toInstant();
    while (!queue.isEmpty() || meetingIndex < meetings.size()) {
      Instant nextMeeting = meetingIndex < meetings.size() ? meetings.get(meetingIndex) : Instant.MAX;
      if (!queue.isEmpty() && queue.peek().at().isBefore(nextMeeting)) {
        DemandEvent e = queue.poll();
        if (!e.at().isBefore(stop)) {
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
      if (month % s.policy().communityMeetingMonths() == s.policy().communityMeetingMonths() - 1 || s.policy().communityMeetingMonths() == 1) {
        for (String c : s.communities()) {
          for (DemandEvent e : JointMeeting.holdCommunity(board, s.policy(), s.resources(), c,
              nextMeeting, zone, "meeting-" + c + "-" + month)) {
            board = board.apply(e);
            events.add(e);
            followUps(e, board, s, random, queue);
          }
        }
      }
      if (month % 3 == 0) {
        for (DemandEvent e : JointMeeting.holdStreet(board, s.policy(), s.resources(),
            nextMeeting.plusSeconds(3600), zone, "street-" + month)) {
          board = board.apply(e);
          events.add(e);
          followUps(e, board, s, random, queue);
        }
      }
    }
    Instant from = s.start().atStartOfDay(zone).toInstant();
    DemandMetrics metrics = DemandMetrics.of(board, s.policy(), from, stop, x -> true);
    Map<String, DemandMetrics> byCategory = DemandMetrics.by(board, s.policy(), from, stop, x -> x.demand().category());
    Map<String, DemandMetrics> byLevel = DemandMetrics.by(board, s.policy(), from, stop, x -> x.level().name());
    long settled = board.all().stream().filter(x -> x.resolvedAt().isPresent() && x.level().compareTo(DemandLevel.COMMUNITY) <= 0).count();
    long street = board.all().stream().filter(x -> x.level().compareTo(DemandLevel.STREET) >= 0).count();
    return new Outcome(List.copyOf(events), board, metrics, byCategory, byLevel, settled, street,
        DemandMetrics.serviceLevels(board, s.policy(), from, stop));
  }

  /** What an event sets going: admission, grid settlement, service after a claim, a department's report and work, a rating. */
  private static void followUps(DemandEvent e, DemandBoard board, Scenario s, SplittableRandom random, java.util.PriorityQueue<DemandEvent> queue) {
    String id = e.demandId();
    if (e instanceof DemandEvent.Submitted sub) {
      Demand d = sub.demand();
      if (!s.policy().categories().contains(d.category())) {
        queue.add(new DemandEvent.Rejected("e-reject-" + id, id, d.submittedAt().plusSeconds(600), "category outside the taxonomy"));
        return;
      }
      // "小事不出网格、大事不出社区": a demand opens at the level its size is settled at.
      DemandLevel level = s.policy().settleBy().getOrDefault(d.size(), DemandLevel.COMMUNITY);
      queue.add(new DemandEvent.Admitted("e-admit-" + id, id, d.submittedAt().plusSeconds(600), level));
    } else if (e instanceof DemandEvent.Admitted a && a.level() == DemandLevel.GRID) {
      queue.add(new DemandEvent.Resolved("e-resolve-" + id, id, a.at().plusSeconds(3600L * (2 + random.nextInt(46)))));
    } else if (e instanceof DemandEvent.Claimed c) {
      queue.add(new DemandEvent.Resolved("e-resolve-" + id, id, c.at().plus(Duration.ofDays(3 + random.nextInt(25)))));
    } else if (e instanceof DemandEvent.Assigned a) {
      queue.add(new DemandEvent.DepartmentReported("e-report-" + id, id, a.at().plus(Duration.ofDays(1)), a.department()));
      long days = s.policy().departmentDeadline().toDays();
      queue.add(new DemandEvent.Resolved("e-resolve-" + id, id, a.at().plus(Duration.ofDays(2 + random.nextLong(Math.max(1, days + days / 3))))));
    } else if (e instanceof DemandEvent.Resolved r) {
      double x = random.nextDouble();
      Rating rating = x < 0.8 ? Rating.SATISFIED : x < 0.95 ? Rating.BASICALLY_SATISFIED : Rating.UNSATISFIED;
      queue.add(new DemandEvent.Rated("e-rate-" + id, id, r.at().plus(Duration.ofDays(1)), rating, OptionalInt.empty()));
    }
  }
}
