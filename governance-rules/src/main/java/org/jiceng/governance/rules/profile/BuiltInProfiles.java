package org.jiceng.governance.rules.profile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.people.BuildingHeadDuty;
import org.jiceng.governance.core.unit.FacilityKind;

/**
 * The built-in profiles: {@code cn-national} (NATIONAL.md) and one per seed locality, each
 * extending {@code cn-national} (or its prefecture) and overriding what its seed reports. Every
 * value cites its source; values read from a seed's wording (such as "300 households or so"
 * read as 240–360) say how they were read.
 */
public final class BuiltInProfiles {
  private BuiltInProfiles() {}

  private static final String S000 = "seed 000 (辽宁喀左县)";
  private static final String S001 = "seed 001 (甘肃嘉峪关市, 福建建瓯市, 吉林延吉市)";
  private static final String S002 = "seed 002 (辽宁铁岭市, 开原市)";
  private static final String S003 = "seed 003 (河北迁西县, 滦南县, 乐亭县)";
  private static final String S004 = "seed 004 (辽宁建平县)";
  private static final String ABOUT = "read as ±20% around the stated figure (左右), this library's reading";

  private static Source src(String document, String note) {
    return Source.of(document, note);
  }

  private static final StandardsProfile NATIONAL = StandardsProfile.draft("cn-national", "2026.1",
          "全国基层治理基准", "National baseline of grassroots governance",
          src("NATIONAL.md", "national regulations and their restatements"))
      .set(Parameters.AREA_CHAIN, ImmutableSet.copyOf(AreaLevel.values()),
          src("DOMAIN.md §1", "the chain differs by locality; nationally every level is allowed"))
      .set(Parameters.CODE_RANGES, true, src("NATIONAL.md Codes; 统计用区划代码编制规则", "township digits 001-099 street, 100-199 town, 200-399 township; village digits 001-199 residents' committee; real data breaks them, so a warning"))
      .set(Parameters.TOTALS_TOLERANCE, 0.05, src("jiceng default", "5% for rounding in reported totals; no regulation sets it"))
      .set(Parameters.GRID_HOUSEHOLDS, IntRange.of(300, 500),
          src("NATIONAL.md Grids", "urban comprehensive grids in principle 300-500 households; provincial restatement, UNCONFIRMED nationally"))
      .set(Parameters.GRID_RESIDENTS_MAX, 2500,
          src("NATIONAL.md Grids", "at most 2,000-2,500 residents; UNCONFIRMED nationally"))
      .set(Parameters.GRID_FULL_TIME_MIN, 1, src("NATIONAL.md Grids", "one full-time grid worker per comprehensive grid is common practice; seeds 000, 002"))
      .set(Parameters.GRID_CELL, GridCell.NONE, src("NATIONAL.md", "no national rule on cells per grid; localities set it"))
      .set(Parameters.BRANCH_MIN_FULL, 3, src("中国共产党支部工作条例（试行）2018", "3 or more full members set up a branch; fewer: a joint branch"))
      .set(Parameters.BRANCH_MAX, 50, src("中国共产党支部工作条例（试行）2018", "a branch generally no more than 50 members"))
      .set(Parameters.BRANCH_COMMITTEE_FROM, 7, src("中国共产党支部工作条例（试行）2018", "7 or more full members: a branch committee"))
      .set(Parameters.GENERAL_BRANCH_MEMBERS, IntRange.of(50, 99), src("中国共产党支部工作条例（试行）2018", "50-99 members may set up a general branch"))
      .set(Parameters.COMMITTEE_FROM, 100, src("中国共产党支部工作条例（试行）2018", "100 or more members: a primary committee"))
      .set(Parameters.BRANCH_COMMITTEE_SIZE, IntRange.of(3, 7), src("中国共产党支部工作条例（试行）2018", "3-5 members, generally no more than 7"))
      .set(Parameters.GENERAL_BRANCH_COMMITTEE_SIZE, IntRange.of(5, 9), src("基层组织选举工作条例 2020", "5-7, at most 9"))
      .set(Parameters.COMMITTEE_SIZE, IntRange.of(5, 9), src("基层组织选举工作条例 2020", "5-9; UNCONFIRMED against the 2020 text"))
      .set(Parameters.GROUP_MIN_MEMBERS, 3, src("中央和国家机关党的基层组织工作规定; NATIONAL.md", "a party group has at least 3 members (central-organs rule, used as the default)"))
      .set(Parameters.GROUP_MIN_FULL, 1, src("中央和国家机关党的基层组织工作规定; NATIONAL.md", "at least 1 of a group's members is a full member"))
      .set(Parameters.JOINT_BRANCH_MAX_UNITS, 5, src("中国共产党支部工作条例（试行）2018", "a joint branch normally gathers no more than 5 units"))
      .set(Parameters.COMMITTEE_TERM_YEARS, 5, src("关于党的基层组织任期的意见 2018", "a primary committee serves 5 years"))
      .set(Parameters.BRANCH_TERM_YEARS, 3, src("关于党的基层组织任期的意见 2018", "a general branch or branch serves 3 years, except in a 村 or 社区"))
      .set(Parameters.COMMUNITY_TERM_YEARS, 5, src("关于党的基层组织任期的意见 2018", "every committee, general branch and branch of a 社区 serves 5 years"))
      .set(Parameters.WORKERS_PER_10K, 18.0, src("十四五城乡社区服务体系建设规划 国办发〔2021〕56号", "18 community workers per 10,000 urban permanent residents; seeds 001, 002"))
      .set(Parameters.WORKERS_RATIO_LEVEL, AreaLevel.COUNTY, src("十四五城乡社区服务体系建设规划", "a county-wide indicator"))
      .set(Parameters.ONE_SHOULDER, true, src("关于加强社区工作者队伍建设的意见 2024", "一肩挑 is encouraged, not required: INFO"))
      .rule("staffing.one-shoulder", true, Optional.of(Severity.INFO), src("NATIONAL.md", "encouraged only"))
      .set(Parameters.FACILITY_AREA_PER_100, 30.0, src("十四五城乡社区服务体系建设规划; 完整社区 pilot 2022", "at least 30 m² per 100 households"))
      .set(Parameters.FACILITY_TIERS, ImmutableSet.of(FacilityKind.CENTER), src("DOMAIN.md §4", "every community has a party-mass service centre"))
      .build();

