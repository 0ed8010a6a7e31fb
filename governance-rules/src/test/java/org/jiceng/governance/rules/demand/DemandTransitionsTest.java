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
  static final Demand D = new Demand("d", "c", "g", "cat", DemandSource.HOTLINE, DemandSize.LARGE, T);

  /** Events that bring a new demand to each state. */
  static final Map<DemandStatus, List<DemandEvent>> PATHS = new EnumMap<>(DemandStatus.class);

  static {
    DemandEvent submit = new DemandEvent.Submitted("p0", D);
    DemandEvent admit = new DemandEvent.Admitted("p1", "d", T, DemandLevel.COMMUNITY);
    DemandEvent assign = new DemandEvent.Assigned("p2", "d", T, "dept", T.plus(Duration.ofDays(5)));
    DemandEvent resolve = new DemandEvent.Resolved("p3", "d", T);
    PATHS.put(DemandStatus.SUBMITTED, List.of(submit));
    PATHS.put(DemandStatus.OPEN, List.of(submit, admit));
    PATHS.put(DemandStatus.REJECTED, List.of(submit, new DemandEvent.Rejected("p1", "d", T, "no")));
    PATHS.put(DemandStatus.CLAIMED, List.of(submit, admit, new DemandEvent.Claimed("p2", "d", T, "u")));
    PATHS.put(DemandStatus.WHISTLED, List.of(submit, admit, new DemandEvent.WhistleBlown("p2", "d", T)));
    PATHS.put(DemandStatus.ASSIGNED, List.of(submit, admit, assign));
    PATHS.put(DemandStatus.IN_PROGRESS, List.of(submit, admit, assign, new DemandEvent.DepartmentReported("p4", "d", T, "dept")));
    PATHS.put(DemandStatus.RESOLVED, List.of(submit, admit, resolve));
    PATHS.put(DemandStatus.RATED, List.of(submit, admit, resolve, new DemandEvent.Rated("p4", "d", T, Rating.SATISFIED, OptionalInt.empty())));
    PATHS.put(DemandStatus.WITHDRAWN, List.of(submit, new DemandEvent.Withdrawn("p1", "d", T)));
  }

  /** The documented transition table: event kind, the states it is allowed in, the state it leads to. */
  record Rule(String name, Function<String, DemandEvent> event, Set<DemandStatus> from, DemandStatus to) {}

  static final List<Rule> TABLE = List.of(
      new Rule("Admitted", id -> new DemandEvent.Admitted(id, "d", T, DemandLevel.GRID), EnumSet.of(DemandStatus.SUBMITTED), DemandStatus.OPEN),
      new Rule("Rejected", id -> new DemandEvent.Rejected(id, "d", T, "r"), EnumSet.of(DemandStatus.SUBMITTED), DemandStatus.REJECTED),
      new Rule("Claimed", id -> new DemandEvent.Claimed(id, "d", T, "u"), EnumSet.of(DemandStatus.OPEN), DemandStatus.CLAIMED),
      new Rule("Escalated", id -> new DemandEvent.Escalated(id, "d", T, DemandLevel.STREET), EnumSet.of(DemandStatus.OPEN, DemandStatus.CLAIMED), DemandStatus.OPEN),
      new Rule("Assigned", id -> new DemandEvent.Assigned(id, "d", T, "dept", T.plus(Duration.ofDays(3))),
          EnumSet.of(DemandStatus.OPEN, DemandStatus.WHISTLED), DemandStatus.ASSIGNED),
      new Rule("WhistleBlown", id -> new DemandEvent.WhistleBlown(id, "d", T), EnumSet.of(DemandStatus.OPEN), DemandStatus.WHISTLED),
      new Rule("DepartmentReported", id -> new DemandEvent.DepartmentReported(id, "d", T, "dept"), EnumSet.of(DemandStatus.ASSIGNED), DemandStatus.IN_PROGRESS),
      new Rule("Resolved", id -> new DemandEvent.Resolved(id, "d", T),
          EnumSet.of(DemandStatus.OPEN, DemandStatus.CLAIMED, DemandStatus.ASSIGNED, DemandStatus.IN_PROGRESS), DemandStatus.RESOLVED),
      new Rule("Rated", id -> new DemandEvent.Rated(id, "d", T, Rating.UNSATISFIED, OptionalInt.of(1)), EnumSet.of(DemandStatus.RESOLVED), DemandStatus.RATED),
      new Rule("Reopened", id -> new DemandEvent.Reopened(id, "d", T, "again"), EnumSet.of(DemandStatus.RESOLVED, DemandStatus.RATED), DemandStatus.OPEN),
      new Rule("Withdrawn", id -> new DemandEvent.Withdrawn(id, "d", T), EnumSet.of(DemandStatus.SUBMITTED, DemandStatus.OPEN, DemandStatus.CLAIMED,
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
    assertThat(board.get("d").orElseThrow().status()).isEqualTo(state);
    DemandEvent e = rule.event().apply("x");
    if (rule.from().contains(state)) {
      assertThat(board.apply(e).get("d").orElseThrow().status()).isEqualTo(rule.to());
    } else {
      assertThatThrownBy(() -> board.apply(e)).isInstanceOf(DemandTransitionException.class).hasMessageContaining("the demand is " + state);
      assertThat(board.get("d").orElseThrow().status()).isEqualTo(state);
    }
  }
}
