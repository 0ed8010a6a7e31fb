package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The id table against a {@link HashMap}, under the real hash and under hashes that collide on purpose. */
class IdTableProperties {
  /** One step: add the id when it is not there (true), or only look it up (false). */
  record Step(boolean add, String id) {}

  enum HashKind {
    MURMUR3(IdTable::hash),
    STRING_HASH_CODE(String::hashCode),
    FOUR_VALUES(id -> id.length() & 3),
    CONSTANT(id -> -7);

    final ToIntFunction<String> hash;

    HashKind(ToIntFunction<String> hash) {
      this.hash = hash;
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    // Pieces "Aa" and "BB" share String.hashCode, so whole ids made of them do too.
    Arbitrary<String> ids = Arbitraries.of("Aa", "BB", "x", "7", "积").list().ofMinSize(1).ofMaxSize(6)
        .map(pieces -> String.join("", pieces));
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 2), ids).as((k, id) -> new Step(k > 0, id));
    return step.list().ofMaxSize(1_500);
  }

  @Property(tries = 200)
  void findAndAdd_agreeWithAHashMap(@ForAll("steps") List<Step> steps, @ForAll HashKind kind) {
    List<String> added = new ArrayList<>();
    Map<String, Integer> model = new HashMap<>();
    IdTable table = new IdTable((i, id) -> added.get(i).equals(id), kind.hash, 2);
    int resizes = 0;
    for (Step step : steps) {
      int found = table.find(step.id());
      assertThat(found).isEqualTo(model.getOrDefault(step.id(), -1));
      if (step.add() && found < 0) {
        int capacity = table.capacity();
        table.add(step.id(), added.size());
        model.put(step.id(), added.size());
        added.add(step.id());
        resizes += table.capacity() != capacity ? 1 : 0;
      }
      // At most half full: a search always meets a free slot, so it ends.
      assertThat(2 * table.size()).isLessThanOrEqualTo(table.capacity());
      assertThat(Integer.bitCount(table.capacity())).isEqualTo(1);
    }
    assertThat(table.size()).isEqualTo(model.size());
    model.forEach((id, index) -> assertThat(table.find(id)).isEqualTo(index));
    Statistics.label("resizes").collect(resizes >= 5 ? "5 or more" : resizes == 0 ? "none" : "1 to 4");
    Statistics.label("hash").collect(kind);
  }
}
