package org.jiceng.governance.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.BuildingHeadDuty;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.ContactKind;
import org.jiceng.governance.core.people.Education;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.RegisteredPartyMember;
import org.jiceng.governance.core.people.ResponsibilityContact;
import org.jiceng.governance.core.people.SocialWorkCertificate;
import org.jiceng.governance.core.people.WorkerPost;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.core.unit.OwnersCommittee;
import org.jiceng.governance.core.unit.PropertyCompany;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.jiceng.governance.core.unit.UnitKind;

/**
 * Generators of consistent jurisdictions of every part kind, shared by the core's properties and
 * by governance-json's round-trip properties (through the core's test jar).
 *
 * <p>A jurisdiction is grown from a seed so that jqwik shrinks the seed and the size; every
 * optional attribute is set on some parts and left out on others.
 */
public final class ModelArbitraries {
  private ModelArbitraries() {}

  /**
   * Consistent jurisdictions of 1 to {@code maxCommunities} communities.
   *
   * @param maxCommunities the largest number of communities
   * @return the arbitrary
   */
  public static Arbitrary<Jurisdiction> jurisdictions(int maxCommunities) {
    return Arbitraries.longs()
        .flatMap(seed -> Arbitraries.integers().between(1, maxCommunities).map(n -> grow(seed, n)));
  }

