package org.jiceng.governance.rules.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event against every state: allowed ones move the demand as documented, the others are refused and change nothing. */
class DemandTransitionsTest {
  static final Instant T = Instant.parse("2024-03-01T00:00:00Z");
  static final Demand D = Demand.builder().id("d").community("c").grid("g").category("cat").source(DemandSource.HOTLINE)
      .size(DemandSize.LARGE).submittedAt(T).build();

  /** Events that bring a new demand to each state. */
  static final Map<DemandStatus, List<DemandEvent>> PATHS = new EnumMap<>(DemandStatus.class);

  static {
    DemandEvent submit = DemandEvent.Submitted.of("p0", D);
    DemandEvent admit = DemandEvent.Admitted.of("p1", "d", T, DemandLevel.COMMUNITY);
    DemandEvent assign = DemandEvent.Assigned.of("p2", "d", T, "dept", T.plus(Duration.ofDays(5)));
    DemandEvent resolve = DemandEvent.Resolved.of("p3", "d", T);
    PATHS.put(DemandStatus.SUBMITTED, List.of(submit));
    PATHS.put(DemandStatus.OPEN, List.of(submit, admit));
    PATHS.put(DemandStatus.REJECTED, List.of(submit, DemandEvent.Rejected.of("p1", "d", T, "no")));
    PATHS.put(DemandStatus.CLAIMED, List.of(submit, admit, DemandEvent.Claimed.of("p2", "d", T, "u")));
    PATHS.put(DemandStatus.WHISTLED, List.of(submit, admit, DemandEvent.WhistleBlown.of("p2", "d", T)));
    PATHS.put(DemandStatus.ASSIGNED, List.of(submit, admit, assign));
    PATHS.put(DemandStatus.IN_PROGRESS, List.of(submit, admit, assign, DemandEvent.DepartmentReported.of("p4", "d", T, "dept")));
    PATHS.put(DemandStatus.RESOLVED, List.of(submit, admit, resolve));
    PATHS.put(DemandStatus.RATED, List.of(submit, admit, resolve, DemandEvent.Rated.of("p4", "d", T, Rating.SATISFIED)));
    PATHS.put(DemandStatus.WITHDRAWN, List.of(submit, DemandEvent.Withdrawn.of("p1", "d", T)));
  }

  /** The documented transition table: event kind, the states it is allowed in, the state it leads to. */
  record Rule(String name, Function<String, DemandEvent> event, Set<DemandStatus> from, DemandStatus to) {}

  static final List<Rule> TABLE = List.of(
      new Rule("Admitted", id -> DemandEvent.Admitted.of(id, "d", T, DemandLevel.GRID), EnumSet.of(DemandStatus.SUBMITTED), DemandStatus.OPEN),
      new Rule("Rejected", id -> DemandEvent.Rejected.of(id, "d", T, "r"), EnumSet.of(DemandStatus.SUBMITTED), DemandStatus.REJECTED),
      new Rule("Claimed", id -> DemandEvent.Claimed.of(id, "d", T, "u"), EnumSet.of(DemandStatus.OPEN), DemandStatus.CLAIMED),
      new Rule("Escalated", id -> DemandEvent.Escalated.of(id, "d", T, DemandLevel.STREET), EnumSet.of(DemandStatus.OPEN, DemandStatus.CLAIMED), DemandStatus.OPEN),
      new Rule("Assigned", id -> DemandEvent.Assigned.of(id, "d", T, "dept", T.plus(Duration.ofDays(3))),
          EnumSet.of(DemandStatus.OPEN, DemandStatus.WHISTLED), DemandStatus.ASSIGNED),
      new Rule("WhistleBlown", id -> DemandEvent.WhistleBlown.of(id, "d", T), EnumSet.of(DemandStatus.OPEN), DemandStatus.WHISTLED),
      new Rule("DepartmentReported", id -> DemandEvent.DepartmentReported.of(id, "d", T, "dept"), EnumSet.of(DemandStatus.ASSIGNED), DemandStatus.IN_PROGRESS),
      new Rule("Resolved", id -> DemandEvent.Resolved.of(id, "d", T),
          EnumSet.of(DemandStatus.OPEN, DemandStatus.CLAIMED, DemandStatus.ASSIGNED, DemandStatus.IN_PROGRESS), DemandStatus.RESOLVED),
      new Rule("Rated", id -> DemandEvent.Rated.of(id, "d", T, Rating.UNSATISFIED, 1), EnumSet.of(DemandStatus.RESOLVED), DemandStatus.RATED),
      new Rule("Reopened", id -> DemandEvent.Reopened.of(id, "d", T, "again"), EnumSet.of(DemandStatus.RESOLVED, DemandStatus.RATED), DemandStatus.OPEN),
      new Rule("Withdrawn", id -> DemandEvent.Withdrawn.of(id, "d", T), EnumSet.of(DemandStatus.SUBMITTED, DemandStatus.OPEN, DemandStatus.CLAIMED,
          DemandStatus.WHISTLED, DemandStatus.ASSIGNED, DemandStatus.IN_PROGRESS), DemandStatus.WITHDRAWN));

  static Stream<Arguments> pairs() {
    List<Arguments> out = new ArrayList<>();
    for (DemandStatus s : DemandStatus.values()) {
      for (Rule r : TABLE) {
        out.add(Arguments.of(s, r.name(), r));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("pairs")
  void event_inState_followsTheTable(DemandStatus state, String name, Rule rule) {
    DemandBoard board = DemandBoard.replay(PATHS.get(state));
    assertThat(board.get("d").orElseThrow().getStatus()).isEqualTo(state);
    DemandEvent e = rule.event().apply("x");
    if (rule.from().contains(state)) {
      assertThat(board.apply(e).get("d").orElseThrow().getStatus()).isEqualTo(rule.to());
    } else {
      assertThatThrownBy(() -> board.apply(e)).isInstanceOf(DemandTransitionException.class).hasMessageContaining("the demand is " + state);
      assertThat(board.get("d").orElseThrow().getStatus()).isEqualTo(state);
    }
  }
}
