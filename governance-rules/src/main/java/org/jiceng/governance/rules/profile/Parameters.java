package org.jiceng.governance.rules.profile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.rules.scorecard.ScorecardIndicator;
import org.jiceng.governance.rules.scorecard.ScoringCurve;
import org.jiceng.governance.rules.visit.VisitResponsibility;

/** Every profile parameter the built-in rules read. A profile that leaves one out switches off the check. */
public final class Parameters {
  private Parameters() {}

  /** Whether division codes outside the conventional digit ranges of their level are reported (as warnings). */
  public static final ParameterKey<Boolean> CODE_RANGES = ParameterKey.flag("hierarchy.division-code-ranges");
  /** The area levels the locality uses (its chain); other levels are findings. */
  public static final ParameterKey<ImmutableSet<AreaLevel>> AREA_CHAIN = ParameterKey.levels("hierarchy.area-chain");
  /** Allowed share by which a declared total may differ from the sum of the children (0.05 = 5%). */
  public static final ParameterKey<Double> TOTALS_TOLERANCE = ParameterKey.decimal("hierarchy.totals-tolerance");

  /** Households per grid. */
  public static final ParameterKey<IntRange> GRID_HOUSEHOLDS = ParameterKey.range("grid.households");
  /** Households per micro-grid. */
  public static final ParameterKey<IntRange> MICRO_GRID_HOUSEHOLDS = ParameterKey.range("grid.micro-households");
  /** Most permanent residents in one grid. */
  public static final ParameterKey<Integer> GRID_RESIDENTS_MAX = ParameterKey.count("grid.residents-max");
  /** Fewest full-time grid workers per grid. */
  public static final ParameterKey<Integer> GRID_FULL_TIME_MIN = ParameterKey.count("grid.full-time-workers-min");
  /** Fewest building heads (楼栋长) per building: 1, or 2 under Tieling's 双楼长制. */
  public static final ParameterKey<Integer> BUILDING_HEADS_MIN = ParameterKey.count("grid.building-heads-min");
  /** The duties a building's heads must cover, one head at least for each (双楼长制: 政务楼长 and 居务楼长). */
  public static final ParameterKey<ImmutableSet<org.jiceng.governance.core.people.BuildingHeadDuty>> BUILDING_HEAD_DUTIES =
      ParameterKey.set("grid.building-head-duties", org.jiceng.governance.core.people.BuildingHeadDuty.class);

  /** The grid matters (网格事项准入清单) that may be pushed onto grids, by category id. */
  public static final ParameterKey<ImmutableSet<String>> ADMISSION_LIST = ParameterKey.texts("grid.admission-list");
  /** The party cell each grid needs. */
  public static final ParameterKey<GridCell> GRID_CELL = ParameterKey.choice("party.grid-cell", GridCell.class);
  /** Which grids {@link #GRID_CELL} applies to (every grid, or only grids inside compounds). */
  public static final ParameterKey<GridCellScope> GRID_CELL_SCOPE = ParameterKey.choice("party.grid-cell-scope", GridCellScope.class);
  /** Whether every compound needs a branch (把党组织建在小区). */
  public static final ParameterKey<Boolean> COMPOUND_BRANCH = ParameterKey.flag("party.compound-branch");
  /** Fewest full members of a branch (fewer: a joint branch). */
  public static final ParameterKey<Integer> BRANCH_MIN_FULL = ParameterKey.count("party.branch-min-full");
  /** Most members of a branch. */
  public static final ParameterKey<Integer> BRANCH_MAX = ParameterKey.count("party.branch-max");
  /** Full members from which a branch elects a committee. */
  public static final ParameterKey<Integer> BRANCH_COMMITTEE_FROM = ParameterKey.count("party.branch-committee-from");
  /** Members of a general branch. */
  public static final ParameterKey<IntRange> GENERAL_BRANCH_MEMBERS = ParameterKey.range("party.general-branch-members");
  /** Members from which a committee (基层党委) is set up. */
  public static final ParameterKey<Integer> COMMITTEE_FROM = ParameterKey.count("party.committee-from");
  /** Size of a branch committee. */
  public static final ParameterKey<IntRange> BRANCH_COMMITTEE_SIZE = ParameterKey.range("party.branch-committee-size");
  /** Size of a general branch committee. */
  public static final ParameterKey<IntRange> GENERAL_BRANCH_COMMITTEE_SIZE = ParameterKey.range("party.general-branch-committee-size");
  /** Size of a committee (基层委员会). */
  public static final ParameterKey<IntRange> COMMITTEE_SIZE = ParameterKey.range("party.committee-size");
  /** Term in years of a community's organizations (村、社区 5 years). */
  public static final ParameterKey<Integer> COMMUNITY_TERM_YEARS = ParameterKey.count("party.community-term-years");
  /** Fewest members of a party group (党小组). */
  public static final ParameterKey<Integer> GROUP_MIN_MEMBERS = ParameterKey.count("party.group-min-members");
  /** Fewest full members of a party group. */
  public static final ParameterKey<Integer> GROUP_MIN_FULL = ParameterKey.count("party.group-min-full");
  /** Members from which a branch divides into groups, where the profile asks it. */
  public static final ParameterKey<Integer> GROUPS_FROM = ParameterKey.count("party.groups-from");
  /** Most units (or areas) one joint branch gathers. */
  public static final ParameterKey<Integer> JOINT_BRANCH_MAX_UNITS = ParameterKey.count("party.joint-branch-max-units");
  /** Term in years of a committee (基层委员会) outside a community. */
  public static final ParameterKey<Integer> COMMITTEE_TERM_YEARS = ParameterKey.count("party.committee-term-years");
  /** Term in years of a general branch or branch outside a community. */
  public static final ParameterKey<Integer> BRANCH_TERM_YEARS = ParameterKey.count("party.branch-term-years");
  /** The date by which the cells the profile asks of compounds and grids must all exist. */
  public static final ParameterKey<java.time.LocalDate> COVERAGE_DEADLINE = ParameterKey.date("party.coverage-deadline");
  /** Most households one central household looks after. */
  public static final ParameterKey<Integer> CENTRAL_HOUSEHOLD_MAX = ParameterKey.count("party.central-household-households-max");

