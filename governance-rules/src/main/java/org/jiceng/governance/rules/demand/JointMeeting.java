package org.jiceng.governance.rules.demand;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matching and joint meetings (联席会议). Matching ranks, for an open demand, the units whose
 * resources fit its category and have capacity left in the quarter, most capacity left first. A
 * meeting at a level claims what matching can place and escalates the rest: community to street,
 * street to a department with the policy's deadline.
 */
public final class JointMeeting {
  private JointMeeting() {}

  /**
   * Ranks the units that could claim a demand.
   *
   * @param board the board
   * @param resources the units' resources
   * @param demandId the demand
   * @param at when (its quarter counts the claims against capacity)
   * @param zone the zone of quarters
   * @return unit ids, best first
   */
  public static List<String> candidates(DemandBoard board, List<Resource> resources, String demandId, Instant at, ZoneId zone) {
    java.util.Objects.requireNonNull(board, "board");
    java.util.Objects.requireNonNull(resources, "resources");
    java.util.Objects.requireNonNull(demandId, "demandId");
    java.util.Objects.requireNonNull(at, "at");
    java.util.Objects.requireNonNull(zone, "zone");
    DemandState st = board.get(demandId).orElseThrow(() -> new IllegalArgumentException("No demand '" + demandId + "'"));
    return ranked(resources, st.getDemand().getCategory(), claimsInQuarter(board, at, zone)).stream().map(Resource::getUnitId).toList();
  }

  /** Resources of a category with capacity left, most left first, then by unit id. */
  private static List<Resource> ranked(List<Resource> resources, String category, Map<String, Integer> used) {
    return resources.stream()
        .filter(r -> r.getCategory().equals(category))
        .filter(r -> left(r, used) > 0)
        .sorted(Comparator.<Resource>comparingInt(r -> -left(r, used)).thenComparing(Resource::getUnitId))
        .toList();
  }

  private static int left(Resource r, Map<String, Integer> used) {
    return r.getCapacityPerQuarter() - used.getOrDefault(r.getUnitId() + "|" + r.getCategory(), 0);
  }

  private static String quarter(Instant at, ZoneId zone) {
    ZonedDateTime t = at.atZone(zone);
    return t.getYear() + "Q" + ((t.getMonthValue() - 1) / 3 + 1);
  }

  private static Map<String, Integer> claimsInQuarter(DemandBoard board, Instant at, ZoneId zone) {
    String q = quarter(at, zone);
    Map<String, Integer> used = new HashMap<>();
    for (DemandState s : board.all()) {
      if (s.getUnit().isPresent() && s.getFirstResponseAt().isPresent() && quarter(s.getFirstResponseAt().get(), zone).equals(q)) {
        used.merge(s.getUnit().get() + "|" + s.getDemand().getCategory(), 1, Integer::sum);
      }
    }
    return used;
  }

  /**
   * Holds a community's joint meeting (社区联席会议): each open demand of the community at
   * community level is claimed by the unit that matches it best, or escalated to the street. The
   * events it decides come back in order, for the caller to apply (and store).
   *
   * @param board the board before the meeting, not null
   * @param policy the policy, not null
   * @param resources the units' resources, not null
   * @param communityId the community meeting, not null
   * @param at when it is held, not null
   * @param zone the zone of quarters, not null
   * @param eventPrefix prefix of the event ids, unique per meeting, not null
   * @return the events
   */
  public static List<DemandEvent> holdCommunity(DemandBoard board, DemandPolicy policy, List<Resource> resources,
      String communityId, Instant at, ZoneId zone, String eventPrefix) {
    requireNonNull(communityId, "communityId");
    return hold(board, policy, resources, DemandLevel.COMMUNITY, Optional.of(communityId), at, zone, eventPrefix);
  }

  /**
   * Holds a street's joint meeting (街道大工委联席会议) over the demands escalated to street level
   * from all its communities: each is claimed by the unit that matches it best, or assigned to a
   * department with the policy's deadline. The events come back in order, for the caller to apply.
   *
   * @param board the board before the meeting, not null
   * @param policy the policy, not null
   * @param resources the units' resources, not null
   * @param at when it is held, not null
   * @param zone the zone of quarters, not null
   * @param eventPrefix prefix of the event ids, unique per meeting, not null
   * @return the events
   */
  public static List<DemandEvent> holdStreet(DemandBoard board, DemandPolicy policy, List<Resource> resources, Instant at,
      ZoneId zone, String eventPrefix) {
    return hold(board, policy, resources, DemandLevel.STREET, Optional.empty(), at, zone, eventPrefix);
  }

  private static List<DemandEvent> hold(DemandBoard board, DemandPolicy policy, List<Resource> resources, DemandLevel level,
      Optional<String> community, Instant at, ZoneId zone, String eventPrefix) {
    requireNonNull(board, "board");
    requireNonNull(policy, "policy");
    requireNonNull(resources, "resources");
    requireNonNull(level, "level");
    requireNonNull(at, "at");
    requireNonNull(zone, "zone");
    requireNonNull(eventPrefix, "eventPrefix");
    List<DemandEvent> out = new ArrayList<>();
    Map<String, Integer> used = claimsInQuarter(board, at, zone);
    List<DemandState> open = board.all().stream()
        .filter(s -> s.getStatus() == DemandStatus.OPEN && s.getLevel() == level)
        .filter(s -> community.map(c -> c.equals(s.getDemand().getCommunity())).orElse(true))
        .sorted(Comparator.comparing((DemandState s) -> s.getDemand().getSubmittedAt()).thenComparing(s -> s.getDemand().getId()))
        .toList();
    int n = 0;
    for (DemandState s : open) {
      String id = s.getDemand().getId();
      Optional<Resource> best = ranked(resources, s.getDemand().getCategory(), used).stream().findFirst();
      if (best.isPresent()) {
        used.merge(best.get().getUnitId() + "|" + best.get().getCategory(), 1, Integer::sum);
        out.add(DemandEvent.Claimed.of(eventPrefix + "-" + n++, id, at, best.get().getUnitId()));
      } else if (level == DemandLevel.COMMUNITY) {
        out.add(DemandEvent.Escalated.of(eventPrefix + "-" + n++, id, at, DemandLevel.STREET));
      } else {
        out.add(DemandEvent.Assigned.of(eventPrefix + "-" + n++, id, at, "department-" + s.getDemand().getCategory(), at.plus(policy.getDepartmentDeadline())));
      }
    }
    return out;
  }
}
