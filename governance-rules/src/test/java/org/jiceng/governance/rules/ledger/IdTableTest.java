package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdTableTest {
  /** The ids a test has added, by index: what the operation log is to the ledger's table. */
  private final List<String> added = new ArrayList<>();

  private IdTable table(int capacity, boolean constantHash) {
    return new IdTable((i, id) -> added.get(i).equals(id), constantHash ? id -> 42 : IdTable::hash, capacity);
  }

  private void add(IdTable table, String id) {
    assertThat(table.find(id)).isEqualTo(-1);
    table.add(id, added.size());
    added.add(id);
  }

  @Test
  void find_onAnEmptyTable_findsNothing() {
    assertThat(table(2, false).find("a1")).isEqualTo(-1);
  }

  @Test
  void idsFromACounter_areFoundAtTheirIndexAndTheTableStaysAtMostHalfFull() {
    IdTable table = table(2, false);
    for (int i = 0; i < 50_000; i++) {
      add(table, String.format("act-%06d", i));
      assertThat(2 * table.size()).isLessThanOrEqualTo(table.capacity());
    }
    assertThat(Integer.bitCount(table.capacity())).isEqualTo(1);
    assertThat(table.find("act-012345")).isEqualTo(12_345);
    assertThat(table.find("act-050000")).isEqualTo(-1);
  }

  @Test
  void idsWhoseHashesAllCollide_areAllFoundAndAbsentOnesAreNot() {
    IdTable table = table(2, true);
    for (int i = 0; i < 600; i++) {
      add(table, "id" + i);
    }
    for (int i = 0; i < 600; i++) {
      assertThat(table.find("id" + i)).isEqualTo(i);
    }
    // Every slot from the common one on is taken up to the run's end: the search must wrap and stop.
    assertThat(table.find("id600")).isEqualTo(-1);
  }

  @Test
  void hash_spreadsIdsThatShareAStringHashCode() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(IdTable.hash("Aa")).isNotEqualTo(IdTable.hash("BB"));
  }

  @Test
  void add_afterAnotherAdd_doesNotReuseTheSlotAnEarlierFindLeftFree() {
    IdTable table = table(16, true);
    assertThat(table.find("x")).isEqualTo(-1);
    table.add("y", 0);
    added.add("y");
    table.add("x", 1);
    added.add("x");
    assertThat(table.find("y")).isEqualTo(0);
    assertThat(table.find("x")).isEqualTo(1);
  }

  @Test
  void add_afterAFindOfAnotherId_putsTheIdWhereItsSearchLeads() {
    IdTable table = table(16, true);
    add(table, "a");
    assertThat(table.find("x")).isEqualTo(-1);
    assertThat(table.find("z")).isEqualTo(-1);
    table.add("x", 1);
    added.add("x");
    add(table, "z");
    assertThat(table.find("a")).isZero();
    assertThat(table.find("x")).isEqualTo(1);
    assertThat(table.find("z")).isEqualTo(2);
  }

  @Test
  void constructor_refusesACapacityThatIsNotAPowerOfTwo() {
    assertThatThrownBy(() -> table(12, false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12");
    assertThatThrownBy(() -> table(1, false)).isInstanceOf(IllegalArgumentException.class);
  }
}
