package org.jiceng.governance.rules.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.code.TownshipKind;
import org.jiceng.governance.core.code.VillageKind;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.people.BuildingHeadDuty;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.ContactKind;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.jiceng.governance.rules.compliance.CommunityScope;
import org.jiceng.governance.rules.compliance.LocalRule;
import org.jiceng.governance.rules.compliance.RuleContext;
import org.jiceng.governance.rules.compliance.Severity;
import org.jiceng.governance.rules.profile.IntRange;
import org.jiceng.governance.rules.profile.ParameterKey;
import org.jiceng.governance.rules.profile.Parameters;

/** The built-in rules that look at one community at a time, but for the party rules ({@link PartyRules}). Not API. */
final class LocalRules {
  private LocalRules() {}

  /** hierarchy.area-chain: every area inside the community is of a level the profile's chain names. */
  static final class AreaChain extends BaseRule implements LocalRule {
    AreaChain() {
      super("hierarchy.area-chain", Severity.WARNING, List.of(Parameters.AREA_CHAIN));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      Set<AreaLevel> chain = out.get(Parameters.AREA_CHAIN);
      s.getAreas().stream().filter(a -> !chain.contains(a.getLevel())).forEach(a ->
          out.report(Parameters.AREA_CHAIN, a.getId(), a.getLevel(), chain, message(), a.getName(), a.getLevel(), chain));
    }
  }

  /** hierarchy.declared-totals: a declared household count agrees with the sum of the children that declare theirs. */
  static final class DeclaredTotals extends BaseRule implements LocalRule {
    DeclaredTotals() {
      super("hierarchy.declared-totals", Severity.WARNING, List.of(Parameters.TOTALS_TOLERANCE));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      double tolerance = out.get(Parameters.TOTALS_TOLERANCE);
      Jurisdiction j = s.getJurisdiction();
      s.getAreas().stream().filter(a -> a.getHouseholds().isPresent()).forEach(a -> {
        List<Area> kids = j.getChildren(a.getId()).stream().filter(k -> knowsHouseholds(j, k)).collect(Collectors.toList());
        if (kids.isEmpty() || kids.size() < j.getChildren(a.getId()).size()) {
          return;
        }
        long sum = kids.stream().mapToLong(k -> j.getHouseholds(k.getId())).sum();
        long declared = a.getHouseholds().getAsInt();
        if (Math.abs(declared - sum) > tolerance * declared) {
          out.report(Parameters.TOTALS_TOLERANCE, a.getId(), declared, sum, message(), a.getName(), declared, sum);
        }
      });
    }
  }

  /** Shared by the households-range rules of grids and micro-grids. */
  abstract static class HouseholdsRange extends BaseRule implements LocalRule {
    private final AreaLevel level;
    private final ParameterKey<IntRange> key;

    HouseholdsRange(String id, AreaLevel level, ParameterKey<IntRange> key) {
      super(id, Severity.WARNING, List.of(key));
      this.level = level;
      this.key = key;
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      IntRange range = out.get(key);
      Jurisdiction j = s.getJurisdiction();
      for (Area a : s.getAreas(level)) {
        long h = j.getHouseholds(a.getId());
        if (knowsHouseholds(j, a) && !range.contains(h)) {
          out.report(key, a.getId(), h, range, message(), a.getName(), h, range);
        }
      }
    }
  }

  /** grid.households-range. */
  static final class GridHouseholds extends HouseholdsRange {
    GridHouseholds() {
      super("grid.households-range", AreaLevel.GRID, Parameters.GRID_HOUSEHOLDS);
    }
  }

  /** grid.micro-households-range. */
  static final class MicroGridHouseholds extends HouseholdsRange {
    MicroGridHouseholds() {
      super("grid.micro-households-range", AreaLevel.MICRO_GRID, Parameters.MICRO_GRID_HOUSEHOLDS);
    }
  }

  /** grid.residents-max. */
  static final class GridResidents extends BaseRule implements LocalRule {
    GridResidents() {
      super("grid.residents-max", Severity.WARNING, List.of(Parameters.GRID_RESIDENTS_MAX));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      int max = out.get(Parameters.GRID_RESIDENTS_MAX);
      for (Area g : s.getAreas(AreaLevel.GRID)) {
        s.getJurisdiction().getPermanentResidents(g.getId()).ifPresent(r -> {
          if (r > max) {
            out.report(Parameters.GRID_RESIDENTS_MAX, g.getId(), r, "<= " + max, message(), g.getName(), r, max);
          }
        });
      }
    }
  }

