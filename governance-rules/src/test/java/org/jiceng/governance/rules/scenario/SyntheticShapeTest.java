package org.jiceng.governance.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.BuildingHeadDuty;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.ContactKind;
import org.jiceng.governance.core.people.Education;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.SocialWorkCertificate;
import org.jiceng.governance.core.people.WorkerPost;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.jiceng.governance.core.unit.UnitKind;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.GridCell;
import org.jiceng.governance.rules.profile.IntRange;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.jiceng.governance.rules.scenario.SyntheticJurisdictions.Violation;
import org.junit.jupiter.api.Test;

/**
 * The shape of the generated data, community by community, as the generator's Javadoc describes
 * it: grids sized from the profile's range and their micro-grids split evenly, buildings and their
 * heads, staff counts, posts, grades and certificates, the service centre's area, the cells on
 * grids and the community's own organization, units, codes, phones and identity numbers. The
 * compliance checks in {@link SyntheticJurisdictionsTest} see only whether a rule passes; these
 * see the numbers.
 */
class SyntheticShapeTest {
  private static final Source TEST = Source.of("test", "");
  /** cn-national (grids 300..500, 18 workers per 10,000, 30 m² per 100 households) with every optional part on. */
  private static final StandardsProfile FULL = StandardsProfile.draft("test-full", "1", "测试", "Test", TEST)
      .extending(BuiltInProfiles.get("cn-national"))
      .with(Parameters.MICRO_GRID_HOUSEHOLDS, IntRange.of(40, 60), TEST)
      .with(Parameters.BUILDING_HEADS_MIN, 1, TEST)
      .with(Parameters.BUILDING_HEAD_DUTIES, ImmutableSet.of(BuildingHeadDuty.GOVERNMENT_AFFAIRS, BuildingHeadDuty.RESIDENT_AFFAIRS), TEST)
      .with(Parameters.GRID_CELL, GridCell.BRANCH, TEST)
      .with(Parameters.SMALL_COMMUNITY_MIN_WORKERS, 9, TEST)
      .with(Parameters.SMALL_COMMUNITY_RESIDENTS, 5000, TEST)
      .with(Parameters.CERTIFICATE_SHARE_MIN, 0.3, TEST)
      .with(Parameters.RESERVE_CANDIDATES_MIN, 2, TEST)
      .with(Parameters.CENTER_MIN_AREA, 300.0, TEST)
      .with(Parameters.FACILITY_TIERS, ImmutableSet.of(FacilityKind.CENTER, FacilityKind.STATION, FacilityKind.POINT,
          FacilityKind.LOVE_STATION), TEST)
      .with(Parameters.GRID_CADRE, true, TEST)
      .build();

  private static Jurisdiction county(StandardsProfile p, double violations) {
    return SyntheticJurisdictions.builder().profile(p).communities(25).communitiesPerStreet(5).violationRate(violations).build()
        .toJurisdiction();
  }

  private static StandardsProfile with(GridCell cell, boolean compoundBranch, int branchMax) {
    return StandardsProfile.draft("test-cells", "1", "测试", "Test", TEST).extending(BuiltInProfiles.get("cn-national"))
        .with(Parameters.GRID_CELL, cell, TEST).with(Parameters.COMPOUND_BRANCH, compoundBranch, TEST)
        .with(Parameters.BRANCH_MAX, branchMax, TEST).build();
  }

  private static StandardsProfile micro(int min, int max) {
    return StandardsProfile.draft("test-micro", "1", "测试", "Test", TEST).extending(BuiltInProfiles.get("cn-national"))
        .with(Parameters.MICRO_GRID_HOUSEHOLDS, IntRange.of(min, max), TEST).build();
  }