  private static final StandardsProfile TIELING = StandardsProfile.draft("liaoning-tieling", "2025.1", "辽宁省铁岭市",
          "Tieling, Liaoning", src(S002, "铁岭市 grid and staffing practice"))
      .extending(NATIONAL)
      .set(Parameters.WORKERS_PER_10K, 18.0, src(S002, "动态保证每万名城镇常住人口配备社区工作者不少于18人"))
      .set(Parameters.BUILDING_HEADS_MIN, 2, src(S002, "全面推行“政务楼长+居务楼长”双楼长制: two heads a building, one for government affairs and one for residents' affairs"))
      .set(Parameters.BUILDING_HEAD_DUTIES, ImmutableSet.of(BuildingHeadDuty.GOVERNMENT_AFFAIRS, BuildingHeadDuty.RESIDENT_AFFAIRS),
          src(S002, "“政务楼长+居务楼长”: a head for each duty; a head whose duty the data does not state counts for neither"))
      .build();

  private static final StandardsProfile KAIYUAN = StandardsProfile.draft("liaoning-kaiyuan", "2025.1", "辽宁省开原市",
          "Kaiyuan, Liaoning", src(S002, "开原市: 459 grids, 1,286 micro-grids"))
      .extending(TIELING)
      .set(Parameters.GRID_HOUSEHOLDS, IntRange.of(240, 360), src(S002, "“300户—网格”; " + ABOUT))
      .set(Parameters.MICRO_GRID_HOUSEHOLDS, IntRange.of(40, 60), src(S002, "“50户—微格”; " + ABOUT))
      .set(Parameters.GRID_CELL, GridCell.BRANCH, src(S002, "街道党工委—社区党组织—网格党支部—党员中心户"))
      .build();

  private static final StandardsProfile KAZUO = StandardsProfile.draft("liaoning-kazuo", "2025.1", "辽宁省喀左县",
          "Kazuo, Liaoning", src(S000, "16 communities, 169 grids"))
      .extending(NATIONAL)
      .set(Parameters.GRID_HOUSEHOLDS, IntRange.of(240, 360), src(S000, "每个网格原则上覆盖300户左右; " + ABOUT))
      .set(Parameters.GRID_CELL, GridCell.ANY, src(S000, "“一网格一党小组”: 73 grid branches and 96 grid groups for 169 grids"))
      .set(Parameters.GROUPS_FROM, 20, src(S000, "街道党工委—社区党组织—小区党支部—网格党小组—党员中心户; a branch of 20 or more divides into groups (NATIONAL.md, 中国共产党支部工作条例（试行）2018)"))
      .set(Parameters.COUNTY_LEADER, true, src(S000, "县党政班子成员联系社区, 16个社区包保联系全覆盖"))
      .set(Parameters.PAIRED_UNIT, true, src(S000, "县直单位结对社区"))
      .set(Parameters.GRID_CADRE, true, src(S000, "县、街科级干部包保网格"))
      .set(Parameters.FACILITY_TIERS, ImmutableSet.of(FacilityKind.CENTER, FacilityKind.STATION),
          src(S000, "党群服务中心 + 小区党群服务站 (16, 全域覆盖) + 爱心驿站"))
      .build();

