package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.rules.visit.VisitEvent;

/** {@code jiceng.visits/1}: reading what was written gives the same events back. */
class VisitsFormatProperties {
  @Provide
  Arbitrary<List<VisitEvent>> events() {
    Arbitrary<String> text = Arbitraries.strings().withChars("ab家户-_ \"\\\n<").ofMinLength(1).ofMaxLength(8).filter(s -> !s.isBlank());
    Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    Arbitrary<VisitEvent> one = Combinators.combine(Arbitraries.integers().between(0, 2), text, day, text, Arbitraries.of(CareTag.class),
        text.optional()).as((kind, household, on, visitor, tag, who) -> {
          switch (kind) {
            case 0: return VisitEvent.Tagged.of("t", on, household, tag);
            case 1: return VisitEvent.Untagged.of("u", on, household, tag);
            default: return VisitEvent.Visited.builder().id("v").on(on).household(household).visitor(who).build();
          }
        });
    return one.list().ofMaxSize(20).map(list -> {
      // Ids are unique, as a log needs them to be for the events to survive a read.
      List<VisitEvent> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        VisitEvent e = list.get(i);
        String id = e.getId() + i;
        out.add(e instanceof VisitEvent.Tagged t ? VisitEvent.Tagged.of(id, t.getOn(), t.getHousehold(), t.getTag())
            : e instanceof VisitEvent.Untagged u ? VisitEvent.Untagged.of(id, u.getOn(), u.getHousehold(), u.getTag())
            : VisitEvent.Visited.builder().id(id).on(e.getOn()).household(e.getHousehold())
                .visitor(((VisitEvent.Visited) e).getVisitor()).build());
      }
      return out;
    });
  }

  @Property
  void read_write_roundTrips(@ForAll("events") List<VisitEvent> events) {
    assertThat(VisitsFormat.read(Texts.in(VisitsFormat.writeToString(events)), "v.json").events()).containsExactlyElementsOf(events);
  }
}
