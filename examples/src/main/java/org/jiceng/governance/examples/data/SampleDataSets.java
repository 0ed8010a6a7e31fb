package org.jiceng.governance.examples.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.code.UnifiedSocialCreditCode;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.ContactKind;
import org.jiceng.governance.core.people.Education;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.ResponsibilityContact;
import org.jiceng.governance.core.people.SocialWorkCertificate;
import org.jiceng.governance.core.people.WorkerPost;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.jiceng.governance.core.unit.UnitKind;
import org.jiceng.governance.json.DatasetWriter;

/**
 * Builds the bundled sample data sets from the figures their seed documents publish, and writes
 * them to {@code examples/data}. Names, people and codes below the county are synthetic; the
 * counts are the seed's (see the table in the README).
 *
 * <pre>{@code
 * java -cp examples/target/jiceng.jar org.jiceng.governance.examples.data.SampleDataSets examples/data
 * }</pre>
 */
public final class SampleDataSets {
  private SampleDataSets() {}

  /**
   * Writes every sample data set into a directory.
   *
   * @param args the directory
   * @throws Exception if a file cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/data");
    Files.createDirectories(dir);
    DatasetWriter.standard().write(kazuo(), Optional.of("liaoning-kazuo"), dir.resolve("kazuo.json"));
  }

  /**
   * Kazuo (喀左县, seed 000): 2 streets, 16 communities, 169 grids of about 300 households, one
   * full-time grid worker per grid, 73 grid branches and 96 grid groups, 16 compound stations
   * and 20 love stations, 95 member units, three-level 包保 (county leader and paired unit per
   * community, a cadre per grid), 36 certificate holders.
   *
   * @return the jurisdiction
   */
  public static Jurisdiction kazuo() {
    Jurisdiction.Builder b = Jurisdiction.builder().asOf(LocalDate.of(2025, 6, 30));
    String county = "211324";
    b.addAreas(Area.builder().id("kazuo").level(AreaLevel.COUNTY).name("喀喇沁左翼蒙古族自治县")
        .divisionCode(DivisionCode.parse(county + "000000")).build());
    int streets = 2;
    int communities = 16;
    int grids = 169;
    int gridBranches = 73;
    int certificates = 36;
    int memberUnits = 95;
    int loveStations = 20;
    List<String> streetIds = new ArrayList<>();
    for (int s = 0; s < streets; s++) {
      String id = String.format("kazuo-s%d", s + 1);
      streetIds.add(id);
      b.addAreas(Area.builder().id(id).level(AreaLevel.STREET).name("第" + (s + 1) + "街道").parentId("kazuo")
          .divisionCode(DivisionCode.parse(String.format("%s%03d000", county, s + 1))).build());
      b.addPartyOrganizations(PartyOrganization.builder().id(id + "-wc").kind(PartyOrganizationKind.WORKING_COMMITTEE)
          .name("第" + (s + 1) + "街道党工委").areaId(id).fullMembers(9).committeeSize(7)
          .electedOn(LocalDate.of(2021, 9, 1)).build());
    }
    List<String> communityIds = new ArrayList<>();
    int gridNo = 0;
    int certificatesLeft = certificates;
    for (int c = 0; c < communities; c++) {
      int s = c * streets / communities;
      String street = streetIds.get(s);
      String cid = String.format("kazuo-c%02d", c + 1);
      communityIds.add(cid);
      int gridsHere = grids / communities + (c < grids % communities ? 1 : 0);
      int households = gridsHere * 300;
      int residents = households * 26 / 10;
      b.addAreas(Area.builder().id(cid).level(AreaLevel.COMMUNITY).name(String.format("社区%02d", c + 1))
          .parentId(street)
          .divisionCode(DivisionCode.parse(String.format("%s%03d%03d", county, s + 1, c % (communities / streets) + 1)))
          .permanentResidents(residents).urbanPermanentResidents(residents).build());
      String compound = cid + "-x1";
      b.addAreas(Area.builder().id(compound).level(AreaLevel.COMPOUND).name("小区").parentId(cid).build());
      b.addFacilities(
          ServiceFacility.builder().id(cid + "-center").name("党群服务中心").kind(FacilityKind.CENTER).areaId(cid)
              .floorArea(households * 0.3).build(),
          ServiceFacility.builder().id(compound + "-station").name("小区党群服务站").kind(FacilityKind.STATION)
              .areaId(compound).floorArea(120).build());
      // Staff: 18 per 10,000 urban residents, rounded up; the secretary is also the director.
      int staff = (residents * 18 + 9_999) / 10_000;
      for (int w = 0; w < staff; w++) {
        CommunityWorker.Builder wb = CommunityWorker.builder().id(cid + "-w" + (w + 1)).name("社区工作者" + (w + 1))
            .areaId(cid).post(w == 0 ? WorkerPost.PRINCIPAL : w < 3 ? WorkerPost.DEPUTY : WorkerPost.STAFF)
            .grade(w == 0 ? 10 : w < 3 ? 7 : 3).birthYear(1980 + (w * 7 + c) % 20)
            .education(w < 3 ? Education.BACHELOR : Education.JUNIOR_COLLEGE)
            .secretary(w == 0).director(w == 0).reserveCandidate(w == 1);
        if (certificatesLeft > 0 && w < 3) {
          wb.certificate(w == 0 ? SocialWorkCertificate.INTERMEDIATE : SocialWorkCertificate.ASSISTANT);
          certificatesLeft--;
        }
        b.addCommunityWorkers(wb.build());
      }
      int full = 0;
      String org = cid + "-party";
      List<PartyOrganization> cells = new ArrayList<>();
      for (int g = 0; g < gridsHere; g++, gridNo++) {
        String gid = String.format("kazuo-g%03d", gridNo + 1);
        b.addAreas(Area.builder().id(gid).level(AreaLevel.GRID).name(String.format("第%d网格", g + 1))
            .parentId(compound).households(300).permanentResidents(780).build());
        b.addGridWorkers(GridWorker.builder().id(gid + "-fw").name("专职网格员").areaId(gid).role(GridWorkerRole.FULL_TIME).build());
        b.addContacts(ResponsibilityContact.builder().id(gid + "-cadre").name("包保干部").kind(ContactKind.CADRE).areaId(gid).build());
        boolean branch = gridNo < gridBranches;
        int members = branch ? 7 : 4;
        full += members;
        cells.add(PartyOrganization.builder().id(gid + "-" + (branch ? "branch" : "group"))
            .kind(branch ? PartyOrganizationKind.BRANCH : PartyOrganizationKind.GROUP)
            .name(branch ? "网格党支部" : "网格党小组").parentId(org).areaId(gid).fullMembers(members)
            .electedOn(LocalDate.of(2021, 6, 1)).build());
      }
      b.addPartyOrganizations(PartyOrganization.builder().id(org)
          .kind(full >= 100 ? PartyOrganizationKind.COMMITTEE : full >= 50 ? PartyOrganizationKind.GENERAL_BRANCH : PartyOrganizationKind.BRANCH)
          .name(String.format("社区%02d党组织", c + 1)).parentId(street + "-wc").areaId(cid).fullMembers(full)
          .committeeSize(5).electedOn(LocalDate.of(2021, 6, 1)).build());
      b.addAllPartyOrganizations(cells);
      b.addContacts(
          ResponsibilityContact.builder().id(cid + "-leader").name("县党政班子成员").kind(ContactKind.COUNTY_LEADER).areaId(cid).build(),
          ResponsibilityContact.builder().id(cid + "-paired").name("县直结对单位").kind(ContactKind.PAIRED_UNIT).areaId(cid)
              .unitId(String.format("kazuo-u%02d", c + 1)).build());
    }
    // 95 member units; the seed names 2 streets and 14 communities as the ones that took them in.
    List<String> hosts = new ArrayList<>(streetIds);
    hosts.addAll(communityIds.subList(0, 14));
    UnitKind[] kinds = UnitKind.values();
    for (int u = 0; u < memberUnits; u++) {
      String first17 = String.format("91%s%09d", county, 10_000_000 + u * 7919).substring(0, 17);
      b.addUnits(CoBuildingUnit.builder().id(String.format("kazuo-u%02d", u + 1)).name("成员单位" + (u + 1))
          .kind(kinds[u % kinds.length])
          .creditCode(UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacter(first17)))
          .addAreaIds(hosts.get(u % hosts.size())).build());
    }
    for (int l = 0; l < loveStations; l++) {
      b.addFacilities(ServiceFacility.builder().id(String.format("kazuo-love%02d", l + 1)).name("爱心驿站")
          .kind(FacilityKind.LOVE_STATION).areaId(communityIds.get(l % communities)).floorArea(30).build());
    }
    return b.build();
  }
}