  private static final StandardsProfile JIANPING = StandardsProfile.draft("liaoning-jianping", "2025.1", "辽宁省建平县",
          "Jianping, Liaoning", src(S004, "社区党组织—小区党支部—网格党小组—党员中心户"))
      .extending(NATIONAL)
      .set(Parameters.GRADE_SYSTEM, GradeSystem.THREE_POSTS_SIXTEEN_GRADES, src(S004, "三岗十六级"))
      .set(Parameters.COMPOUND_BRANCH, true, src(S004, "61 compound branches, full compound coverage by year end"))
      .set(Parameters.GRID_CELL, GridCell.GROUP, src(S004, "网格党小组 in every grid"))
      .set(Parameters.GROUPS_FROM, 20, src(S004, "社区党组织—小区党支部—网格党小组—党员中心户; a branch of 20 or more divides into groups (NATIONAL.md, 中国共产党支部工作条例（试行）2018)"))
      .build();

  private static final StandardsProfile JIAYUGUAN = StandardsProfile.draft("gansu-jiayuguan", "2025.1", "甘肃省嘉峪关市",
          "Jiayuguan, Gansu", src(S001, "417 urban grids"))
      .extending(NATIONAL)
      .set(Parameters.WORKERS_PER_10K, 23.0, src(S001, "每万城镇人口配备23名社区工作者，比中央要求高出27.8%"))
      .set(Parameters.SMALL_COMMUNITY_MIN_WORKERS, 9, src("NATIONAL.md (Gansu)", "at least 9 workers in a community under 5,000 people"))
      .set(Parameters.SMALL_COMMUNITY_RESIDENTS, 5000, src("NATIONAL.md (Gansu)", "a community under 5,000 people"))
      .set(Parameters.RESERVE_CANDIDATES_MIN, 1, src(S001, "确保到2025年底换届每个社区都有1—2名成熟可用的后备人选: read as a floor of 1; more than 2 is no shortfall"))
      .set(Parameters.FACILITY_TIERS, ImmutableSet.of(FacilityKind.CENTER, FacilityKind.STATION, FacilityKind.POINT), src(S001, "“中心+站+点”"))
      .set(Parameters.GRID_CELL, GridCell.BRANCH, src(S001, "坚持把支部建在网格上"))
      .build();

  private static final StandardsProfile JIANOU = StandardsProfile.draft("fujian-jianou", "2025.1", "福建省建瓯市",
          "Jian'ou, Fujian", src(S001, "67 online grids, 66 compound branches, 139 grid/building groups"))
      .extending(NATIONAL)
      .set(Parameters.COMPOUND_BRANCH, true, src(S001, "把党组织建在小区: 66 compound branches"))
      .set(Parameters.GRID_CELL, GridCell.ANY, src(S001, "139 grid (building) groups"))
      .set(Parameters.GROUPS_FROM, 20, src(S001, "成立小区党支部66个、物业党支部4个、网格（楼栋）党小组139个; a branch of 20 or more divides into groups (NATIONAL.md, 中国共产党支部工作条例（试行）2018)"))
      .build();

  private static final StandardsProfile YANJI = StandardsProfile.draft("jilin-yanji", "2025.1", "吉林省延吉市",
          "Yanji, Jilin", src(S001, "78 communities, 706 grids"))
      .extending(NATIONAL)
      .set(Parameters.GRADE_SYSTEM, GradeSystem.THREE_POSTS_EIGHTEEN_GRADES, src(S001, "落实社区工作者“三岗十八级”绩效薪酬; grade ranges from NATIONAL.md, UNCONFIRMED"))
      .set(Parameters.FIRST_SECRETARY, true, src(S001, "选派78名部门“一把手”担任社区“第一书记” for 78 communities"))
      .set(Parameters.PAIRED_UNIT, true, src(S001, "76 units paired with 78 communities"))
      .build();