  /** Community workers per 10,000 urban permanent residents. */
  public static final ParameterKey<Double> WORKERS_PER_10K = ParameterKey.decimal("staffing.workers-per-10k");
  /** The level at which the ratio is measured. */
  public static final ParameterKey<AreaLevel> WORKERS_RATIO_LEVEL = ParameterKey.choice("staffing.ratio-level", AreaLevel.class);
  /** Fewest workers in a community below {@link #SMALL_COMMUNITY_RESIDENTS}. */
  public static final ParameterKey<Integer> SMALL_COMMUNITY_MIN_WORKERS = ParameterKey.count("staffing.small-community-min-workers");
  /** Residents below which a community counts as small. */
  public static final ParameterKey<Integer> SMALL_COMMUNITY_RESIDENTS = ParameterKey.count("staffing.small-community-residents");
  /** The post-and-grade system. */
  public static final ParameterKey<GradeSystem> GRADE_SYSTEM = ParameterKey.choice("staffing.grade-system", GradeSystem.class);
  /** Smallest share of workers holding a social-work certificate. */
  public static final ParameterKey<Double> CERTIFICATE_SHARE_MIN = ParameterKey.decimal("staffing.certificate-share-min");
  /** Whether the secretary must also be the director (一肩挑). */
  public static final ParameterKey<Boolean> ONE_SHOULDER = ParameterKey.flag("staffing.one-shoulder");
  /** Fewest reserve candidates for secretary per community (a floor: "1–2 candidates" asks at least 1). */
  public static final ParameterKey<Integer> RESERVE_CANDIDATES_MIN = ParameterKey.count("staffing.reserve-candidates-min");

  /** Square metres of service facilities per 100 households. */
  public static final ParameterKey<Double> FACILITY_AREA_PER_100 = ParameterKey.decimal("places.area-per-100-households");
  /** Smallest floor area of a community's party-mass service centre. */
  public static final ParameterKey<Double> CENTER_MIN_AREA = ParameterKey.decimal("places.center-min-area");
  /** Facility tiers every community must have (in it or inside it). */
  public static final ParameterKey<ImmutableSet<FacilityKind>> FACILITY_TIERS = ParameterKey.facilityKinds("places.tiers");

  /** Whether every community needs a county-leader contact. */
  public static final ParameterKey<Boolean> COUNTY_LEADER = ParameterKey.flag("responsibility.county-leader");
  /** Whether every community needs a paired unit. */
  public static final ParameterKey<Boolean> PAIRED_UNIT = ParameterKey.flag("responsibility.paired-unit");
  /** Whether every community needs a first secretary. */
  public static final ParameterKey<Boolean> FIRST_SECRETARY = ParameterKey.flag("responsibility.first-secretary");
  /** Whether every grid needs a responsible cadre (包保). */
  public static final ParameterKey<Boolean> GRID_CADRE = ParameterKey.flag("responsibility.grid-cadre");

  /** Who is responsible for a household's care visits, in order of preference (the first the data names). */
  public static final ParameterKey<ImmutableSet<VisitResponsibility>> VISIT_RESPONSIBLE =
      ParameterKey.set("visits.responsible", VisitResponsibility.class);
  /** Days within which the first visit falls due once a household carries a care tag, per tag. */
  public static final ImmutableMap<CareTag, ParameterKey<Integer>> VISIT_FIRST_WITHIN_DAYS = perTag("visits.first-within-days.");
  /** Days between later visits while the tag stands, per tag (0: one visit only). */
  public static final ImmutableMap<CareTag, ParameterKey<Integer>> VISIT_EVERY_DAYS = perTag("visits.every-days.");

