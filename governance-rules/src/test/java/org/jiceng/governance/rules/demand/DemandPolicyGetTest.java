package org.jiceng.governance.rules.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemandPolicyGetTest {
  @Test
  void get_returnsWhatFindFinds() {
    for (DemandPolicy p : DemandPolicy.all()) {
      assertThat(DemandPolicy.get(p.getId())).isEqualTo(DemandPolicy.find(p.getId()).orElseThrow());
    }
    assertThat(DemandPolicy.all()).extracting(DemandPolicy::getId)
        .containsExactly("gansu-jiayuguan-demands", "fujian-jianou-demands", "liaoning-jianping-demands");
  }

  @Test
  void get_unknownNamesTheKnownPolicies() {
    assertThatThrownBy(() -> DemandPolicy.get("x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'").hasMessageContaining("fujian-jianou-demands");
  }
}
