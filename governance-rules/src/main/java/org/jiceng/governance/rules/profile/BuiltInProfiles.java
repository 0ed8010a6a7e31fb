package org.jiceng.governance.rules.profile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.people.BuildingHeadDuty;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.rules.compliance.Severity;
import org.jiceng.governance.rules.scorecard.ScorecardIndicator;
import org.jiceng.governance.rules.scorecard.ScoringCurve;
import org.jiceng.governance.rules.visit.VisitResponsibility;

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

  private static final String VISITS_CHOICE = "jiceng choice: seed 003 (迁西县) names the seven occasions of 七个必访 but no "
      + "interval; this project's default, override it in a profile";
  private static final String SCORECARD_CHOICE = "jiceng choice: no indicator list, weight or target of the 五有 evaluation has "
      + "been published (NATIONAL.md); rests on ";

  /** The rhythm of care visits: days to the first visit, then days between visits, per tag (this project's default). */
  private static StandardsProfile.Draft visits(StandardsProfile.Draft d) {
    Object[][] rhythms = {
        {CareTag.PARTY_MEMBER_IN_HARDSHIP, 7, 30, "党员遇到生活困难时必访: within a week, then monthly"},
        {CareTag.SPECIAL_POPULATION, 7, 30, "特殊人群家庭必访: within a week, then monthly"},
        {CareTag.KEY_PETITIONER, 7, 30, "重点上访户必访: within a week, then monthly"},
        {CareTag.DISABLED, 30, 90, "残疾人等特殊群体必访: within a month, then quarterly"},
        {CareTag.DISPUTE_PARTY, 3, 7, "矛盾纠纷当事人必访…及时化解矛盾: within 3 days, then weekly until settled"},
        {CareTag.ELDERLY_ALONE, 30, 30, "独居空巢老人必访，帮忙照料日常生活: monthly"},
        {CareTag.MAJOR_ACCIDENT, 3, 30, "居民家中发生重大事故时必访: within 3 days, then monthly while the tag stands"}};
    for (Object[] r : rhythms) {
      CareTag t = (CareTag) r[0];
      d.with(Parameters.VISIT_FIRST_WITHIN_DAYS.get(t), (Integer) r[1], src(S003 + "; " + VISITS_CHOICE, (String) r[3]));
      d.with(Parameters.VISIT_EVERY_DAYS.get(t), (Integer) r[2], src(S003 + "; " + VISITS_CHOICE, (String) r[3]));
    }
    return d.with(Parameters.VISIT_RESPONSIBLE, ImmutableSet.of(VisitResponsibility.FULL_TIME_GRID_WORKER, VisitResponsibility.BUILDING_HEAD,
        VisitResponsibility.CENTRAL_HOUSEHOLD, VisitResponsibility.PART_TIME_GRID_WORKER, VisitResponsibility.GRID_INSTRUCTOR),
        src(S003 + "; " + VISITS_CHOICE, "网格化管理…坚持“七个必访”: the grid's full-time worker first, then the building head "
            + "(四级网格责任体系), then the central household"));
  }

  /** Liaoning's 五有 scorecard (seeds 002 and 004): every indicator, weight, target and cut-off is this project's choice. */
  private static StandardsProfile.Draft scorecard(StandardsProfile.Draft d, String seed) {
    Object[][] rows = {
        {ScorecardIndicator.PARTY_CELL_COVERAGE, 0.12, 1.0, ScoringCurve.LINEAR},
        {ScorecardIndicator.RESERVE_CANDIDATES, 0.08, 2.0, ScoringCurve.LINEAR},
        {ScorecardIndicator.GRID_WORKER_COVERAGE, 0.10, 1.0, ScoringCurve.LINEAR},
        {ScorecardIndicator.DEMAND_COMPLETION, 0.10, 0.9, ScoringCurve.LINEAR},
        {ScorecardIndicator.FACILITY_AREA, 0.10, 30.0, ScoringCurve.LINEAR},
        {ScorecardIndicator.DEMAND_SATISFACTION, 0.10, 0.91, ScoringCurve.LINEAR},
        {ScorecardIndicator.REGISTERED_MEMBERS, 0.06, 2.0, ScoringCurve.CONCAVE},
        {ScorecardIndicator.CARE_VISITS, 0.08, 0.95, ScoringCurve.LINEAR},
        {ScorecardIndicator.POINTS_PARTICIPATION, 0.06, 0.5, ScoringCurve.CONCAVE},
        {ScorecardIndicator.KEY_VISITS, 0.10, 0.95, ScoringCurve.LINEAR},
        {ScorecardIndicator.DISPUTES_SETTLED, 0.10, 0.9, ScoringCurve.LINEAR}};
    for (Object[] r : rows) {
      ScorecardIndicator i = (ScorecardIndicator) r[0];
      Source why = src(seed + "; " + SCORECARD_CHOICE + i.getBasis(), i.getMark().getName(java.util.Locale.CHINA) + ": "
          + i.getName(java.util.Locale.CHINA));
      d.with(Parameters.INDICATOR_WEIGHT.get(i), (Double) r[1], why);
      d.with(Parameters.INDICATOR_TARGET.get(i), (Double) r[2], why);
      d.with(Parameters.INDICATOR_CURVE.get(i), (ScoringCurve) r[3], why);
    }
    Source grades = src(seed + "; " + SCORECARD_CHOICE + "the five marks “组织有力、治理有效、服务有质、邻里有爱、平安有序”",
        "grades 优秀 >= 90, 良好 >= 75, 合格 >= 60");
    return d.with(Parameters.GRADE_EXCELLENT, 90.0, grades).with(Parameters.GRADE_GOOD, 75.0, grades).with(Parameters.GRADE_PASS, 60.0, grades);
  }

  /** A source with its English reading and its Chinese text (for a seed, the sentence as printed). */
  private static Source src(String document, String note, String noteZh) {
    return Source.of(document, note, noteZh);
  }

  private static final String Q_KAZUO_CHAIN = "按照“一网格一党小组”标准，建立网格党支部73个、网格党小组96个，形成“街道党工委—社区党组织—小区党支部—网格党小组—党员中心户”的组织架构。";
  private static final String Q_KAZUO_CONTACTS = "实现16个社区包保联系全覆盖，建立健全“县党政班子成员联系社区—县直单位结对社区—县、街科级干部包保网格”三级联动机制";
  private static final String Q_JIANPING_CHAIN = "全面构建“社区党组织—小区党支部—网格党小组—党员中心户”四级组织架构，推动党建工作向基层末梢延伸。目前，已组建61个党支部，年底实现小区党支部全覆盖。";
  private static final String Q_JIANOU_CHAIN = "按照“把党组织建在小区”的工作思路，推动成立小区党支部66个、物业党支部4个、网格（楼栋）党小组139个";
  private static final String Q_QIANXI_CHAIN = "在辖区范围内构建起10个社区网格、66个小区网格，形成了网格指导员、网格员、专职网格员、楼门长的四级网格责任体系……按照1个网格设立1个党支部的原则，在66个小区网格设立66个党支部，成立158个党小组";
  private static final String Q_LUANNAN_GRIDS = "以150—200户为标准将辖区划分为324个网格，按50—80户的标准将门牌划分为84个网格；由社区党组织书记任网格员，选派优秀楼门（楼栋）长任兼职网格员";
  private static final String Q_LUANNAN_CHAIN = "“街道‘大工委’—社区‘大党委’—网格党支部—楼栋党小组”四级党建框架充分发挥";
  private static final String GROUPS_20 = "; a branch divides into groups from 20 members, as nationally (NATIONAL.md)";

  private static final StandardsProfile NATIONAL = visits(StandardsProfile.draft("cn-national", "2026.2",
          "全国基层治理基准", "National baseline of grassroots governance",
          src("NATIONAL.md", "national regulations and their restatements", "全国性规定及其转述")))
      .with(Parameters.AREA_CHAIN, ImmutableSet.copyOf(AreaLevel.values()),
          src("DOMAIN.md §1", "the chain differs by locality; nationally every level is allowed", "各地层级链不同；全国基准允许所有层级"))
      .with(Parameters.CODE_RANGES, true, src("NATIONAL.md Codes; 统计用区划代码编制规则",
          "township digits 001-099 street, 100-199 town, 200-399 township; village digits 001-199 residents' committee; real data breaks them, so a warning",
          "乡级码001—099为街道、100—199为镇、200—399为乡；村级码001—199为居委会；实际数据常有例外，故只作警告"))
      .with(Parameters.TOTALS_TOLERANCE, 0.05, src("jiceng default", "5% for rounding in reported totals; no regulation sets it",
          "申报合计与下级之和允许5%的误差（本库默认值，无规定）"))
      .with(Parameters.GRID_HOUSEHOLDS, IntRange.of(300, 500), src("NATIONAL.md Grids",
          "a band: urban comprehensive grids in principle 300-500 households; provincial restatement, UNCONFIRMED nationally",
          "城市综合网格原则上按300—500户划分（省级转述，全国层面未经证实）"))
      .with(Parameters.GRID_RESIDENTS_MAX, 2500, src("NATIONAL.md Grids", "a maximum: at most 2,000-2,500 residents; UNCONFIRMED nationally",
          "每个网格常住人口不超过2000—2500人（未经证实）"))
      .with(Parameters.GRID_FULL_TIME_MIN, 1, src("NATIONAL.md Grids", "a minimum: one full-time grid worker per comprehensive grid is common practice; seeds 000, 002",
          "每个综合网格配备1名专职网格员（通行做法；种子000、002）"))
      .with(Parameters.GRID_CELL, GridCell.NONE, src("NATIONAL.md", "no national rule on cells per grid; localities set it", "全国对网格党组织设置无统一要求，由各地规定"))
      .with(Parameters.BRANCH_MIN_FULL, 3, src("中国共产党支部工作条例（试行）2018", "a minimum: 3 or more full members set up a branch; fewer: a joint branch",
          "正式党员3人以上的成立党支部；不足3人的与邻近单位成立联合党支部"))
      .with(Parameters.BRANCH_MAX, 50, src("中国共产党支部工作条例（试行）2018", "a maximum: a branch generally no more than 50 members", "党支部党员人数一般不超过50人"))
      .with(Parameters.BRANCH_COMMITTEE_FROM, 7, src("中国共产党支部工作条例（试行）2018",
          "7 or more full members: a branch committee; below 7, a secretary (and a deputy where needed), no committee",
          "正式党员7人以上的党支部设立支部委员会；不足7人的不设委员会，设书记1名，必要时设副书记"))
      .with(Parameters.GENERAL_BRANCH_MEMBERS, IntRange.of(50, 99), src("中国共产党支部工作条例（试行）2018",
          "a band: 50-99 members may set up a general branch", "党员50人以上、100人以下的，可以设立党总支"))
      .with(Parameters.COMMITTEE_FROM, 100, src("中国共产党支部工作条例（试行）2018", "a minimum: 100 or more members: a primary committee",
          "党员100人以上的，设立基层党委"))
      .with(Parameters.BRANCH_COMMITTEE_SIZE, IntRange.of(3, 7), src("中国共产党支部工作条例（试行）2018", "a band: 3-5 members, generally no more than 7",
          "支部委员会一般由3至5人组成，最多不超过7人"))
      .with(Parameters.GENERAL_BRANCH_COMMITTEE_SIZE, IntRange.of(5, 9), src("基层组织选举工作条例 2020", "a band: 5-7, at most 9",
          "总支委员会一般由5至7人组成，最多不超过9人"))
      .with(Parameters.COMMITTEE_SIZE, IntRange.of(5, 9), src("基层组织选举工作条例 2020", "a band: 5-9; UNCONFIRMED against the 2020 text",
          "基层委员会由5至9人组成（未与2020年条例原文核对）"))
      .with(Parameters.GROUP_MIN_MEMBERS, 3, src("中央和国家机关党的基层组织工作规定; NATIONAL.md",
          "a minimum: a party group has at least 3 members (central-organs rule, used as the default)", "党小组至少有3名党员（中央和国家机关的规定，作为默认值）"))
      .with(Parameters.GROUP_MIN_FULL, 1, src("中央和国家机关党的基层组织工作规定; NATIONAL.md", "a minimum: at least 1 of a group's members is a full member",
          "党小组至少有1名正式党员"))
      .with(Parameters.JOINT_BRANCH_MAX_UNITS, 5, src("中国共产党支部工作条例（试行）2018", "a maximum: a joint branch normally gathers no more than 5 units",
          "联合党支部所含单位一般不超过5个"))
      .with(Parameters.COMMITTEE_TERM_YEARS, 5, src("关于党的基层组织任期的意见 2018", "a primary committee serves 5 years", "基层党委每届任期5年"))
      .with(Parameters.BRANCH_TERM_YEARS, 3, src("关于党的基层组织任期的意见 2018", "a general branch or branch serves 3 years, except in a 村 or 社区",
          "党总支、党支部每届任期3年（村、社区除外）"))
      .with(Parameters.COMMUNITY_TERM_YEARS, 5, src("关于党的基层组织任期的意见 2018", "every committee, general branch and branch of a 社区 serves 5 years",
          "村、社区的党委、党总支、党支部每届任期5年"))
      .with(Parameters.WORKERS_PER_10K, 18.0, src("十四五城乡社区服务体系建设规划 国办发〔2021〕56号",
          "a minimum: 18 community workers per 10,000 urban permanent residents; seeds 001, 002", "每万城镇常住人口配备社区工作者18人（2025年目标）"))
      .with(Parameters.WORKERS_RATIO_LEVEL, AreaLevel.COUNTY, src("十四五城乡社区服务体系建设规划", "a county-wide indicator", "按县（市、区）统计"))
      .with(Parameters.ONE_SHOULDER, true, src("关于加强社区工作者队伍建设的意见 2024", "一肩挑 is encouraged, not required: INFO",
          "鼓励社区党组织书记和居委会主任“一肩挑”（鼓励而非强制：提示）"))
      .rule("staffing.one-shoulder", true, Severity.INFO, src("NATIONAL.md", "encouraged only", "仅为鼓励"))
      .with(Parameters.FACILITY_AREA_PER_100, 30.0, src("十四五城乡社区服务体系建设规划; 完整社区 pilot 2022", "a minimum: at least 30 m² per 100 households",
          "社区综合服务设施每百户不低于30平方米"))
      .with(Parameters.FACILITY_TIERS, ImmutableSet.of(FacilityKind.CENTER), src("DOMAIN.md §4", "every community has a party-mass service centre",
          "每个社区设有党群服务中心"))
      .build();

  private static final StandardsProfile TIELING = scorecard(StandardsProfile.draft("liaoning-tieling", "2025.2", "辽宁省铁岭市",
          "Tieling, Liaoning", src(S002, "铁岭市 grid and staffing practice", "铁岭市网格与社区工作者做法"))
      .extending(NATIONAL), S002 + " 紧扣“五有”标准")
      .with(Parameters.WORKERS_PER_10K, 18.0, src(S002, "a minimum of 18 per 10,000, kept as the population changes",
          "动态保证“每万名城镇常住人口配备社区工作者不少于18人”的标准"))
      .with(Parameters.BUILDING_HEADS_MIN, 2, src(S002, "a minimum of two heads a building", "全面推行“政务楼长+居务楼长”双楼长制"))
      .with(Parameters.BUILDING_HEAD_DUTIES, ImmutableSet.of(BuildingHeadDuty.GOVERNMENT_AFFAIRS, BuildingHeadDuty.RESIDENT_AFFAIRS),
          src(S002, "one head for government affairs and one for residents' affairs; a head whose duty the data does not state counts for neither",
              "全面推行“政务楼长+居务楼长”双楼长制"))
      .build();

  private static final StandardsProfile KAIYUAN = StandardsProfile.draft("liaoning-kaiyuan", "2025.2", "辽宁省开原市",
          "Kaiyuan, Liaoning", src(S002, "开原市: 459 grids, 1,286 micro-grids", "开原市：459个综合网格、1286个微网格"))
      .extending(TIELING)
      .with(Parameters.GRID_HOUSEHOLDS, IntRange.of(240, 360), src(S002, "a band around 300 households a grid; " + ABOUT,
          "开原市将全市科学划分为459个综合网格、1286个微网格，形成“300户—网格、50户—微格”的精细格局。"))
      .with(Parameters.MICRO_GRID_HOUSEHOLDS, IntRange.of(40, 60), src(S002, "a band around 50 households a micro-grid; " + ABOUT,
          "形成“300户—网格、50户—微格”的精细格局"))
      .with(Parameters.GRID_FULL_TIME_MIN, 1, src(S002, "a minimum of one full-time grid worker a grid", "每个网格配备1名专职网格员"))
      .with(Parameters.GRID_CELL, GridCell.BRANCH, src(S002, "a branch on every grid: the chain names grid branches and full coverage",
          "开原市构建了“街道党工委—社区党组织—网格党支部—党员中心户”四级组织架构，实现了党的组织和工作全覆盖"))
      .build();

  private static final StandardsProfile KAZUO = scorecard(StandardsProfile.draft("liaoning-kazuo", "2025.2", "辽宁省喀左县",
          "Kazuo, Liaoning", src(S000, "16 communities, 169 grids", "16个社区，169个网格"))
      .extending(NATIONAL), S000 + " 全力推进“幸福新社区”建设")
      .with(Parameters.GRID_HOUSEHOLDS, IntRange.of(240, 360), src(S000, "a band around 300 households a grid; " + ABOUT,
          "按照每个网格原则上覆盖300户左右常住人口标准……科学划分网格169个"))
      .with(Parameters.GRID_FULL_TIME_MIN, 1, src(S000, "a minimum of one full-time grid worker a grid", "每个网格配备1名专职网格员，由社区党员骨干担任网格党小组组长"))
      .with(Parameters.GRID_CELL, GridCell.ANY, src(S000, "each grid has a group or a branch: 73 grid branches and 96 grid groups for 169 grids", Q_KAZUO_CHAIN))
      .with(Parameters.GROUPS_FROM, 20, src(S000, "branches divide into grid groups" + GROUPS_20, Q_KAZUO_CHAIN))
      .with(Parameters.COUNTY_LEADER, true, src(S000, "every community has a county leader in contact", Q_KAZUO_CONTACTS))
      .with(Parameters.PAIRED_UNIT, true, src(S000, "every community has a paired county unit (74 units for 16 communities)",
          "组织74家县直单位与16个社区结成帮扶对子"))
      .with(Parameters.GRID_CADRE, true, src(S000, "every grid has a responsible county or street cadre", Q_KAZUO_CONTACTS))
      .with(Parameters.FACILITY_TIERS, ImmutableSet.of(FacilityKind.CENTER, FacilityKind.STATION),
          src(S000, "a centre and a compound station in every community (16 stations, full coverage); the 20 love stations are not asked of each",
              "系统构建“党群服务中心+党群服务站+爱心驿站”三级服务矩阵……建成小区党群服务站16个，实现全域覆盖"))
      .build();

  private static final StandardsProfile JIANPING = scorecard(StandardsProfile.draft("liaoning-jianping", "2025.2", "辽宁省建平县",
          "Jianping, Liaoning", src(S004, "社区党组织—小区党支部—网格党小组—党员中心户", "社区党组织—小区党支部—网格党小组—党员中心户"))
      .extending(NATIONAL), S004 + " 紧扣“幸福新社区”建设五有目标任务")
      .with(Parameters.GRADE_SYSTEM, GradeSystem.THREE_POSTS_SIXTEEN_GRADES, src(S004,
          "三岗十六级: grades 1-16; the seed does not publish the grades of each post, so only the span is checked",
          "明确社区工作者“三岗十六级”岗位等级序列和薪酬体系"))
      .with(Parameters.COMPOUND_BRANCH, true, src(S004, "a branch in every compound (61 so far, full coverage by year end)", Q_JIANPING_CHAIN))
      .with(Parameters.COVERAGE_DEADLINE, java.time.LocalDate.of(2025, 12, 31), src(S004,
          "年底 read as the end of 2025, the year of the report (UNCONFIRMED)", "目前，已组建61个党支部，年底实现小区党支部全覆盖。"))
      .with(Parameters.GRID_CELL, GridCell.GROUP, src(S004, "a group (or more) in every grid", Q_JIANPING_CHAIN))
      .with(Parameters.GROUPS_FROM, 20, src(S004, "compound branches divide into grid groups" + GROUPS_20, Q_JIANPING_CHAIN))
      .build();

  private static final StandardsProfile JIAYUGUAN = StandardsProfile.draft("gansu-jiayuguan", "2025.2", "甘肃省嘉峪关市",
          "Jiayuguan, Gansu", src(S001, "417 urban grids", "417个城市网格"))
      .extending(NATIONAL)
      .with(Parameters.WORKERS_PER_10K, 23.0, src(S001, "a minimum of 23 per 10,000 (27.8% above the central 18)",
          "每万城镇人口配备23名社区工作者，比中央要求高出27.8%"))
      .with(Parameters.SMALL_COMMUNITY_MIN_WORKERS, 9, src("NATIONAL.md (Gansu)", "a minimum: at least 9 workers in a community under 5,000 people",
          "甘肃：常住人口5000人以下的社区至少配备9名社区工作者"))
      .with(Parameters.SMALL_COMMUNITY_RESIDENTS, 5000, src("NATIONAL.md (Gansu)", "a community under 5,000 people", "常住人口5000人以下的社区"))
      .with(Parameters.RESERVE_CANDIDATES_MIN, 1, src(S001, "\"1-2 candidates\" read as a floor of 1; more than 2 is no shortfall",
          "确保到2025年底换届每个社区都有1—2名成熟可用的后备人选"))
      .with(Parameters.FACILITY_TIERS, ImmutableSet.of(FacilityKind.CENTER, FacilityKind.STATION), src(S001,
          "a centre and a compound station in every community; the points of 中心+站+点 stand at scenic spots, the airport and stations, not in each community",
          "全力打造“中心+站+点”三级服务网络……建成新兴领域党群活动服务中心和小区党群服务站，统筹推进景区、机场、车站等城市窗口党群服务点建设"))
      .with(Parameters.GRID_CELL, GridCell.BRANCH, src(S001, "a branch on every grid (the principle 支部建在网格上; party work covers all 417 grids)",
          "坚持把支部建在网格上，推动417个城市网格党的工作有效覆盖"))
      .build();

  private static final StandardsProfile JIANOU = StandardsProfile.draft("fujian-jianou", "2025.2", "福建省建瓯市",
          "Jian'ou, Fujian", src(S001, "67 online grids, 66 compound branches, 139 grid/building groups", "67个线上网格，66个小区党支部，139个网格（楼栋）党小组"))
      .extending(NATIONAL)
      .with(Parameters.COMPOUND_BRANCH, true, src(S001, "a branch in every compound (把党组织建在小区)", Q_JIANOU_CHAIN))
      .with(Parameters.GRID_CELL, GridCell.ANY, src(S001, "a grid (or building) group or a branch in each grid", Q_JIANOU_CHAIN))
      .with(Parameters.GROUPS_FROM, 20, src(S001, "compound branches divide into grid and building groups" + GROUPS_20, Q_JIANOU_CHAIN))
      .build();

  private static final StandardsProfile YANJI = StandardsProfile.draft("jilin-yanji", "2025.2", "吉林省延吉市",
          "Yanji, Jilin", src(S001, "78 communities, 706 grids", "78个城市社区，706个网格"))
      .extending(NATIONAL)
      .with(Parameters.GRADE_SYSTEM, GradeSystem.THREE_POSTS_EIGHTEEN_GRADES, src(S001,
          "三岗十八级; the grades of each post from NATIONAL.md, UNCONFIRMED", "落实社区工作者“三岗十八级”绩效薪酬"))
      .with(Parameters.FIRST_SECRETARY, true, src(S001, "a first secretary in every community (78 for 78)", "选派78名部门“一把手”担任社区“第一书记”"))
      .with(Parameters.PAIRED_UNIT, true, src(S001, "a paired unit for every community (76 units for 78 communities)",
          "将全市76个机关企事业单位精准对接78个城市社区"))
      .build();

  private static final StandardsProfile QIANXI = StandardsProfile.draft("hebei-qianxi", "2025.2", "河北省迁西县",
          "Qianxi, Hebei", src(S003, "10 community grids, 66 compound grids", "10个社区网格、66个小区网格"))
      .extending(NATIONAL)
      .with(Parameters.COMPOUND_BRANCH, true, src(S003, "every compound is covered by the branch of its compound grid", Q_QIANXI_CHAIN))
      .with(Parameters.GRID_CELL, GridCell.BRANCH, src(S003, "a branch in each grid the chain names (1个网格设立1个党支部)", Q_QIANXI_CHAIN))
      .with(Parameters.GRID_CELL_SCOPE, GridCellScope.COMPOUND_GRIDS, src(S003,
          "branches are set in the 66 compound grids; the 10 community grids are served by the community organization", Q_QIANXI_CHAIN))
      .with(Parameters.GROUPS_FROM, 20, src(S003, "158 groups in 66 branches" + GROUPS_20, Q_QIANXI_CHAIN))
      .with(Parameters.BUILDING_HEADS_MIN, 1, src(S003, "a minimum of one building (door) head a building; 1,411 heads",
          "形成了网格指导员、网格员、专职网格员、楼门长的四级网格责任体系……1411名下沉干部、离退休干部、志愿者任楼门长"))
      .build();

  private static final StandardsProfile LUANNAN = StandardsProfile.draft("hebei-luannan", "2025.2", "河北省滦南县",
          "Luannan, Hebei", src(S003, "18 communities, 324 grids, 84 door-number grids", "18个社区，324个网格，84个门牌网格"))
      .extending(NATIONAL)
      .with(Parameters.GRID_HOUSEHOLDS, IntRange.of(150, 200), src(S003, "a band of 150-200 households a grid", Q_LUANNAN_GRIDS))
      .with(Parameters.MICRO_GRID_HOUSEHOLDS, IntRange.of(50, 80), src(S003, "a band of 50-80 households a door-number grid", Q_LUANNAN_GRIDS))
      .with(Parameters.GRID_FULL_TIME_MIN, 0, src(S003,
          "no full-time grid worker is asked of each grid: the community secretaries act as grid workers, building heads as part-time ones",
          Q_LUANNAN_GRIDS))
      .with(Parameters.GRID_CELL, GridCell.BRANCH, src(S003, "a branch on every grid", Q_LUANNAN_CHAIN))
      .with(Parameters.GROUPS_FROM, 20, src(S003, "grid branches divide into building groups" + GROUPS_20, Q_LUANNAN_CHAIN))
      .with(Parameters.ONE_SHOULDER, true, src(S003, "required of every community", "滦南县18个社区全部实现党组织书记、居委会主任“一肩挑”"))
      .rule("staffing.one-shoulder", true, Severity.WARNING, src(S003, "required of every community: all 18 have it",
          "滦南县18个社区全部实现党组织书记、居委会主任“一肩挑”"))
      .with(Parameters.CENTER_MIN_AREA, 500.0, src(S003, "a minimum of 500 m² for every centre", "18个社区的党群服务中心面积均达到500平方米以上"))
      .build();

  private static final StandardsProfile LAOTING = StandardsProfile.draft("hebei-laoting", "2025.2", "河北省乐亭县",
          "Laoting, Hebei", src(S003, "社区党支部—网格员—党员中心户, “三包三联”", "形成“社区党支部—网格员—党员中心户”三级组织架构"))
      .extending(NATIONAL)
      .with(Parameters.GRID_CELL, GridCell.NONE, src(S003,
          "no cell is asked of grids: the chain runs from the community branch through grid workers to central households",
          "党支部成员包片区联系党小组长、党小组长包网格员联系党员、党员包街道联系群众，形成“社区党支部—网格员—党员中心户”三级组织架构"))
      .with(Parameters.CENTER_MIN_AREA, 500.0, src(S003, "500 m² \"generally\" (普遍): checked at INFO",
          "全县社区党群服务中心面积普遍达到500平方米以上，其中有2个达到1000平方米以上"))
      .rule("places.center-min-area", true, Severity.INFO, src(S003, "普遍 (generally), not every centre: INFO", "面积普遍达到500平方米以上"))
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
    java.util.Objects.requireNonNull(id, "id");
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
    java.util.Objects.requireNonNull(id, "id");
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown profile '" + id + "'; known: "
        + String.join(", ", ALL.stream().map(StandardsProfile::getId).toArray(String[]::new))));
  }
}