  @Test
  void grids_splitTheCommunityEvenlyInsideTheRange() {
    Jurisdiction j = county(FULL, 0);
    Set<Integer> sizes = new HashSet<>();
    for (Area c : j.getAreas(AreaLevel.COMMUNITY)) {
      List<Area> grids = j.getDescendants(c.getId(), AreaLevel.GRID);
      int per = grids.get(0).getHouseholds().getAsInt();
      sizes.add(per);
      assertThat(grids).hasSizeBetween(3, 8).allSatisfy(g -> {
        assertThat(g.getHouseholds()).hasValue(per);
        assertThat(g.getPermanentResidents()).hasValue(per * 26 / 10);
        assertThat(g.getParentId()).contains(c.getId() + "-x1");
      });
      assertThat(per).isBetween(300, 500);
      int households = per * grids.size();
      // 1000 to 3000 households drawn, spread over round(households / 400) grids.
      assertThat(households).isBetween(999, 3000);
      assertThat(c.getPermanentResidents()).hasValue(households * 26 / 10);
      assertThat(c.getUrbanPermanentResidents()).hasValue(households * 26 / 10);
      assertThat(grids).extracting(Area::getId).startsWith(c.getId() + "-g1");
    }
    assertThat(sizes).hasSizeGreaterThan(5);
  }

  @Test
  void microGrids_splitEachGridEvenlyIntoTheFewestThatFitOrNoneWhenNoneFit() {
    for (StandardsProfile p : List.of(FULL, micro(0, 60), micro(101, 102))) {
      IntRange range = p.get(Parameters.MICRO_GRID_HOUSEHOLDS).orElseThrow();
      Jurisdiction j = county(p, 0);
      int split = 0;
      int unsplit = 0;
      for (Area g : j.getAreas(AreaLevel.GRID)) {
        int h = g.getHouseholds().getAsInt();
        List<Area> micro = j.getChildren(g.getId()).stream().filter(a -> a.getLevel() == AreaLevel.MICRO_GRID).toList();
        int fewest = (h + range.getMax() - 1) / range.getMax();
        boolean fits = range.getMin() == 0 || fewest <= h / range.getMin();
        if (!fits) {
          assertThat(micro).as("grid %s of %s households in %s", g.getId(), h, range).isEmpty();
          unsplit++;
          continue;
        }
        split++;
        assertThat(micro).hasSize(fewest);
        assertThat(micro.stream().mapToInt(m -> m.getHouseholds().getAsInt()).sum()).isEqualTo(h);
        assertThat(micro).allSatisfy(m -> assertThat(m.getHouseholds().getAsInt()).isBetween(range.getMin(), range.getMax())
            .isBetween(h / fewest, h / fewest + 1));
        assertThat(micro.get(0).getId()).isEqualTo(g.getId() + "-m1");
        assertThat(micro.get(0).getHouseholds().getAsInt()).isGreaterThanOrEqualTo(micro.get(micro.size() - 1).getHouseholds().getAsInt());
      }
      // 101..102 households a micro-grid fit only grids of 303..306 or 404..408 households.
      assertThat(range.getMin() == 101 ? unsplit : split).as("grids split or not under %s", range).isPositive();
    }
  }

