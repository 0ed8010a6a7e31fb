package org.jiceng.governance.rules.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The simulation's own rules, checked event by event on a small scenario (two communities,
 * Jian'ou's policy, one unit of capacity 1, a category outside the taxonomy, one that never
 * arrives): what each event sets going and after how long, when meetings are held and what they
 * are called, which demands are made, and that nothing happens after the period.
 */
class DemandSimulationRulesTest {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final Instant STOP = START.plusMonths(6).atStartOfDay(ZONE).toInstant();

  static DemandSimulation.Scenario scenario(int meetingMonths) {
    return scenario(meetingMonths, 0.5);
  }

  static DemandSimulation.Scenario scenario(int meetingMonths, double smallShare) {
    Map<String, Double> arrivals = new LinkedHashMap<>();
    arrivals.put("general", 8.0);
    arrivals.put("unknown", 2.0);
    arrivals.put("never", 0.0);
    return DemandSimulation.Scenario.builder().policy(DemandPolicy.jianou().withCommunityMeetingMonths(meetingMonths))
        .addCommunities("c1", "c2").addResources(Resource.of("u", "general", 1)).putAllArrivalsPerQuarter(arrivals).smallShare(smallShare)
        .start(START).build();
  }

  private static Map<String, List<DemandEvent>> byDemand(List<DemandEvent> events) {
    return events.stream().collect(Collectors.groupingBy(DemandEvent::getDemandId, LinkedHashMap::new, Collectors.toList()));
  }

