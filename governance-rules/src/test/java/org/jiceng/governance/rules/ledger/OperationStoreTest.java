package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OperationStoreTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final OperationStore.Names NO_NAMES = new OperationStore.Names() {
    @Override
    public String account(int index) {
      throw new AssertionError("no accounts here");
    }

    @Override
    public String activity(int index) {
      throw new AssertionError("no activities here");
    }

    @Override
    public String item(int index) {
      throw new AssertionError("no items here");
    }
  };

  /** Adds an expiry per id, as the ledger does: find first, then add. */
  private static OperationStore storeOf(List<String> ids) {
    OperationStore store = new OperationStore(NO_NAMES);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(store.find(ids.get(i))).isEqualTo(-1);
      assertThat(store.add(Operation.Expire.of(ids.get(i), T0.plusNanos(i)), -1, -1)).isEqualTo(i);
    }
    return store;
  }

  @Test
  void idsFromACounter_areAllFound() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      ids.add(String.format("act-%06d", i));
    }
    OperationStore store = storeOf(ids);
    assertThat(store.find("act-054321")).isEqualTo(54_321);
    assertThat(store.find("act-100000")).isEqualTo(-1);
  }

  @Test
  void idsSharingOneStringHashCode_areAllFoundAndMadeAgain() {
    // "Aa" and "BB" have the same String.hashCode, so do all 2^11 strings of 11 such pairs.
    List<String> ids = new ArrayList<>();
    for (int bits = 0; bits < 1 << 11; bits++) {
      StringBuilder id = new StringBuilder();
      for (int k = 0; k < 11; k++) {
        id.append((bits >> k & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }
    assertThat(ids.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
    OperationStore store = storeOf(ids);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(store.find(ids.get(i))).isEqualTo(i);
      assertThat(store.get(i)).isEqualTo(Operation.Expire.of(ids.get(i), T0.plusNanos(i)));
    }
    assertThat(store.find("AaAaAaAaAaAaAaAaAaAaAaAa")).isEqualTo(-1);
  }

  @Provide
  Arbitrary<List<String>> ids() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(12).withChars("aAbB09-#积分银行").list().ofMaxSize(3_000).uniqueElements();
  }

  @Property(tries = 50)
  void everyAddedId_isFoundAtItsIndexAndNoOtherIs(@ForAll("ids") List<String> ids, @ForAll("ids") List<String> others) {
    OperationStore store = storeOf(ids);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(store.find(ids.get(i))).isEqualTo(i);
      assertThat(store.id(i)).isEqualTo(ids.get(i));
    }
    Set<String> added = new HashSet<>(ids);
    for (String other : others) {
      if (!added.contains(other)) {
        assertThat(store.find(other)).isEqualTo(-1);
      }
    }
  }
}