  /** Score from which a community is graded excellent (优秀), out of 100. */
  public static final ParameterKey<Double> GRADE_EXCELLENT = ParameterKey.decimal("scorecard.grade.excellent");
  /** Score from which a community is graded good (良好), out of 100. */
  public static final ParameterKey<Double> GRADE_GOOD = ParameterKey.decimal("scorecard.grade.good");
  /** Score from which a community passes (合格), out of 100. */
  public static final ParameterKey<Double> GRADE_PASS = ParameterKey.decimal("scorecard.grade.pass");
  /** The weight of each scorecard indicator in the total; the weights a profile gives sum to 1. */
  public static final ImmutableMap<ScorecardIndicator, ParameterKey<Double>> INDICATOR_WEIGHT = perIndicator(".weight");
  /** The value at which an indicator scores full marks. */
  public static final ImmutableMap<ScorecardIndicator, ParameterKey<Double>> INDICATOR_TARGET = perIndicator(".target");
  /** How an indicator's value becomes a score between 0 and 1. */
  public static final ImmutableMap<ScorecardIndicator, ParameterKey<ScoringCurve>> INDICATOR_CURVE;

  static {
    ImmutableMap.Builder<ScorecardIndicator, ParameterKey<ScoringCurve>> b = ImmutableMap.builder();
    for (ScorecardIndicator i : ScorecardIndicator.values()) {
      b.put(i, ParameterKey.choice("scorecard." + i.getId() + ".curve", ScoringCurve.class));
    }
    INDICATOR_CURVE = b.build();
  }

  private static ImmutableMap<CareTag, ParameterKey<Integer>> perTag(String prefix) {
    ImmutableMap.Builder<CareTag, ParameterKey<Integer>> b = ImmutableMap.builder();
    for (CareTag t : CareTag.values()) {
      b.put(t, ParameterKey.count(prefix + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    }
    return b.build();
  }

  private static ImmutableMap<ScorecardIndicator, ParameterKey<Double>> perIndicator(String suffix) {
    ImmutableMap.Builder<ScorecardIndicator, ParameterKey<Double>> b = ImmutableMap.builder();
    for (ScorecardIndicator i : ScorecardIndicator.values()) {
      b.put(i, ParameterKey.decimal("scorecard." + i.getId() + suffix));
    }
    return b.build();
  }

  /** Every key, in the order profiles list them. */
  public static final ImmutableList<ParameterKey<?>> ALL = all();

  private static ImmutableList<ParameterKey<?>> all() {
    ImmutableList.Builder<ParameterKey<?>> b = ImmutableList.<ParameterKey<?>>builder().add(AREA_CHAIN, TOTALS_TOLERANCE, CODE_RANGES, GRID_HOUSEHOLDS, MICRO_GRID_HOUSEHOLDS, GRID_RESIDENTS_MAX,
          GRID_FULL_TIME_MIN, BUILDING_HEADS_MIN, BUILDING_HEAD_DUTIES, ADMISSION_LIST, GRID_CELL, GRID_CELL_SCOPE, COMPOUND_BRANCH, BRANCH_MIN_FULL, BRANCH_MAX,
          BRANCH_COMMITTEE_FROM, GENERAL_BRANCH_MEMBERS, COMMITTEE_FROM, BRANCH_COMMITTEE_SIZE,
          GENERAL_BRANCH_COMMITTEE_SIZE, COMMITTEE_SIZE, COMMUNITY_TERM_YEARS, GROUP_MIN_MEMBERS, GROUP_MIN_FULL, GROUPS_FROM,
          JOINT_BRANCH_MAX_UNITS, COMMITTEE_TERM_YEARS, BRANCH_TERM_YEARS, COVERAGE_DEADLINE, CENTRAL_HOUSEHOLD_MAX,
          WORKERS_PER_10K, WORKERS_RATIO_LEVEL, SMALL_COMMUNITY_MIN_WORKERS, SMALL_COMMUNITY_RESIDENTS, GRADE_SYSTEM,
          CERTIFICATE_SHARE_MIN, ONE_SHOULDER, RESERVE_CANDIDATES_MIN, FACILITY_AREA_PER_100, CENTER_MIN_AREA,
          FACILITY_TIERS, COUNTY_LEADER, PAIRED_UNIT, FIRST_SECRETARY, GRID_CADRE, VISIT_RESPONSIBLE);
    for (CareTag t : CareTag.values()) {
      b.add(VISIT_FIRST_WITHIN_DAYS.get(t), VISIT_EVERY_DAYS.get(t));
    }
    b.add(GRADE_EXCELLENT, GRADE_GOOD, GRADE_PASS);
    for (ScorecardIndicator i : ScorecardIndicator.values()) {
      b.add(INDICATOR_WEIGHT.get(i), INDICATOR_TARGET.get(i), INDICATOR_CURVE.get(i));
    }
    return b.build();
  }

  /**
   * Finds a key by id.
   *
   * @param id the id
   * @return the key, or empty when no built-in parameter has that id
   */
  public static Optional<ParameterKey<?>> find(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return ALL.stream().filter(k -> k.getId().equals(id)).findFirst();
  }
}
