package org.jiceng.governance.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.governance.core.code.ResidentIdNumber;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the Javadoc promised phones masked when printed, but {@code toString()} printed them in
 * full next to the masked identity number.
 */
class WorkerToStringTest {
  static final ResidentIdNumber ID = ResidentIdNumber.parse("11010519491231002X");

  @Test
  void communityWorker_toStringMasksPhoneAndIdentityNumber() {
    CommunityWorker w = CommunityWorker.builder().id("w1").name("王书记").areaId("c1").identityNumber(ID).phone("13812345678").build();
    assertThat(w.toString()).contains("w1").contains("phone=****").contains("110105********002X")
        .doesNotContain("13812345678").doesNotContain("5678").doesNotContain("11010519491231002X");
    assertThat(w.getPhone()).contains("13812345678");
  }

  @Test
  void gridWorker_toStringMasksPhoneAndIdentityNumber() {
    GridWorker w = GridWorker.builder().id("gw1").name("李").areaId("g1").role(GridWorkerRole.FULL_TIME).identityNumber(ID)
        .phone("13812345678").build();
    assertThat(w.toString()).contains("gw1").contains("phone=****").doesNotContain("13812345678").doesNotContain("11010519491231002X");
  }
}