  private static <T extends DemandEvent> List<T> all(List<DemandEvent> events, Class<T> kind) {
    return events.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  @Test
  void run_refusesFewerThanOneQuarter() {
    assertThatThrownBy(() -> DemandSimulation.run(scenario(1), 1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Simulate at least 1 quarter, found 0");
    assertThat(DemandSimulation.run(scenario(1), 1, 1).getEvents()).isNotEmpty();
  }

  @Test
  void demands_numberedInOrderOnTheirCommunitysGridsOfEverySizeAndNoneOfAnAbsentCategory() {
    DemandSimulation.Outcome out = DemandSimulation.run(scenario(1), 7, 2);
    List<Demand> demands = all(out.getEvents(), DemandEvent.Submitted.class).stream().map(DemandEvent.Submitted::getDemand).toList();

    assertThat(demands).isNotEmpty().allSatisfy(d -> {
      assertThat(d.getId()).matches("d\\d{5}");
      assertThat(d.getGrid()).matches(d.getCommunity() + "-grid-([1-9]|10)");
      assertThat(d.getCategory()).isIn("general", "unknown");
      assertThat(d.getSubmittedAt()).isBetween(START.atStartOfDay(ZONE).toInstant(), STOP);
    });
    assertThat(demands.stream().map(Demand::getId).sorted().toList().get(0)).isEqualTo("d00001");
    assertThat(demands).extracting(Demand::getSize).contains(DemandSize.SMALL, DemandSize.LARGE);
    assertThat(demands).extracting(Demand::getCommunity).contains("c1", "c2");
    assertThat(out.getByCategory().keySet()).containsExactly("general", "unknown");
  }

  @Test
  void smallShare_zeroOrOneMakesEveryDemandLargeOrSmall() {
    for (double share : new double[] {0.0, 1.0}) {
      DemandSimulation.Scenario s = scenario(1, share);
      assertThat(all(DemandSimulation.run(s, 3, 1).getEvents(), DemandEvent.Submitted.class)).extracting(e -> e.getDemand().getSize())
          .containsOnly(share == 0 ? DemandSize.LARGE : DemandSize.SMALL);
    }
  }

  @Test
  void everyEvent_setsGoingWhatFollowsItAfterItsDelay() {
    DemandSimulation.Outcome out = DemandSimulation.run(scenario(1), 7, 2);
    Map<String, List<DemandEvent>> byDemand = byDemand(out.getEvents());
    Map<Rating, Integer> ratings = new HashMap<>();

    assertThat(out.getEvents()).allSatisfy(e -> assertThat(e.getAt()).isBefore(STOP));
    for (List<DemandEvent> events : byDemand.values()) {
      Demand d = ((DemandEvent.Submitted) events.get(0)).getDemand();
      for (int k = 1; k < events.size(); k++) {
        DemandEvent before = events.get(k - 1);
        DemandEvent e = events.get(k);
        Duration after = Duration.between(before.getAt(), e.getAt());
        if (before instanceof DemandEvent.Submitted) {
          assertThat(after).isEqualTo(Duration.ofMinutes(10));
          if (d.getCategory().equals("unknown")) {
            assertThat(e).isEqualTo(DemandEvent.Rejected.of("e-reject-" + d.getId(), d.getId(), e.getAt(), "category outside the taxonomy"));
          } else {
            assertThat(e).isEqualTo(DemandEvent.Admitted.of("e-admit-" + d.getId(), d.getId(), e.getAt(),
                d.getSize() == DemandSize.SMALL ? DemandLevel.GRID : DemandLevel.COMMUNITY));
          }
        } else if (before instanceof DemandEvent.Admitted a && a.getLevel() == DemandLevel.GRID) {
          assertThat(e).isInstanceOf(DemandEvent.Resolved.class);
          assertThat(after).isBetween(Duration.ofHours(2), Duration.ofHours(47));
        } else if (before instanceof DemandEvent.Claimed) {
          assertThat(e).isInstanceOf(DemandEvent.Resolved.class);
          assertThat(after).isBetween(Duration.ofDays(3), Duration.ofDays(27));
        } else if (before instanceof DemandEvent.Assigned a) {
          assertThat(e).isEqualTo(DemandEvent.DepartmentReported.of("e-report-" + d.getId(), d.getId(), a.getAt().plus(Duration.ofDays(1)),
              a.getDepartment()));
          if (k + 1 < events.size()) {
            // Jian'ou gives departments 7 days: resolved within 2 + (7 + 7 / 3 - 1) days of the assignment.
            assertThat(Duration.between(a.getAt(), events.get(k + 1).getAt())).isBetween(Duration.ofDays(2), Duration.ofDays(10));
          }
        } else if (before instanceof DemandEvent.Resolved) {
          assertThat(e).isInstanceOf(DemandEvent.Rated.class);
          assertThat(after).isEqualTo(Duration.ofDays(1));
          ratings.merge(((DemandEvent.Rated) e).getRating(), 1, Integer::sum);
        }
      }
      DemandEvent last = events.get(events.size() - 1);
      Duration left = Duration.between(last.getAt(), STOP);
      if (left.compareTo(Duration.ofDays(30)) > 0) {
        // Only a rating, a refusal, or a demand waiting for a meeting ends a demand's events this early.
        assertThat(last).as("the last event of %s, %s before the end", d.getId(), left)
            .isInstanceOfAny(DemandEvent.Rated.class, DemandEvent.Rejected.class, DemandEvent.Escalated.class, DemandEvent.Admitted.class);
        if (last instanceof DemandEvent.Admitted a) {
          assertThat(a.getLevel()).isNotEqualTo(DemandLevel.GRID);
        }
      }
    }
    assertThat(ratings).containsKeys(Rating.SATISFIED, Rating.BASICALLY_SATISFIED);
    // Departments take 2 to 10 days: some take more than 6.
    assertThat(all(out.getEvents(), DemandEvent.Assigned.class)).anySatisfy(a -> assertThat(byDemand.get(a.getDemandId()))
        .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(DemandEvent.Resolved.class,
            r -> assertThat(Duration.between(a.getAt(), r.getAt())).isGreaterThan(Duration.ofDays(6)))));
    assertThat(all(out.getEvents(), DemandEvent.Assigned.class)).isNotEmpty();
    assertThat(all(out.getEvents(), DemandEvent.Claimed.class)).isNotEmpty();
  }

  @Test
  void followUps_fallingAfterThePeriodAreLeftOut() {
    // One community, 400 small demands in a quarter: those admitted in its last two days are
    // resolved 2 to 47 hours later, some of them after the end.
    DemandSimulation.Scenario busy = DemandSimulation.Scenario.builder().policy(DemandPolicy.jianou()).addCommunities("c1")
        .putArrivalsPerQuarter("general", 400.0).smallShare(1.0).start(START).build();
    DemandSimulation.Outcome out = DemandSimulation.run(busy, 11, 1);
    Instant end = START.plusMonths(3).atStartOfDay(ZONE).toInstant();
    Map<String, List<DemandEvent>> byDemand = byDemand(out.getEvents());

    assertThat(out.getEvents()).allSatisfy(e -> assertThat(e.getAt()).isBefore(end));
    assertThat(byDemand.values()).anySatisfy(events -> {
      assertThat(events.get(events.size() - 1)).isInstanceOf(DemandEvent.Admitted.class);
      assertThat(events.get(events.size() - 1).getAt()).isAfter(end.minus(Duration.ofHours(47)));
    });
  }

  @Test
  void meetings_communityOnThe25thOfTheirMonthsAndStreetAnHourLaterEachQuarter() {
    for (int months : new int[] {1, 3}) {
      DemandSimulation.Outcome out = DemandSimulation.run(scenario(months), 7, 2);
      for (DemandEvent e : out.getEvents()) {
        ZonedDateTime at = e.getAt().atZone(ZONE);
        int month = at.getMonthValue() - 1;
        if (e.getId().startsWith("meeting-")) {
          assertThat(at.getDayOfMonth()).isEqualTo(25);
          assertThat(at.getHour()).isEqualTo(9);
          assertThat(month % months).as("month %s with meetings every %s", month, months).isEqualTo(months - 1);
          assertThat(e.getId()).matches("meeting-c[12]-" + month + "-\\d+");
        } else if (e.getId().startsWith("street-")) {
          assertThat(at.getDayOfMonth()).isEqualTo(25);
          assertThat(at.getHour()).isEqualTo(10);
          assertThat(month % 3).isZero();
          assertThat(e.getId()).matches("street-" + month + "-\\d+");
        }
      }
      assertThat(out.getEvents()).extracting(DemandEvent::getId).anyMatch(id -> id.startsWith("meeting-"))
          .anyMatch(id -> id.startsWith("street-"));
    }
  }

  @Test
  void outcome_countsSettledAndEscalatedDemandsFromTheBoard() {
    DemandSimulation.Outcome out = DemandSimulation.run(scenario(1), 7, 2);
    DemandBoard board = DemandBoard.replay(out.getEvents());

    assertThat(out.getBoard()).isEqualTo(board);
    assertThat(out.getSettledAtCommunity()).isEqualTo(board.all().stream()
        .filter(s -> s.getResolvedAt().isPresent() && s.getLevel().compareTo(DemandLevel.COMMUNITY) <= 0).count()).isPositive();
    assertThat(out.getEscalatedToStreet()).isEqualTo(board.all().stream().filter(s -> s.getLevel().compareTo(DemandLevel.STREET) >= 0).count())
        .isPositive();
    assertThat(out.getByLevel().keySet()).isSubsetOf("GRID", "COMMUNITY", "STREET", "DEPARTMENT").contains("GRID", "DEPARTMENT");
    assertThat(out.getServiceLevels()).hasSize(3);
  }

  @Test
  void jiayuguan_hasSixteenCommunitiesAndTwoUnitsPerDomain() {
    DemandSimulation.Scenario s = DemandSimulation.jiayuguan();

    assertThat(s.getCommunities()).hasSize(16).startsWith("community-01").endsWith("community-16");
    assertThat(s.getResources()).hasSize(14);
    assertThat(s.toString()).startsWith("Scenario{policy=DemandPolicy{id=gansu-jiayuguan-demands").contains("communities=[community-01, ");
  }
}
