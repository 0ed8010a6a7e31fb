package org.jiceng.governance.examples.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
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
 * them to {@code examples/data}. Names, people and codes below the county are synthetic, and so
 * is every figure the README's table does not attribute to a seed.
 *
 * <pre>{@code
 * java -cp examples/target/jiceng.jar org.jiceng.governance.examples.data.SampleDataSets examples/data
 * }</pre>
 */
public final class SampleDataSets {
  private SampleDataSets() {}

  /** The data sets by file name, with the profile each names. */
  public static Map<String, String> profiles() {
    return Map.of("kazuo.json", "liaoning-kazuo", "kaiyuan.json", "liaoning-kaiyuan", "jiayuguan.json", "gansu-jiayuguan",
        "luannan.json", "hebei-luannan", "qianxi.json", "hebei-qianxi");
  }

  /**
   * Builds a data set by file name.
   *
   * @param file e.g. {@code kazuo.json}
   * @return the jurisdiction
   */
  public static Jurisdiction build(String file) {
    switch (file) {
      case "kazuo.json": return kazuo();
      case "kaiyuan.json": return kaiyuan();
      case "jiayuguan.json": return jiayuguan();
      case "luannan.json": return luannan();
      case "qianxi.json": return qianxi();
      default: throw new IllegalArgumentException("No sample data set '" + file + "'; known: " + profiles().keySet());
    }
  }

  /**
   * Writes every sample data set into a directory.
   *
   * @param args the directory
   * @throws Exception if a file cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/data");
    Files.createDirectories(dir);
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(profiles()).entrySet()) {
      DatasetWriter.standard().withProfile(e.getValue()).write(build(e.getKey()), dir.resolve(e.getKey()));
    }
  }

  /** What a locality's seed publishes, and the choices made where it is silent. */
  static final class Spec {
    String prefix;
    String countyName;
    String countyCode;
    int streets = 1;
    int communities;
    int grids;
    /** Grids (of {@link #grids}) that sit directly under the community rather than in a compound. */
    int communityGrids;
    int householdsPerGrid = 300;
    int microGrids;
    /** Micro-grids in a grid that is subdivided (grids are subdivided whole, in grid order). */
    int microPerGrid;
    int gridBranches;
    boolean groupInEveryGrid;
    /** Groups in all, when every grid has groups (spread evenly); otherwise one per grid without a branch. */
    int groups;
    double workersPer10k = 18;
    int minWorkers;
    int certificates;
    int memberUnits;
    int loveStations;
    boolean stations;
    boolean points;
    double centerMinArea;
    boolean countyLeader;
    boolean pairedUnit;
    boolean firstSecretary;
    boolean gridCadre;
    int buildingHeads;
    /** Full-time grid workers in all (spread evenly, at least one a grid); 0 means one per grid. */
    int fullTime;
    /** Households with care tags (七个必访), by tag, placed in buildings; none when empty. */
    Map<CareTag, Integer> careHouseholds = Map.of();
    /** Households without tags placed beside them (for disputes and accidents raised by events). */
    int plainHouseholds;
  }

  private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
  private static final String GIVEN = "秀英桂兰建国玉珍淑华志强凤兰德明春梅海燕丽娟永胜红梅";

  /** A synthetic personal name: the households' names are personal data, printed masked. */
  static String personName(int i) {
    int g = (i / SURNAMES.length()) % (GIVEN.length() / 2);
    return SURNAMES.charAt(i % SURNAMES.length()) + GIVEN.substring(2 * g, 2 * g + 2);
  }

  /**
   * Kazuo (喀左县, seed 000): 2 streets, 16 communities, 169 grids of about 300 households, one
   * full-time grid worker per grid, 73 grid branches and 96 grid groups, 16 compound stations
   * and 20 love stations, 95 member units, three-level 包保, 36 certificate holders.
   *
   * @return the jurisdiction
   */
  public static Jurisdiction kazuo() {
    Spec s = new Spec();
    s.prefix = "kazuo";
    s.countyName = "喀喇沁左翼蒙古族自治县";
    s.countyCode = "211324";
    s.streets = 2;
    s.communities = 16;
    s.grids = 169;
    s.gridBranches = 73;
    s.certificates = 36;
    s.memberUnits = 95;
    s.loveStations = 20;
    s.stations = true;
    s.countyLeader = true;
    s.pairedUnit = true;
    s.gridCadre = true;
    return build(s);
  }