  /** grid.full-time-worker. */
  static final class FullTimeWorker extends BaseRule implements LocalRule {
    FullTimeWorker() {
      super("grid.full-time-worker", Severity.ERROR, List.of(Parameters.GRID_FULL_TIME_MIN));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      int min = out.get(Parameters.GRID_FULL_TIME_MIN);
      for (Area g : s.getAreas(AreaLevel.GRID)) {
        int n = s.getJurisdiction().getGridWorkersWithin(g.getId(), GridWorkerRole.FULL_TIME).size();
        if (n < min) {
          out.report(Parameters.GRID_FULL_TIME_MIN, g.getId(), n, ">= " + min, message(), g.getName(), n, min);
        }
      }
    }
  }

  /**
   * grid.building-head: every building has the profile's number of heads (two under 双楼长制) and a
   * head for each duty the profile names (政务楼长, 居务楼长).
   */
  static final class BuildingHead extends BaseRule implements LocalRule {
    BuildingHead() {
      super("grid.building-head", Severity.WARNING, List.of(Parameters.BUILDING_HEADS_MIN), "count", "duty");
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      int min = out.get(Parameters.BUILDING_HEADS_MIN);
      Set<BuildingHeadDuty> duties = out.getProfile().get(Parameters.BUILDING_HEAD_DUTIES).map(d -> (Set<BuildingHeadDuty>) d).orElse(Set.of());
      for (Area b : s.getAreas(AreaLevel.BUILDING)) {
        List<GridWorker> heads = s.getJurisdiction().getGridWorkersWithin(b.getId(), GridWorkerRole.BUILDING_HEAD);
        if (heads.size() < min) {
          out.report(Parameters.BUILDING_HEADS_MIN, b.getId(), heads.size(), ">= " + min, message("count"), b.getName(), heads.size(), min);
        }
        Set<BuildingHeadDuty> have = heads.stream().flatMap(h -> h.getDuty().stream()).collect(Collectors.toSet());
        List<BuildingHeadDuty> missing = duties.stream().filter(d -> !have.contains(d)).sorted().collect(Collectors.toList());
        if (!missing.isEmpty() && heads.size() >= min) {
          out.report(Parameters.BUILDING_HEAD_DUTIES, b.getId(), have.stream().sorted().collect(Collectors.toList()), duties,
              message("duty"), b.getName(), missing);
        }
      }
    }
  }

  /** grid.admission-list: only listed matters are pushed onto grids (网格事项准入). */
  static final class AdmissionList extends BaseRule implements LocalRule {
    AdmissionList() {
      super("grid.admission-list", Severity.ERROR, List.of(Parameters.ADMISSION_LIST));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      Set<String> allowed = out.get(Parameters.ADMISSION_LIST);
      s.getAreas().stream().forEach(a -> a.getMatters().stream().filter(m -> !allowed.contains(m)).sorted().forEach(m ->
          out.report(Parameters.ADMISSION_LIST, a.getId(), m, allowed, message(), a.getName(), m)));
    }
  }

  /** staffing.small-community-min. */
  static final class SmallCommunity extends BaseRule implements LocalRule {
    SmallCommunity() {
      super("staffing.small-community-min", Severity.ERROR, List.of(Parameters.SMALL_COMMUNITY_MIN_WORKERS, Parameters.SMALL_COMMUNITY_RESIDENTS));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      Area c = s.getCommunity();
      int below = out.get(Parameters.SMALL_COMMUNITY_RESIDENTS);
      int min = out.get(Parameters.SMALL_COMMUNITY_MIN_WORKERS);
      s.getJurisdiction().getUrbanPermanentResidents(c.getId()).ifPresent(r -> {
        int workers = s.getJurisdiction().getCommunityWorkersWithin(c.getId()).size();
        if (r < below && workers < min) {
          out.report(Parameters.SMALL_COMMUNITY_MIN_WORKERS, c.getId(), workers, ">= " + min, message(), c.getName(), r, workers, min);
        }
      });
    }
  }