  @Test
  void buildings_oneToThreePerGridEachWithAHeadPerDutyInTurn() {
    Jurisdiction j = county(FULL, 0);
    Set<Integer> counts = new HashSet<>();
    for (Area g : j.getAreas(AreaLevel.GRID)) {
      List<Area> buildings = j.getChildren(g.getId()).stream().filter(a -> a.getLevel() == AreaLevel.BUILDING).toList();
      counts.add(buildings.size());
      assertThat(buildings).hasSizeBetween(1, 3);
      for (Area b : buildings) {
        List<GridWorker> heads = j.getGridWorkersWithin(b.getId(), GridWorkerRole.BUILDING_HEAD);
        assertThat(heads).extracting(GridWorker::getId).containsExactlyInAnyOrder(b.getId() + "-head", b.getId() + "-head2");
        assertThat(heads).extracting(w -> w.getId() + " " + w.getDuty().orElseThrow())
            .containsExactlyInAnyOrder(b.getId() + "-head GOVERNMENT_AFFAIRS", b.getId() + "-head2 RESIDENT_AFFAIRS");
      }
      assertThat(j.getContactsOf(g.getId())).extracting(x -> x.getId() + " " + x.getKind()).contains(g.getId() + "-cadre " + ContactKind.CADRE);
      GridWorker full = j.getGridWorkersWithin(g.getId(), GridWorkerRole.FULL_TIME).get(0);
      assertThat(full.getId()).isEqualTo(g.getId() + "-fw");
      assertThat(full.getIdentityNumber().orElseThrow().getAddressCode()).isEqualTo("211324");
      assertThat(full.getIdentityNumber().orElseThrow().getBirthDate().getYear()).isBetween(1960, 1999);
      assertThat(full.getPhone().orElseThrow()).matches("1[3-9][0-9]{9}");
    }
    assertThat(counts).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void workers_staffedFromTheRatioWithPostsGradesAndCertificatesInOrder() {
    Jurisdiction j = county(FULL, 0);
    for (Area c : j.getAreas(AreaLevel.COMMUNITY)) {
      int residents = c.getPermanentResidents().getAsInt();
      int staff = Math.max((int) Math.ceil(residents * 18.0 / 10_000) + 1, residents < 5000 ? 9 : 0);
      List<CommunityWorker> w = j.getCommunityWorkersOf(c.getId()).stream()
          .sorted(java.util.Comparator.comparingInt(x -> Integer.parseInt(x.getId().substring(x.getId().lastIndexOf('w') + 1)))).toList();
      assertThat(w).as("staff of %s with %s residents", c.getId(), residents).hasSize(staff);
      int holders = (int) Math.ceil(staff * 0.3);
      for (int k = 0; k < staff; k++) {
        CommunityWorker x = w.get(k);
        assertThat(x.getId()).isEqualTo(c.getId() + "-w" + (k + 1));
        assertThat(x.getName()).isEqualTo("社区工作者" + (k + 1));
        assertThat(x.getPost()).isEqualTo(k == 0 ? WorkerPost.PRINCIPAL : k < 3 ? WorkerPost.DEPUTY : WorkerPost.STAFF);
        assertThat(x.getGrade()).hasValue(k == 0 ? 10 : k < 3 ? 7 : 3);
        assertThat(x.getEducation()).contains(k < 3 ? Education.BACHELOR : Education.JUNIOR_COLLEGE);
        assertThat(x.getCertificate()).isEqualTo(k >= holders ? SocialWorkCertificate.NONE
            : k == 0 ? SocialWorkCertificate.INTERMEDIATE : SocialWorkCertificate.ASSISTANT);
        assertThat(x.isSecretary()).isEqualTo(k == 0);
        assertThat(x.isDirector()).isEqualTo(k == 0);
        assertThat(x.isReserveCandidate()).isEqualTo(k == 1 || k == 2);
        assertThat(x.getBirthYear().getAsInt()).isBetween(1975, 1999);
        assertThat(x.getPhone().orElseThrow()).matches("1[3-9][0-9]{9}");
      }
    }
  }

  @Test
  void facilities_centreSizedFromHouseholdsAndEveryTierTheProfileNames() {
    Jurisdiction j = county(FULL, 0);
    for (Area c : j.getAreas(AreaLevel.COMMUNITY)) {
      long households = j.getHouseholds(c.getId());
      assertThat(j.getFacilitiesOf(c.getId())).extracting(f -> f.getId() + " " + f.getKind() + " " + f.getFloorArea())
          .containsExactlyInAnyOrder(c.getId() + "-center CENTER " + Math.ceil(Math.max(300, households / 100.0 * 30) + 10),
              c.getId() + "-point POINT 40.0", c.getId() + "-love LOVE_STATION 30.0");
      assertThat(j.getFacilitiesOf(c.getId() + "-x1")).extracting(ServiceFacility::getKind).containsExactly(FacilityKind.STATION);
    }
  }

  @Test
  void cells_aBranchOfSevenOrAGroupOfFourOnEachGridAsTheProfileAsks() {
    Jurisdiction branches = county(FULL, 0);
    Jurisdiction groupsAndACompoundBranch = county(with(GridCell.GROUP, true, 50), 0);
    Jurisdiction any = county(with(GridCell.ANY, false, 50), 0);

    for (Area g : branches.getAreas(AreaLevel.GRID)) {
      assertThat(branches.getPartyOrganizationsOn(g.getId())).extracting(o -> o.getId() + " " + o.getKind() + " " + o.getFullMembers())
          .containsExactly(g.getId() + "-branch BRANCH 7");
    }
    for (Area g : groupsAndACompoundBranch.getAreas(AreaLevel.GRID)) {
      String expected = g.getId().endsWith("-g1") ? g.getId() + "-branch BRANCH 7" : g.getId() + "-group GROUP 4";
      assertThat(groupsAndACompoundBranch.getPartyOrganizationsOn(g.getId()))
          .extracting(o -> o.getId() + " " + o.getKind() + " " + o.getFullMembers()).containsExactly(expected);
    }
    for (Area g : any.getAreas(AreaLevel.GRID)) {
      assertThat(any.getPartyOrganizationsOn(g.getId())).extracting(PartyOrganization::getKind).containsExactly(PartyOrganizationKind.GROUP);
    }
  }

  @Test
  void communityOrganization_hasMoreMembersThanItsCellsAndTheKindItsMembersCall() {
    for (StandardsProfile p : List.of(FULL, with(GridCell.GROUP, true, 50), with(GridCell.GROUP, false, 50), with(GridCell.NONE, false, 50),
        with(GridCell.GROUP, false, 10))) {
      Jurisdiction j = county(p, 0);
      int branchMax = p.get(Parameters.BRANCH_MAX).orElseThrow();
      Set<PartyOrganizationKind> kinds = new HashSet<>();
      Set<Integer> sizes = new HashSet<>();
      for (Area c : j.getAreas(AreaLevel.COMMUNITY)) {
        PartyOrganization org = j.getPartyOrganization(c.getId() + "-party").orElseThrow();
        List<PartyOrganization> cells = j.getChildOrganizations(org.getId());
        int cellMembers = cells.stream().mapToInt(PartyOrganization::getFullMembers).sum();
        boolean leads = cells.stream().anyMatch(o -> o.getKind() == PartyOrganizationKind.BRANCH);
        int m = org.getFullMembers();
        kinds.add(org.getKind());
        sizes.add(m);
        assertThat(org.getName()).isEqualTo("社区" + c.getId().substring(1) + "党组织");
        assertThat(org.getParentId()).contains(c.getParentId().orElseThrow() + "-wc");
        // A branch capped at the profile's maximum keeps at least its cells' members.
        assertThat(m).as("members of %s under %s", org.getId(), p.getId())
            .isGreaterThanOrEqualTo(branchMax < 50 ? Math.max(cellMembers, 7) : Math.max(cellMembers + 3, 7));
        if (leads) {
          assertThat(org.getKind()).isIn(PartyOrganizationKind.GENERAL_BRANCH, PartyOrganizationKind.COMMITTEE);
        }
        switch (org.getKind()) {
          case COMMITTEE:
            assertThat(m >= 100 || m > branchMax && !(m >= 50 && m <= 99)).as("a committee of %s", m).isTrue();
            assertThat(org.getCommitteeSize()).hasValue(5);
            break;
          case GENERAL_BRANCH:
            assertThat(m).isBetween(50, 99);
            assertThat(org.getCommitteeSize()).hasValue(5);
            break;
          default:
            assertThat(org.getKind()).isEqualTo(PartyOrganizationKind.BRANCH);
            assertThat(m).isBetween(7, Math.min(49, branchMax));
            assertThat(org.getCommitteeSize()).hasValue(3);
        }
      }
      assertThat(sizes).as("member counts under %s", p.getId()).hasSizeGreaterThan(1);
      if (p.get(Parameters.GRID_CELL).orElseThrow() != GridCell.BRANCH && !p.get(Parameters.COMPOUND_BRANCH).orElseThrow()
          && branchMax == 50) {
        assertThat(kinds).as("kinds under %s", p.getId()).contains(PartyOrganizationKind.BRANCH);
      }
    }
  }

  @Test
  void violations_oversizedGridHasFiftyAboveTheMaximumAndKeepsItsWorker() {
    SyntheticJurisdictions gen = SyntheticJurisdictions.builder().profile(FULL).communities(25).communitiesPerStreet(5).violationRate(1).build();
    Jurisdiction j = gen.toJurisdiction();
    int checked = 0;
    for (int i = 0; i < gen.getCommunities(); i++) {
      Violation v = gen.violationOf(i).orElseThrow();
      List<Area> grids = j.getDescendants(gen.communityId(i), AreaLevel.GRID);
      List<Integer> sizes = grids.stream().map(g -> g.getHouseholds().getAsInt()).toList();
      long withoutWorker = grids.stream().filter(g -> j.getGridWorkersWithin(g.getId(), GridWorkerRole.FULL_TIME).isEmpty()).count();
      if (v == Violation.OVERSIZED_GRID) {
        checked++;
        assertThat(sizes).containsOnlyOnce(550);
        assertThat(withoutWorker).isZero();
      } else if (v == Violation.NO_FULL_TIME_WORKER) {
        checked++;
        assertThat(withoutWorker).isEqualTo(1);
        assertThat(sizes).allSatisfy(s -> assertThat(s).isBetween(300, 500));
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void units_andCodesFollowTheCountyCodeAndTheIndexes() {
    SyntheticJurisdictions gen = SyntheticJurisdictions.builder().profile(FULL).communities(25).communitiesPerStreet(5).build();
    Jurisdiction j = gen.toJurisdiction();

    // One unit per ten communities: u001 and u002, their credit codes from 91 + the county code + a serial.
    assertThat(j.getUnits()).extracting(CoBuildingUnit::getId, CoBuildingUnit::getName, u -> u.getCreditCode().orElseThrow().getValue().substring(0, 17))
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("u001", "共建单位1", "91211324010000000"),
            org.assertj.core.groups.Tuple.tuple("u002", "共建单位2", "91211324010007919"));
    assertThat(j.getUnits()).extracting(CoBuildingUnit::getKind).containsExactlyInAnyOrder(UnitKind.values()[0], UnitKind.values()[1]);
    assertThat(gen.street(1).getUnits()).hasSize(2);
    Area street = j.getArea("s0002").orElseThrow();
    assertThat(street.getName()).isEqualTo("第2街道");
    assertThat(street.getDivisionCode().orElseThrow().getValue()).isEqualTo("211324002000");
    Area c7 = j.getArea("c000007").orElseThrow();
    assertThat(c7.getName()).isEqualTo("社区000007");
    assertThat(c7.getParentId()).contains("s0002");
    assertThat(c7.getDivisionCode().orElseThrow().getValue()).isEqualTo("211324002002");
    assertThat(j.getPartyOrganization("s0002-wc").orElseThrow().getName()).isEqualTo("第2街道党工委");
  }

  @Test
  void indexes_outsideTheCountyAreRefusedByEveryMethod() {
    SyntheticJurisdictions gen = SyntheticJurisdictions.builder().profile(FULL).communities(3).build();

    assertThatThrownBy(() -> gen.community(3)).isInstanceOf(IllegalArgumentException.class).hasMessage("community must be 0..2, found 3");
    assertThatThrownBy(() -> gen.communityId(-1)).isInstanceOf(IllegalArgumentException.class).hasMessage("community must be 0..2, found -1");
    assertThatThrownBy(() -> gen.violationOf(3)).isInstanceOf(IllegalArgumentException.class).hasMessage("community must be 0..2, found 3");
    assertThatThrownBy(() -> SyntheticJurisdictions.builder().violationRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violation rate must be 0..1, found NaN");
    assertThat(gen.communityId(2)).isEqualTo("c000003");
    assertThat(Set.of(gen.getProfile().getId())).containsExactly("test-full");
    assertThat(gen.toJurisdiction().getAreas(AreaLevel.COMMUNITY).stream().map(Area::getId).collect(Collectors.toList()))
        .containsExactly("c000001", "c000002", "c000003");
  }
}
