package org.jiceng.governance.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Defaults and structural checks of the people values. */
class PeopleTest {
  private static CommunityWorker.Builder worker() {
    return CommunityWorker.builder().id("w1").name("王").areaId("c1");
  }

  @Test
  void communityWorker_defaultsToStaffWithoutRoles() {
    CommunityWorker w = worker().build();
    assertThat(w.isSecretary()).isFalse();
    assertThat(w.isDirector()).isFalse();
    assertThat(w.isReserveCandidate()).isFalse();
    assertThat(w.getPost()).isEqualTo(WorkerPost.STAFF);
    assertThat(worker().secretary(true).director(true).reserveCandidate(true).build())
        .returns(true, CommunityWorker::isSecretary)
        .returns(true, CommunityWorker::isDirector)
        .returns(true, CommunityWorker::isReserveCandidate);
  }

  @Test
  void communityWorker_rejectsNonPositiveGrade() {
    assertThatThrownBy(() -> worker().grade(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Community worker 'w1': grade must be > 0, found 0");
    assertThat(worker().grade(1).build().getGrade()).hasValue(1);
  }

  @Test
  void communityWorker_birthYearWithin1900And2100() {
    assertThat(worker().birthYear(1900).build().getBirthYear()).hasValue(1900);
    assertThat(worker().birthYear(2100).build().getBirthYear()).hasValue(2100);
    assertThatThrownBy(() -> worker().birthYear(1899).build())
        .hasMessage("Community worker 'w1': birthYear must be within 1900-2100, found 1899");
    assertThatThrownBy(() -> worker().birthYear(2101).build())
        .hasMessage("Community worker 'w1': birthYear must be within 1900-2100, found 2101");
  }

  @Test
  void gridWorker_dutyOnlyForBuildingHeads() {
    GridWorker head = GridWorker.builder().id("gw1").name("李").areaId("b1").role(GridWorkerRole.BUILDING_HEAD)
        .duty(BuildingHeadDuty.RESIDENT_AFFAIRS).build();
    assertThat(head.getDuty()).contains(BuildingHeadDuty.RESIDENT_AFFAIRS);
    assertThatThrownBy(() -> GridWorker.builder().id("gw2").name("李").areaId("g1").role(GridWorkerRole.FULL_TIME)
            .duty(BuildingHeadDuty.RESIDENT_AFFAIRS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gw2");
  }

  @Test
  void registeredPartyMember_isNotProbationaryByDefault() {
    RegisteredPartyMember m = RegisteredPartyMember.builder().id("m1").name("张").areaId("c1").build();
    assertThat(m.isProbationary()).isFalse();
    assertThat(RegisteredPartyMember.builder().id("m2").name("李").areaId("c1").probationary(true).build().isProbationary()).isTrue();
  }

  @Test
  void build_rejectsBlankIdsAndNames() {
    assertThatThrownBy(() -> CommunityWorker.builder().id(" ").name("王").areaId("c1").build())
        .hasMessage("Community worker: the id must not be blank");
    assertThatThrownBy(() -> CommunityWorker.builder().id("w1").name("").areaId("c1").build())
        .hasMessage("Community worker 'w1': the name must not be blank");
    assertThatThrownBy(() -> GridWorker.builder().id("gw1").name(" ").areaId("g1").role(GridWorkerRole.PART_TIME).build())
        .hasMessage("Grid worker 'gw1': the name must not be blank");
    assertThatThrownBy(() -> RegisteredPartyMember.builder().id("m1").name(" ").areaId("c1").build())
        .hasMessage("Registered party member 'm1': the name must not be blank");
    assertThatThrownBy(() -> ResponsibilityContact.builder().id("r1").name(" ").kind(ContactKind.CADRE).areaId("c1").build())
        .hasMessage("Responsibility contact 'r1': the name must not be blank");
  }
}