  /** staffing.grade-valid. */
  static final class GradeValid extends BaseRule implements LocalRule {
    GradeValid() {
      super("staffing.grade-valid", Severity.ERROR, List.of(Parameters.GRADE_SYSTEM));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      var system = out.get(Parameters.GRADE_SYSTEM);
      for (CommunityWorker w : s.getJurisdiction().getCommunityWorkersWithin(s.getCommunity().getId())) {
        if (w.getGrade().isEmpty()) {
          continue;
        }
        int grade = w.getGrade().getAsInt();
        system.getGrades(w.getPost()).filter(r -> !r.contains(grade)).ifPresent(r ->
            out.report(Parameters.GRADE_SYSTEM, w.getId(), grade, r, message(), w.getName(), w.getPost(), grade, system, r));
      }
    }
  }

  /** staffing.one-shoulder. */
  static final class OneShoulder extends BaseRule implements LocalRule {
    OneShoulder() {
      super("staffing.one-shoulder", Severity.WARNING, List.of(Parameters.ONE_SHOULDER));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      if (!out.get(Parameters.ONE_SHOULDER)) {
        return;
      }
      Area c = s.getCommunity();
      boolean ok = s.getJurisdiction().getCommunityWorkersWithin(c.getId()).stream().anyMatch(w -> w.isSecretary() && w.isDirector());
      if (!ok) {
        out.report(Parameters.ONE_SHOULDER, c.getId(), false, true, message(), c.getName());
      }
    }
  }

  /** staffing.reserve-candidates: at least the profile's number of reserve candidates (a floor, never a cap). */
  static final class ReserveCandidates extends BaseRule implements LocalRule {
    ReserveCandidates() {
      super("staffing.reserve-candidates", Severity.WARNING, List.of(Parameters.RESERVE_CANDIDATES_MIN));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      int min = out.get(Parameters.RESERVE_CANDIDATES_MIN);
      Area c = s.getCommunity();
      long n = s.getJurisdiction().getCommunityWorkersWithin(c.getId()).stream().filter(CommunityWorker::isReserveCandidate).count();
      if (n < min) {
        out.report(Parameters.RESERVE_CANDIDATES_MIN, c.getId(), n, ">= " + min, message(), c.getName(), n, min);
      }
    }
  }

  /** places.area-per-100-households. */
  static final class FacilityArea extends BaseRule implements LocalRule {
    FacilityArea() {
      super("places.area-per-100-households", Severity.WARNING, List.of(Parameters.FACILITY_AREA_PER_100));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      double per100 = out.get(Parameters.FACILITY_AREA_PER_100);
      Area c = s.getCommunity();
      long households = s.getJurisdiction().getHouseholds(c.getId());
      double area = s.getFacilities().stream().filter(f -> f.getKind() != FacilityKind.LOVE_STATION).mapToDouble(ServiceFacility::getFloorArea).sum();
      double need = households / 100.0 * per100;
      if (area < need) {
        out.report(Parameters.FACILITY_AREA_PER_100, c.getId(), round(area), ">= " + round(need), message(), c.getName(), round(area), households, round(need));
      }
    }
  }

  /** places.center-min-area. */
  static final class CenterArea extends BaseRule implements LocalRule {
    CenterArea() {
      super("places.center-min-area", Severity.WARNING, List.of(Parameters.CENTER_MIN_AREA), "missing", "small");
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      double min = out.get(Parameters.CENTER_MIN_AREA);
      Area c = s.getCommunity();
      List<ServiceFacility> centers = s.getJurisdiction().getFacilitiesOf(c.getId()).stream()
          .filter(f -> f.getKind() == FacilityKind.CENTER).collect(Collectors.toList());
      if (centers.isEmpty()) {
        out.report(Parameters.CENTER_MIN_AREA, c.getId(), "none", ">= " + round(min), message("missing"), c.getName());
      }
      for (ServiceFacility f : centers) {
        if (f.getFloorArea() < min) {
          out.report(Parameters.CENTER_MIN_AREA, f.getId(), round(f.getFloorArea()), ">= " + round(min), message("small"), f.getName(), c.getName(), round(f.getFloorArea()), round(min));
        }
      }
    }
  }