  private static final StandardsProfile QIANXI = StandardsProfile.draft("hebei-qianxi", "2025.1", "河北省迁西县",
          "Qianxi, Hebei", src(S003, "10 community grids, 66 compound grids"))
      .extending(NATIONAL)
      .set(Parameters.COMPOUND_BRANCH, true, src(S003, "在66个小区网格设立66个党支部 (1个网格设立1个党支部)"))
      .set(Parameters.GRID_CELL, GridCell.BRANCH, src(S003, "按照1个网格设立1个党支部的原则，在66个小区网格设立66个党支部"))
      .set(Parameters.GRID_CELL_SCOPE, GridCellScope.COMPOUND_GRIDS,
          src(S003, "构建起10个社区网格、66个小区网格 ... 在66个小区网格设立66个党支部: branches are set in the compound grids; the 10 community grids are served by the community organization"))
      .set(Parameters.GROUPS_FROM, 20, src(S003, "在66个小区网格设立66个党支部，成立158个党小组; a branch of 20 or more divides into groups (NATIONAL.md, 中国共产党支部工作条例（试行）2018)"))
      .set(Parameters.BUILDING_HEADS_MIN, 1, src(S003, "四级网格责任体系: 网格指导员、网格员、专职网格员、楼门长 (1,411 building heads)"))
      .build();

  private static final StandardsProfile LUANNAN = StandardsProfile.draft("hebei-luannan", "2025.1", "河北省滦南县",
          "Luannan, Hebei", src(S003, "18 communities, 324 grids, 84 door-number grids"))
      .extending(NATIONAL)
      .set(Parameters.GRID_HOUSEHOLDS, IntRange.of(150, 200), src(S003, "以150—200户为标准将辖区划分为324个网格"))
      .set(Parameters.MICRO_GRID_HOUSEHOLDS, IntRange.of(50, 80), src(S003, "按50—80户的标准将门牌划分为84个网格"))
      .set(Parameters.GRID_CELL, GridCell.BRANCH, src(S003, "街道“大工委”—社区“大党委”—网格党支部—楼栋党小组"))
      .set(Parameters.GROUPS_FROM, 20, src(S003, "街道“大工委”—社区“大党委”—网格党支部—楼栋党小组; a branch of 20 or more divides into groups (NATIONAL.md, 中国共产党支部工作条例（试行）2018)"))
      .set(Parameters.ONE_SHOULDER, true, src(S003, "18个社区全部实现党组织书记、居委会主任“一肩挑”"))
      .rule("staffing.one-shoulder", true, Optional.of(Severity.WARNING), src(S003, "required of every community"))
      .set(Parameters.CENTER_MIN_AREA, 500.0, src(S003, "18个社区的党群服务中心面积均达到500平方米以上"))
      .build();

  private static final StandardsProfile LAOTING = StandardsProfile.draft("hebei-laoting", "2025.1", "河北省乐亭县",
          "Laoting, Hebei", src(S003, "社区党支部—网格员—党员中心户, “三包三联”"))
      .extending(NATIONAL)
      .set(Parameters.AREA_CHAIN, ImmutableSet.of(AreaLevel.COUNTY, AreaLevel.STREET, AreaLevel.COMMUNITY, AreaLevel.COMPOUND,
          AreaLevel.GRID, AreaLevel.BUILDING, AreaLevel.HOUSEHOLD), src(S003, "三级组织架构 without micro-grids"))
      .build();

  private static final ImmutableList<StandardsProfile> ALL =
      ImmutableList.of(NATIONAL, TIELING, KAIYUAN, KAZUO, JIANPING, JIAYUGUAN, JIANOU, YANJI, QIANXI, LUANNAN, LAOTING);

  /**
   * Returns every built-in profile.
   *
   * @return the profiles, {@code cn-national} first
   */
  public static ImmutableList<StandardsProfile> all() {
    return ALL;
  }

  /**
   * Finds a built-in profile.
   *
   * @param id the id
   * @return the profile, or empty
   */
  public static Optional<StandardsProfile> find(String id) {
    return ALL.stream().filter(p -> p.getId().equals(id)).findFirst();
  }

  /**
   * Returns a built-in profile.
   *
   * @param id the id
   * @return the profile
   * @throws IllegalArgumentException listing the known ids when there is none with that id
   */
  public static StandardsProfile get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown profile '" + id + "'; known: "
        + String.join(", ", ALL.stream().map(StandardsProfile::getId).toArray(String[]::new))));
  }
}
