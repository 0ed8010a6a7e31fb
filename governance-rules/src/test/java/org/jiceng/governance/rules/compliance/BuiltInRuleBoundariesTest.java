package org.jiceng.governance.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules at their thresholds, on {@link Fixture}'s county: the value at the
 * threshold passes and one step beyond it is a finding, with the measured and expected values.
 */
class BuiltInRuleBoundariesTest {

  private static List<Finding> findings(Fixture f, String rule) {
    return f.check().getFindings().stream().filter(x -> x.getRule().equals(rule)).toList();
  }

  private static Finding only(Fixture f, String rule) {
    List<Finding> all = findings(f, rule);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  @Test
  void kindMembership_branchOfThreeFull_passes_andTwoIsTooFew() {
    Fixture f = new Fixture();
    f.gridBranchCommittee = null;
    f.gridBranchFull = 3;
    assertThat(findings(f, "party.kind-membership")).isEmpty();
    f.gridBranchFull = 2;
    Finding x = only(f, "party.kind-membership");
    assertThat(x.getMessageKey()).isEqualTo("party.kind-membership.message.branch-too-few");
    assertThat(x.getMeasured()).isEqualTo("2");
    assertThat(x.getExpected()).isEqualTo(">= 3");
  }

  @Test
  void kindMembership_branchOfFifty_passes_andFiftyOneIsTooMany() {
    Fixture f = new Fixture();
    f.gridBranchFull = 50;
    assertThat(findings(f, "party.kind-membership")).isEmpty();
    f.gridBranchFull = 51;
    Finding x = only(f, "party.kind-membership");
    assertThat(x.getMessageKey()).isEqualTo("party.kind-membership.message.branch-too-many");
    assertThat(x.getSubject()).isEqualTo("gp");
    assertThat(x.getExpected()).isEqualTo("<= 50");
  }

  @Test
  void kindMembership_generalBranchBetween50And99_passes() {
    Fixture f = new Fixture();
    f.communityOrgMembers = 50;
    assertThat(findings(f, "party.kind-membership")).isEmpty();
    f.communityOrgMembers = 99;
    assertThat(findings(f, "party.kind-membership")).isEmpty();
    f.communityOrgMembers = 49;
    assertThat(only(f, "party.kind-membership").getMessageKey()).isEqualTo("party.kind-membership.message.general-branch-range");
    f.communityOrgMembers = 100;
    Finding x = only(f, "party.kind-membership");
    assertThat(x.getMeasured()).isEqualTo("100");
    assertThat(x.getExpected()).isEqualTo("50..99");
  }

  @Test
  void kindMembership_committeeFrom100() {
    Fixture f = new Fixture();
    f.communityOrgKind = PartyOrganizationKind.COMMITTEE;
    f.communityOrgMembers = 100;
    assertThat(findings(f, "party.kind-membership")).isEmpty();
    f.communityOrgMembers = 99;
    Finding x = only(f, "party.kind-membership");
    assertThat(x.getMessageKey()).isEqualTo("party.kind-membership.message.committee-too-few");
    assertThat(x.getExpected()).isEqualTo(">= 100");
  }

  @Test
  void branchGroups_askedFromExactly20Members() {
    Fixture f = new Fixture();
    f.gridBranchFull = 19;
    assertThat(findings(f, "party.groups")).isEmpty();
    f.gridBranchFull = 20;
    Finding x = only(f, "party.groups");
    assertThat(x.getSubject()).isEqualTo("gp");
    assertThat(x.getExpected()).isEqualTo(">= 1");
  }

  @Test
  void centralHousehold_ofTwentyHouseholds_passes_andTwentyOneIsTooMany() {
    Fixture f = new Fixture();
    f.centralHouseholdCovers = 20;
    assertThat(findings(f, "party.central-household")).isEmpty();
    f.centralHouseholdCovers = 21;
    Finding x = only(f, "party.central-household");
    assertThat(x.getSubject()).isEqualTo("ch");
    assertThat(x.getMeasured()).isEqualTo("21");
    assertThat(x.getExpected()).isEqualTo("<= 20");
  }

  @Test
  void centerArea_atTheMinimum_passes_andBelowIsSmall() {
    Fixture f = new Fixture();
    f.centerArea = 300;
    assertThat(findings(f, "places.center-min-area")).isEmpty();
    f.centerArea = 299.5;
    Finding x = only(f, "places.center-min-area");
    assertThat(x.getMessageKey()).isEqualTo("places.center-min-area.message.small");
    assertThat(x.getSubject()).isEqualTo("center");
    assertThat(x.getMeasured()).isEqualTo("299.5");
    assertThat(x.getExpected()).isEqualTo(">= 300");
  }

  @Test
  void smallCommunity_isCountedBelow5000Residents() {
    Fixture f = new Fixture();
    f.workers = 8;
    f.urbanResidents = 5000;
    assertThat(findings(f, "staffing.small-community-min")).isEmpty();
    f.urbanResidents = 4999;
    Finding x = only(f, "staffing.small-community-min");
    assertThat(x.getMeasured()).isEqualTo("8");
    assertThat(x.getExpected()).isEqualTo(">= 9");
    f.workers = 9;
    assertThat(findings(f, "staffing.small-community-min")).isEmpty();
  }

  @Test
  void certificateShare_atTheMinimum_passes_andIsMeasured() {
    Fixture f = new Fixture();
    ComplianceReport at = f.check();
    assertThat(at.getFindings()).noneMatch(x -> x.getRule().equals("staffing.certificate-share"));
    assertThat(at.getMeasured()).contains(Measurement.of("staffing.certificate-share", "", 0.3));
    f.certificates = 2;
    Finding x = only(f, "staffing.certificate-share");
    assertThat(x.getMeasured()).isEqualTo("20%");
    assertThat(x.getExpected()).isEqualTo(">= 30%");
    assertThat(x.getMessageArguments()).containsExactly("2", "10", "20", "30");
    f.certificates = 1;
    f.workers = 3;
    assertThat(f.check().getMeasured()).contains(Measurement.of("staffing.certificate-share", "", 0.333));
  }

  /** Workers per 10,000 residents are measured for the street and the county, and checked at the profile's level. */
  @Test
  void workersPer10k_measuredAboveTheCommunity_andCheckedAtTheCountyLevel() {
    Fixture f = new Fixture();
    f.urbanResidents = 6000;
    f.workers = 11;
    ComplianceReport ok = f.check();
    // 11 workers for 6,000 residents: 18.33 per 10,000, above cn-national's 18.
    assertThat(ok.getMeasured()).filteredOn(m -> m.getName().equals("staffing.workers-per-10k"))
        .containsExactlyInAnyOrder(Measurement.of("staffing.workers-per-10k", "K", 18.33), Measurement.of("staffing.workers-per-10k", "S", 18.33));
    assertThat(ok.getFindings()).noneMatch(x -> x.getRule().equals("staffing.workers-per-10k"));
    f.urbanResidents = 7000;
    Finding x = only(f, "staffing.workers-per-10k");
    assertThat(x.getSubject()).isEqualTo("K");
    assertThat(x.getMeasured()).isEqualTo("15.7");
    assertThat(x.getExpected()).isEqualTo(">= 18");
  }

  @Test
  void declaredTotals_withinFivePercent_pass() {
    Fixture f = new Fixture();
    f.declaredCommunityHouseholds = 315;
    assertThat(findings(f, "hierarchy.declared-totals")).isEmpty();
    f.declaredCommunityHouseholds = 286;
    assertThat(findings(f, "hierarchy.declared-totals")).isEmpty();
    f.declaredCommunityHouseholds = 285;
    Finding x = only(f, "hierarchy.declared-totals");
    assertThat(x.getMeasured()).isEqualTo("285");
    assertThat(x.getExpected()).isEqualTo("300");
    f.declaredCommunityHouseholds = 316;
    assertThat(only(f, "hierarchy.declared-totals").getMeasured()).isEqualTo("316");
  }
}