  /** places.tiers. */
  static final class FacilityTiers extends BaseRule implements LocalRule {
    FacilityTiers() {
      super("places.tiers", Severity.WARNING, List.of(Parameters.FACILITY_TIERS));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      Set<FacilityKind> need = out.get(Parameters.FACILITY_TIERS);
      Set<FacilityKind> have = s.getFacilities().stream().map(ServiceFacility::getKind).collect(Collectors.toSet());
      Set<FacilityKind> missing = EnumSet.noneOf(FacilityKind.class);
      need.stream().filter(k -> !have.contains(k)).forEach(missing::add);
      if (!missing.isEmpty()) {
        Area c = s.getCommunity();
        out.report(Parameters.FACILITY_TIERS, c.getId(), have, need, message(), c.getName(), missing);
      }
    }
  }

  /** Shared by the contact rules of a community. */
  abstract static class CommunityContact extends BaseRule implements LocalRule {
    private final ParameterKey<Boolean> key;
    private final ContactKind kind;

    CommunityContact(String id, ParameterKey<Boolean> key, ContactKind kind) {
      super(id, Severity.WARNING, List.of(key));
      this.key = key;
      this.kind = kind;
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      if (!out.get(key)) {
        return;
      }
      Area c = s.getCommunity();
      if (s.getJurisdiction().getContactsOf(c.getId()).stream().noneMatch(x -> x.getKind() == kind)) {
        out.report(key, c.getId(), 0, ">= 1", message(), c.getName());
      }
    }
  }

  /** responsibility.county-leader. */
  static final class CountyLeader extends CommunityContact {
    CountyLeader() {
      super("responsibility.county-leader", Parameters.COUNTY_LEADER, ContactKind.COUNTY_LEADER);
    }
  }

  /** responsibility.paired-unit. */
  static final class PairedUnit extends CommunityContact {
    PairedUnit() {
      super("responsibility.paired-unit", Parameters.PAIRED_UNIT, ContactKind.PAIRED_UNIT);
    }
  }

  /** responsibility.first-secretary. */
  static final class FirstSecretary extends CommunityContact {
    FirstSecretary() {
      super("responsibility.first-secretary", Parameters.FIRST_SECRETARY, ContactKind.FIRST_SECRETARY);
    }
  }

  /** responsibility.grid-cadre. */
  static final class GridCadre extends BaseRule implements LocalRule {
    GridCadre() {
      super("responsibility.grid-cadre", Severity.WARNING, List.of(Parameters.GRID_CADRE));
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      if (!out.get(Parameters.GRID_CADRE)) {
        return;
      }
      for (Area g : s.getAreas(AreaLevel.GRID)) {
        if (s.getJurisdiction().getContactsOf(g.getId()).stream().noneMatch(x -> x.getKind() == ContactKind.CADRE)) {
          out.report(Parameters.GRID_CADRE, g.getId(), 0, ">= 1", message(), g.getName());
        }
      }
    }
  }

  /** hierarchy.division-code-range: a community's code lies in the residents' committee range (village digits 001-199), all digits in range. */
  static final class DivisionCodeRange extends BaseRule implements LocalRule {
    DivisionCodeRange() {
      super("hierarchy.division-code-range", Severity.WARNING, List.of(Parameters.CODE_RANGES), "village", "township");
    }

    @Override
    public void check(CommunityScope s, RuleContext out) {
      if (!out.get(Parameters.CODE_RANGES)) {
        return;
      }
      s.getAreas().stream().filter(a -> a.getDivisionCode().isPresent()).forEach(a -> {
        DivisionCode code = a.getDivisionCode().get();
        code.getTownshipKind().filter(k -> k == TownshipKind.OUT_OF_RANGE).ifPresent(k ->
            out.report(Parameters.CODE_RANGES, a.getId(), code.getValue().substring(6, 9), "001..599", message("township"),
                a.getName(), code, code.getValue().substring(6, 9)));
        if (a.getLevel() == AreaLevel.COMMUNITY) {
          code.getVillageKind().filter(k -> k != VillageKind.RESIDENTS_COMMITTEE).ifPresent(k ->
              out.report(Parameters.CODE_RANGES, a.getId(), code.getValue().substring(9, 12), "001..199", message("village"),
                  a.getName(), code, code.getValue().substring(9, 12), k));
        }
      });
    }
  }

  static String round(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
  }

  /** Whether the area holds anything that tells its households: a declared count or children. */
  private static boolean knowsHouseholds(Jurisdiction j, Area a) {
    return a.getHouseholds().isPresent() || !j.getChildren(a.getId()).isEmpty();
  }
}