  /**
   * Kaiyuan (开原市, seed 002): 459 grids of 300 households, 1,286 micro-grids of 50, a branch on
   * every grid (街道党工委—社区党组织—网格党支部), 18 workers per 10,000. The number of streets and
   * communities is not in the seed (synthetic: 3 and 30).
   *
   * @return the jurisdiction
   */
  public static Jurisdiction kaiyuan() {
    Spec s = new Spec();
    s.prefix = "kaiyuan";
    s.countyName = "开原市";
    s.countyCode = "211282";
    s.streets = 3;
    s.communities = 30;
    s.grids = 459;
    s.microGrids = 1286;
    s.microPerGrid = 6;
    s.gridBranches = 459;
    return build(s);
  }

  /**
   * Jiayuguan (嘉峪关市, seed 001): 417 grids with a branch each (把支部建在网格上), 23 workers per
   * 10,000, at least 9 per small community, 210 certified workers, 1-2 reserve candidates, centre +
   * station + point. The 16 community committees and 60 co-building units are synthetic: seed 001
   * gives those figures for Jian'ou (为16个城市社区党委配备61名兼职委员、60个共建单位), not Jiayuguan.
   *
   * @return the jurisdiction
   */
  public static Jurisdiction jiayuguan() {
    Spec s = new Spec();
    s.prefix = "jiayuguan";
    s.countyName = "嘉峪关市";
    s.countyCode = "620201";
    s.streets = 3;
    s.communities = 16;
    s.grids = 417;
    s.gridBranches = 417;
    s.workersPer10k = 23;
    s.minWorkers = 9;
    s.certificates = 210;
    s.memberUnits = 60;
    s.stations = true;
    s.points = true;
    return build(s);
  }

  /**
   * Luannan (滦南县, seed 003): 18 communities, 324 grids of 150-200 households, 84 door-number
   * grids of 50-80, a branch on every grid, secretary and director one person everywhere, every
   * centre at least 500 m², 18 comprehensive service stations.
   *
   * @return the jurisdiction
   */
  public static Jurisdiction luannan() {
    Spec s = new Spec();
    s.prefix = "luannan";
    s.countyName = "滦南县";
    s.countyCode = "130224";
    s.streets = 2;
    s.communities = 18;
    s.grids = 324;
    s.householdsPerGrid = 180;
    s.microGrids = 84;
    s.microPerGrid = 3;
    s.gridBranches = 324;
    s.stations = true;
    s.centerMinArea = 500;
    return build(s);
  }

  /**
   * Qianxi (迁西县栗乡街道, seed 003): one street, 10 communities, 10 community grids and 66
   * compound grids, a branch in each compound grid (66), 158 groups, 1,411 building heads, 124
   * full-time grid workers.
   *
   * @return the jurisdiction
   */
  public static Jurisdiction qianxi() {
    Spec s = new Spec();
    s.prefix = "qianxi";
    s.countyName = "迁西县";
    s.countyCode = "130227";
    s.communities = 10;
    s.grids = 76;
    s.communityGrids = 10;
    s.gridBranches = 66;
    s.groupInEveryGrid = true;
    s.groups = 158;
    s.fullTime = 124;
    s.buildingHeads = 1411;
    s.stations = true;
    // Seed 003: 帮助生活困难党员25人，为113名残疾人发放生活补贴，为14位高龄失能老人、孤儿、精神障碍患者发放补助款.
    // Elderly living alone and key petitioners are not counted in the seed: synthetic.
    s.careHouseholds = new java.util.EnumMap<>(Map.of(CareTag.PARTY_MEMBER_IN_HARDSHIP, 25, CareTag.DISABLED, 113,
        CareTag.SPECIAL_POPULATION, 14, CareTag.ELDERLY_ALONE, 120, CareTag.KEY_PETITIONER, 8));
    s.plainHouseholds = 140;
    return build(s);
  }

