package org.jiceng.governance.rules.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemandPolicyGetTest {
  @Test
  void get_returnsWhatFindFinds() {
    for (DemandPolicy p : DemandPolicy.all()) {
      assertThat(DemandPolicy.get(p.id())).isEqualTo(DemandPolicy.find(p.id()).orElseThrow());
    }
    assertThat(DemandPolicy.all()).extracting(DemandPolicy::id)
        .containsExactly("gansu-jiayuguan-demands", "fujian-jianou-demands", "liaoning-jianping-demands");
  }

  @Test
  void get_unknownNamesTheKnownPolicies() {
    assertThatThrownBy(() -> DemandPolicy.get("x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'").hasMessageContaining("fujian-jianou-demands");
  }
}
