package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Operations by name rather than by position, and the policies' get/find pair. */
class RestockBuilderTest {
  static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");

  @Test
  void builder_defaultsToAPointsCatalogItemForEveryone() {
    Operation.Restock r = Operation.Restock.builder().id("s1").at(T0).item("soap").price(5).quantity(30).build();
    assertThat(r).isEqualTo(Operation.Restock.builder().id("s1").at(T0).item("soap").price(5).quantity(30).build());
  }

  @Test
  void builder_setsEveryField() {
    Operation.Restock r = Operation.Restock.builder().id("s2").at(T0).item("care").unit(LedgerUnit.MINUTES).price(60)
        .quantity(3).merchant("m1").inNeedOnly(true).care(true).build();
    assertThat(r).isEqualTo(Operation.Restock.builder().id("s2").at(T0).item("care").unit(LedgerUnit.MINUTES).price(60).quantity(3).merchant("m1").inNeedOnly(true).care(true).build());
  }

  @Test
  void builder_namesEveryMissingRequiredField() {
    assertThatThrownBy(() -> Operation.Restock.builder().item("soap").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[id, at, price, quantity]");
  }

  @Test
  void builder_rejectsNullsByName() {
    assertThatThrownBy(() -> Operation.Restock.builder().merchant((String) null)).isInstanceOf(NullPointerException.class).hasMessage("merchant");
  }

  @Test
  void ledgerPolicies_getNamesTheKnownPolicies() {
    assertThat(LedgerPolicies.get("beijing-time-bank")).isSameAs(LedgerPolicies.find("beijing-time-bank").orElseThrow());
    assertThatThrownBy(() -> LedgerPolicies.get("nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nowhere'")
        .hasMessageContaining("liaoning-jianping-points");
  }

  @Test
  void activityIds_areThePoliciesAccruableActivities() {
    LedgerPolicy jianping = LedgerPolicies.get("liaoning-jianping-points");
    assertThat(jianping.getActivityIds()).contains("parcel-collection").isEqualTo(jianping.getActivities().keySet());
  }

  @Test
  void minutes_convertToADuration() {
    assertThat(LedgerUnit.MINUTES.toDuration(90)).isEqualTo(Duration.ofMinutes(90));
    assertThatThrownBy(() -> LedgerUnit.POINTS.toDuration(1)).isInstanceOf(UnsupportedOperationException.class);
  }
}
