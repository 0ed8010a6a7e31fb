package org.jiceng.governance.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Member counts, the term and the structural checks of {@link PartyOrganization}. */
class PartyOrganizationTest {
  private static PartyOrganization.Builder branch() {
    return PartyOrganization.builder().id("p1").kind(PartyOrganizationKind.BRANCH).name("第一支部");
  }

  @Test
  void totalMembers_isFullPlusProbationary() {
    PartyOrganization p = branch().fullMembers(7).probationaryMembers(2).build();
    assertThat(p.getTotalMembers()).isEqualTo(9);
    assertThat(branch().build().getTotalMembers()).isZero();
  }

  @Test
  void termEnds_isElectionPlusTermWhenBothKnown() {
    LocalDate elected = LocalDate.of(2021, 6, 30);
    assertThat(branch().electedOn(elected).termYears(5).build().getTermEnds()).contains(LocalDate.of(2026, 6, 30));
    assertThat(branch().electedOn(elected).build().getTermEnds()).isEmpty();
    assertThat(branch().termYears(5).build().getTermEnds()).isEmpty();
  }

  @Test
  void build_rejectsNegativeMemberCounts() {
    assertThatThrownBy(() -> branch().fullMembers(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Party organization 'p1': member counts must be >= 0, found -1 full and 0 probationary");
    assertThatThrownBy(() -> branch().probationaryMembers(-1).build())
        .hasMessage("Party organization 'p1': member counts must be >= 0, found 0 full and -1 probationary");
  }

  @Test
  void build_rejectsNonPositiveCommitteeAndTerm() {
    assertThatThrownBy(() -> branch().committeeSize(0).build())
        .hasMessage("Party organization 'p1': committeeSize must be > 0, found 0");
    assertThatThrownBy(() -> branch().termYears(-5).build())
        .hasMessage("Party organization 'p1': termYears must be > 0, found -5");
    assertThat(branch().committeeSize(1).termYears(1).build().getCommitteeSize()).hasValue(1);
  }

  @Test
  void build_rejectsNegativeCoveredHouseholds() {
    assertThatThrownBy(() -> branch().coveredHouseholds(-1).build())
        .hasMessage("Party organization 'p1': coveredHouseholds must be >= 0, found -1");
    assertThat(branch().coveredHouseholds(0).build().getCoveredHouseholds()).hasValue(0);
  }

  @Test
  void build_rejectsItselfAsParent() {
    assertThatThrownBy(() -> branch().parentId("p1").build())
        .hasMessage("Party organization 'p1': names itself as its parent");
    assertThat(branch().parentId("c1").build().getParentId()).contains("c1");
  }

  @Test
  void build_jointAreasOnlyOnAJointBranchBuiltOnAnArea() {
    assertThatThrownBy(() -> branch().areaId("a1").addJointAreaIds("a2").build())
        .hasMessage("Party organization 'p1': joint areas belong on a joint branch, not on a branch");
    PartyOrganization.Builder joint = PartyOrganization.builder().id("j1").kind(PartyOrganizationKind.JOINT_BRANCH).name("联合支部");
    assertThatThrownBy(() -> joint.addJointAreaIds("a2").build())
        .hasMessage("Party organization 'j1': joint areas need an area the joint branch is built on");
    assertThat(PartyOrganization.builder().id("j1").kind(PartyOrganizationKind.JOINT_BRANCH).name("联合支部")
            .areaId("a1").addJointAreaIds("a2").build().getJointAreaIds())
        .containsExactly("a2");
  }

  @Test
  void build_rejectsBlankIdAndName() {
    assertThatThrownBy(() -> PartyOrganization.builder().id("").kind(PartyOrganizationKind.BRANCH).name("x").build())
        .hasMessage("Party organization: the id must not be blank");
    assertThatThrownBy(() -> PartyOrganization.builder().id("p1").kind(PartyOrganizationKind.BRANCH).name(" ").build())
        .hasMessage("Party organization 'p1': the name must not be blank");
  }

  @Test
  void canLead_followsTheNestingOrderAndPeersDoNotLeadEachOther() {
    assertThat(PartyOrganizationKind.COMMITTEE.canLead(PartyOrganizationKind.BRANCH)).isTrue();
    assertThat(PartyOrganizationKind.BRANCH.canLead(PartyOrganizationKind.GROUP)).isTrue();
    assertThat(PartyOrganizationKind.BRANCH.canLead(PartyOrganizationKind.JOINT_BRANCH)).isFalse();
    assertThat(PartyOrganizationKind.BRANCH.canLead(PartyOrganizationKind.BRANCH)).isFalse();
    assertThat(PartyOrganizationKind.GROUP.canLead(PartyOrganizationKind.BRANCH)).isFalse();
    assertThatThrownBy(() -> PartyOrganizationKind.BRANCH.canLead(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("child");
  }
}