  /**
   * How many micro-grids grid {@code index} has: whole grids are subdivided into {@code
   * microPerGrid} micro-grids in grid order, the remainder adding one more to the first grids.
   */
  private static int microGridsOf(Spec s, int index) {
    if (s.microGrids == 0) {
      return 0;
    }
    int subdivided = s.microGrids / s.microPerGrid;
    int remainder = s.microGrids % s.microPerGrid;
    return index < subdivided ? s.microPerGrid + (index < remainder ? 1 : 0) : 0;
  }

  private static int share(int total, int parts, int index) {
    return total / parts + (index < total % parts ? 1 : 0);
  }

  static Jurisdiction build(Spec s) {
    Jurisdiction.Builder b = Jurisdiction.builder().asOf(LocalDate.of(2025, 6, 30));
    String county = s.prefix;
    b.addAreas(Area.builder().id(county).level(AreaLevel.COUNTY).name(s.countyName)
        .divisionCode(DivisionCode.parse(s.countyCode + "000000")).build());
    List<String> streetIds = new ArrayList<>();
    for (int i = 0; i < s.streets; i++) {
      String id = s.prefix + "-s" + (i + 1);
      streetIds.add(id);
      b.addAreas(Area.builder().id(id).level(AreaLevel.STREET).name("第" + (i + 1) + "街道").parentId(county)
          .divisionCode(DivisionCode.parse(String.format("%s%03d000", s.countyCode, i + 1))).build());
      b.addPartyOrganizations(PartyOrganization.builder().id(id + "-wc").kind(PartyOrganizationKind.WORKING_COMMITTEE)
          .name("第" + (i + 1) + "街道党工委").areaId(id).fullMembers(9).committeeSize(7).electedOn(LocalDate.of(2021, 9, 1)).build());
    }
    List<String> communityIds = new ArrayList<>();
    int gridNo = 0;
    int microNo = 0;
    int headNo = 0;
    int certificatesLeft = s.certificates;
    int perStreet = (s.communities + s.streets - 1) / s.streets;
    for (int c = 0; c < s.communities; c++) {
      int st = c / perStreet;
      String street = streetIds.get(st);
      String cid = String.format("%s-c%02d", s.prefix, c + 1);
      communityIds.add(cid);
      int gridsHere = share(s.grids, s.communities, c);
      int communityGridsHere = share(s.communityGrids, s.communities, c);
      int householdsHere = gridsHere * s.householdsPerGrid;
      List<Integer> microHere = new ArrayList<>();
      for (int g = 0; g < gridsHere; g++) {
        microHere.add(microGridsOf(s, gridNo + g));
      }
      int residents = householdsHere * 26 / 10;
      b.addAreas(Area.builder().id(cid).level(AreaLevel.COMMUNITY).name(String.format("社区%02d", c + 1)).parentId(street)
          .divisionCode(DivisionCode.parse(String.format("%s%03d%03d", s.countyCode, st + 1, c % perStreet + 1)))
          .permanentResidents(residents).urbanPermanentResidents(residents).build());
      String compound = cid + "-x1";
      int compoundGrids = gridsHere - communityGridsHere;
      b.addAreas(Area.builder().id(compound).level(AreaLevel.COMPOUND).name("小区").parentId(cid).build());
      b.addFacilities(ServiceFacility.builder().id(cid + "-center").name("党群服务中心").kind(FacilityKind.CENTER).areaId(cid)
          .floorArea(Math.max(s.centerMinArea, Math.ceil(householdsHere * 0.3))).build());
      if (s.stations) {
        b.addFacilities(ServiceFacility.builder().id(compound + "-station").name("小区党群服务站").kind(FacilityKind.STATION)
            .areaId(compound).floorArea(120).build());
      }
      if (s.points) {
        b.addFacilities(ServiceFacility.builder().id(cid + "-point").name("党群服务点").kind(FacilityKind.POINT).areaId(cid).floorArea(40).build());
      }
      int staff = Math.max(s.minWorkers, (int) Math.ceil(residents * s.workersPer10k / 10_000));
      for (int w = 0; w < staff; w++) {
        CommunityWorker.Builder wb = CommunityWorker.builder().id(cid + "-w" + (w + 1)).name("社区工作者" + (w + 1)).areaId(cid)
            .post(w == 0 ? WorkerPost.PRINCIPAL : w < 3 ? WorkerPost.DEPUTY : WorkerPost.STAFF)
            .grade(w == 0 ? 10 : w < 3 ? 7 : 3).birthYear(1980 + (w * 7 + c) % 20)
            .education(w < 3 ? Education.BACHELOR : Education.JUNIOR_COLLEGE)
            .secretary(w == 0).director(w == 0).reserveCandidate(w == 1);
        int holdersHere = share(s.certificates, s.communities, c);
        if (certificatesLeft > 0 && w < holdersHere) {
          wb.certificate(w == 0 ? SocialWorkCertificate.INTERMEDIATE : SocialWorkCertificate.ASSISTANT);
          certificatesLeft--;
        }
        b.addCommunityWorkers(wb.build());
      }
      int members = 0;
      String org = cid + "-party";
      List<PartyOrganization> cells = new ArrayList<>();
      for (int g = 0; g < gridsHere; g++, gridNo++) {
        String gid = String.format("%s-g%03d", s.prefix, gridNo + 1);
        boolean inCommunity = g < communityGridsHere;
        int micro = microHere.get(g);
        int households = s.householdsPerGrid;
        b.addAreas(Area.builder().id(gid).level(AreaLevel.GRID).name(String.format("第%d网格", g + 1))
            .parentId(inCommunity ? cid : compound).households(households).permanentResidents(households * 26 / 10).build());
        for (int m = 0; m < micro; m++, microNo++) {
          b.addAreas(Area.builder().id(String.format("%s-m%04d", s.prefix, microNo + 1)).level(AreaLevel.MICRO_GRID)
              .name(String.format("第%d微网格", m + 1)).parentId(gid).households(s.householdsPerGrid / micro).build());
        }
        int headsHere = share(s.buildingHeads, s.grids, gridNo);
        for (int h = 0; h < headsHere; h++, headNo++) {
          String bid = String.format("%s-b%04d", s.prefix, headNo + 1);
          b.addAreas(Area.builder().id(bid).level(AreaLevel.BUILDING).name((h + 1) + "号楼").parentId(gid).build());
          b.addGridWorkers(GridWorker.builder().id(bid + "-head").name("楼门长").areaId(bid).role(GridWorkerRole.BUILDING_HEAD).build());
        }
        int fullTimeHere = s.fullTime == 0 ? 1 : share(s.fullTime, s.grids, gridNo);
        for (int f = 0; f < fullTimeHere; f++) {
          b.addGridWorkers(GridWorker.builder().id(gid + "-fw" + (f + 1)).name("专职网格员").areaId(gid).role(GridWorkerRole.FULL_TIME).build());
        }
        if (s.gridCadre) {
          b.addContacts(ResponsibilityContact.builder().id(gid + "-cadre").name("包保干部").kind(ContactKind.CADRE).areaId(gid).build());
        }
        // Branches go to compound grids first (Qianxi), then in grid order.
        boolean branch = s.communityGrids > 0 ? !inCommunity && cells.stream().filter(x -> x.getKind() == PartyOrganizationKind.BRANCH).count() < s.gridBranches
            : gridNo < s.gridBranches;
        if (branch) {
          members += 7;
          cells.add(PartyOrganization.builder().id(gid + "-branch").kind(PartyOrganizationKind.BRANCH).name("网格党支部")
              .parentId(org).areaId(gid).fullMembers(7).committeeSize(3).electedOn(LocalDate.of(2021, 6, 1)).build());
        }
        int groupsHere = s.groupInEveryGrid ? share(s.groups, s.grids, gridNo) : branch ? 0 : 1;
        for (int k = 0; k < groupsHere; k++) {
          members += 4;
          cells.add(PartyOrganization.builder().id(gid + "-group" + (k + 1)).kind(PartyOrganizationKind.GROUP).name("网格党小组")
              .parentId(branch ? gid + "-branch" : org).areaId(gid).fullMembers(4).build());
        }
      }
      PartyOrganizationKind kind = members >= 100 ? PartyOrganizationKind.COMMITTEE
          : members >= 50 ? PartyOrganizationKind.GENERAL_BRANCH : PartyOrganizationKind.BRANCH;
      b.addPartyOrganizations(PartyOrganization.builder().id(org).kind(kind).name(String.format("社区%02d党组织", c + 1))
          .parentId(street + "-wc").areaId(cid).fullMembers(Math.max(members, 7)).committeeSize(kind == PartyOrganizationKind.BRANCH ? 3 : 5)
          .electedOn(LocalDate.of(2021, 6, 1)).build());
      b.addAllPartyOrganizations(cells);
      if (s.countyLeader) {
        b.addContacts(ResponsibilityContact.builder().id(cid + "-leader").name("县党政班子成员").kind(ContactKind.COUNTY_LEADER).areaId(cid).build());
      }
      if (s.pairedUnit) {
        b.addContacts(ResponsibilityContact.builder().id(cid + "-paired").name("结对单位").kind(ContactKind.PAIRED_UNIT).areaId(cid)
            .unitId(String.format("%s-u%02d", s.prefix, c % Math.max(1, s.memberUnits) + 1)).build());
      }
      if (s.firstSecretary) {
        b.addContacts(ResponsibilityContact.builder().id(cid + "-first").name("第一书记").kind(ContactKind.FIRST_SECRETARY).areaId(cid).build());
      }
    }
    int careTotal = s.careHouseholds.values().stream().mapToInt(Integer::intValue).sum();
    if (careTotal + s.plainHouseholds > 0) {
      // Tagged households take every fifth building, untagged ones every tenth from the third on, so
      // they spread over every community, no grid has every building filled, and the grids' declared
      // household counts stay what the seed says.
      List<CareTag> tags = new ArrayList<>();
      s.careHouseholds.forEach((tag, n) -> tags.addAll(java.util.Collections.nCopies(n, tag)));
      for (int k = 0; k < careTotal + s.plainHouseholds; k++) {
        int building = k < careTotal ? k * 5 % headNo : ((k - careTotal) * 10 + 3) % headNo;
        String bid = String.format("%s-b%04d", s.prefix, building + 1);
        Area.Builder hb = Area.builder().id(String.format("%s-h%04d", s.prefix, k + 1)).level(AreaLevel.HOUSEHOLD)
            .name(personName(k)).parentId(bid).permanentResidents(k < careTotal && tags.get(k) == CareTag.ELDERLY_ALONE ? 1 : 3);
        if (k < careTotal) {
          hb.addCareTags(tags.get(k));
        }
        b.addAreas(hb.build());
      }
    }
    List<String> hosts = new ArrayList<>(streetIds);
    hosts.addAll(communityIds);
    UnitKind[] kinds = UnitKind.values();
    for (int u = 0; u < s.memberUnits; u++) {
      String first17 = String.format("91%s%09d", s.countyCode, 10_000_000 + u * 7919).substring(0, 17);
      b.addUnits(CoBuildingUnit.builder().id(String.format("%s-u%02d", s.prefix, u + 1)).name("成员单位" + (u + 1))
          .kind(kinds[u % kinds.length])
          .creditCode(UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacter(first17)))
          .addAreaIds(hosts.get(u % hosts.size())).build());
    }
    for (int l = 0; l < s.loveStations; l++) {
      b.addFacilities(ServiceFacility.builder().id(String.format("%s-love%02d", s.prefix, l + 1)).name("爱心驿站")
          .kind(FacilityKind.LOVE_STATION).areaId(communityIds.get(l % s.communities)).floorArea(30).build());
    }
    return b.build();
  }
}