  /**
   * Grows one jurisdiction from a seed.
   *
   * @param seed the seed
   * @param communities the number of communities
   * @return a consistent jurisdiction
   */
  public static Jurisdiction grow(long seed, int communities) {
    Random r = new Random(seed);
    Jurisdiction.Builder b = Jurisdiction.builder();
    if (r.nextBoolean()) {
      b.asOf(LocalDate.of(2024 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28)));
    }
    String county = "211324";
    b.addAreas(
        Area.builder()
            .id("county")
            .level(AreaLevel.COUNTY)
            .name("县")
            .divisionCode(DivisionCode.parse(county + "000000"))
            .build());
    b.addPartyOrganizations(
        PartyOrganization.builder().id("wc").kind(PartyOrganizationKind.WORKING_COMMITTEE).name("党工委").build());
    int streets = 1 + r.nextInt(Math.min(3, communities));
    for (int s = 0; s < streets; s++) {
      String streetId = "s" + s;
      b.addAreas(
          Area.builder()
              .id(streetId)
              .level(AreaLevel.STREET)
              .name("街道" + s)
              .parentId("county")
              .divisionCode(DivisionCode.parse(String.format("%s%03d000", county, s + 1)))
              .build());
    }
    b.addUnits(
        CoBuildingUnit.builder()
            .id("unit0")
            .name("共建单位")
            .kind(UnitKind.values()[r.nextInt(UnitKind.values().length)])
            .creditCode(CodeArbitraries.creditCode(r))
            .addAreaIds("s0")
            .build());
    for (int c = 0; c < communities; c++) {
      int s = c % streets;
      String cid = "c" + c;
      Area.Builder cb =
          Area.builder()
              .id(cid)
              .level(AreaLevel.COMMUNITY)
              .name("社区" + c)
              .parentId("s" + s)
              .divisionCode(DivisionCode.parse(String.format("%s%03d%03d", county, s + 1, c + 1)));
      if (r.nextBoolean()) {
        int residents = 1000 + r.nextInt(20000);
        cb.permanentResidents(residents).urbanPermanentResidents(residents - r.nextInt(1000));
      }
      b.addAreas(cb.build());
      b.addCommunityWorkers(
          CommunityWorker.builder()
              .id(cid + "-w0")
              .name("书记" + c)
              .areaId(cid)
              .post(WorkerPost.PRINCIPAL)
              .grade(7 + r.nextInt(12))
              .certificate(SocialWorkCertificate.values()[r.nextInt(4)])
              .birthYear(1960 + r.nextInt(40))
              .education(Education.values()[r.nextInt(Education.values().length)])
              .secretary(true)
              .director(r.nextBoolean())
              .identityNumber(CodeArbitraries.residentId(r))
              .phone("1390000" + String.format("%04d", r.nextInt(10000)))
              .build(),
          CommunityWorker.builder().id(cid + "-w1").name("工作者" + c).areaId(cid).reserveCandidate(r.nextBoolean()).build());
      b.addPartyOrganizations(
          PartyOrganization.builder()
              .id(cid + "-p")
              .kind(PartyOrganizationKind.BRANCH)
              .name("社区党支部" + c)
              .parentId("wc")
              .areaId(cid)
              .fullMembers(3 + r.nextInt(60))
              .probationaryMembers(r.nextInt(3))
              .electedOn(LocalDate.of(2020 + r.nextInt(5), 1 + r.nextInt(12), 1))
              .termYears(5)
              .build());
      b.addContacts(
          ResponsibilityContact.builder().id(cid + "-lead").name("县领导").kind(ContactKind.COUNTY_LEADER).areaId(cid).build(),
          ResponsibilityContact.builder()
              .id(cid + "-pair")
              .name("共建单位")
              .kind(ContactKind.PAIRED_UNIT)
              .areaId(cid)
              .unitId("unit0")
              .build());
      b.addFacilities(
          ServiceFacility.builder()
              .id(cid + "-center")
              .name("党群服务中心")
              .kind(FacilityKind.CENTER)
              .areaId(cid)
              .floorArea(200 + r.nextInt(800) + (r.nextBoolean() ? 0.5 : 0))
              .build());
      b.addPartyMembers(
          RegisteredPartyMember.builder()
              .id(cid + "-m0")
              .name("在职党员")
              .areaId(cid)
              .unitId("unit0")
              .registeredOn(LocalDate.of(2023, 3, 1))
              .probationary(r.nextBoolean())
              .build());
      String gridParent = cid;
      if (r.nextBoolean()) {
        String compound = cid + "-x";
        b.addAreas(Area.builder().id(compound).level(AreaLevel.COMPOUND).name("小区").parentId(cid).build());
        b.addPropertyCompanies(
            PropertyCompany.builder().id(compound + "-pc").name("物业").addCompoundIds(compound).build());
        b.addOwnersCommittees(
            OwnersCommittee.builder()
                .id(compound + "-oc")
                .name("业委会")
                .compoundId(compound)
                .members(5)
                .partyMembers(r.nextInt(6))
                .build());
        gridParent = compound;
      }
      int grids = 1 + r.nextInt(4);
      for (int g = 0; g < grids; g++) {
        String gid = cid + "-g" + g;
        Area.Builder gb = Area.builder().id(gid).level(AreaLevel.GRID).name("网格" + g).parentId(gridParent);
        List<Area> inside = new ArrayList<>();
        if (r.nextInt(3) == 0) {
          gb.addMatters("public-order", r.nextBoolean() ? "public-safety" : "party-building");
        }
        if (r.nextBoolean()) {
          gb.households(100 + r.nextInt(500));
        } else {
          String bid = gid + "-b";
          inside.add(Area.builder().id(bid).level(AreaLevel.BUILDING).name("楼栋").parentId(gid).build());
          for (int h = 0; h < 1 + r.nextInt(3); h++) {
            Area.Builder hb =
                Area.builder().id(bid + "-h" + h).level(AreaLevel.HOUSEHOLD).name("户" + h).parentId(bid).permanentResidents(1 + r.nextInt(5));
            if (r.nextInt(3) == 0) {
              hb.addCareTags(CareTag.values()[r.nextInt(CareTag.values().length)]);
            }
            inside.add(hb.build());
          }
          GridWorker.Builder head = GridWorker.builder().id(bid + "-head").name("楼长").areaId(bid).role(GridWorkerRole.BUILDING_HEAD);
          if (g % 2 == 0) {
            // Derived from the index, not drawn, so the other parts grow from the seed as before.
            head.duty(BuildingHeadDuty.values()[(g / 2) % BuildingHeadDuty.values().length]);
          }
          b.addGridWorkers(head.build());
        }
        b.addAreas(gb.build());
        b.addAllAreas(inside);
        if (r.nextInt(4) > 0) {
          b.addGridWorkers(
              GridWorker.builder().id(gid + "-fw").name("网格员").areaId(gid).role(GridWorkerRole.FULL_TIME).build());
        }
        b.addPartyOrganizations(
            PartyOrganization.builder()
                .id(gid + "-grp")
                .kind(PartyOrganizationKind.GROUP)
                .name("网格党小组")
                .parentId(cid + "-p")
                .areaId(gid)
                .fullMembers(1 + r.nextInt(8))
                .build());
      }
    }
    return b.build();
  }
}
