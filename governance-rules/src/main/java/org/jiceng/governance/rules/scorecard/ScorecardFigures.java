package org.jiceng.governance.rules.scorecard;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.RegisteredPartyMember;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.jiceng.governance.rules.demand.DemandBoard;
import org.jiceng.governance.rules.demand.DemandState;
import org.jiceng.governance.rules.demand.DemandStatus;
import org.jiceng.governance.rules.demand.Rating;
import org.jiceng.governance.rules.ledger.AccountKind;
import org.jiceng.governance.rules.ledger.Ledger;
import org.jiceng.governance.rules.ledger.Operation;
import org.jiceng.governance.rules.ledger.PostingKind;
import org.jiceng.governance.rules.visit.Coverage;
import org.jiceng.governance.rules.visit.VisitPlan;

/**
 * Measures the scorecard's figures of every community of a jurisdiction from what the library
 * already knows: the dataset, and where given a demand board, a visit plan and a points ledger. An
 * indicator whose input is not given, or that has nothing to count (no grids, no rated demand, no
 * visit due), is left unmeasured.
 */
public final class ScorecardFigures {
  /** The tags whose visits count as care (邻里有爱). */
  public static final Set<CareTag> CARE_TAGS =
      EnumSet.of(CareTag.ELDERLY_ALONE, CareTag.DISABLED, CareTag.PARTY_MEMBER_IN_HARDSHIP, CareTag.MAJOR_ACCIDENT);
  /** The tags whose visits count towards safety and order (平安有序). */
  public static final Set<CareTag> KEY_TAGS = EnumSet.of(CareTag.KEY_PETITIONER, CareTag.SPECIAL_POPULATION, CareTag.DISPUTE_PARTY);

  private ScorecardFigures() {}

  /**
   * Measures every community from the dataset alone; the indicators that need a demand board, a
   * visit plan or a ledger are left unmeasured.
   *
   * @param j the jurisdiction, not null
   * @return the figures, one per community in the jurisdiction's order
   */
  public static List<CommunityFigures> measure(Jurisdiction j) {
    return measure(Inputs.of(j));
  }

  /**
   * Measures every community from the dataset and whichever other inputs are given.
   *
   * <pre>{@code
   * ScorecardFigures.measure(Inputs.of(j).withDemands(board).withVisits(plan).withLedger(ledger));
   * }</pre>
   *
   * @param inputs the jurisdiction and the other inputs, not null
   * @return the figures, one per community in the jurisdiction's order
   */
  public static List<CommunityFigures> measure(Inputs inputs) {
    requireNonNull(inputs, "inputs");
    return measure(inputs.jurisdiction, inputs.demands, inputs.visits, inputs.ledger);
  }

  /**
   * What the figures are measured from: a jurisdiction, and optionally a demand board, a visit
   * plan of the same jurisdiction and a points ledger. Immutable; each {@code with} returns a copy.
   */
  public static final class Inputs {
    private final Jurisdiction jurisdiction;
    private final Optional<DemandBoard> demands;
    private final Optional<VisitPlan> visits;
    private final Optional<Ledger> ledger;

    private Inputs(Jurisdiction jurisdiction, Optional<DemandBoard> demands, Optional<VisitPlan> visits, Optional<Ledger> ledger) {
      this.jurisdiction = jurisdiction;
      this.demands = demands;
      this.visits = visits;
      this.ledger = ledger;
    }

    /**
     * Returns inputs holding only a jurisdiction.
     *
     * @param j the jurisdiction, not null
     * @return the inputs
     */
    public static Inputs of(Jurisdiction j) {
      return new Inputs(requireNonNull(j, "j"), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with a demand board.
     *
     * @param board the board, not null
     * @return the inputs
     */
    public Inputs withDemands(DemandBoard board) {
      return new Inputs(jurisdiction, Optional.of(board), visits, ledger);
    }

    /**
     * Returns a copy with a visit plan of the same jurisdiction.
     *
     * @param plan the plan, not null
     * @return the inputs
     */
    public Inputs withVisits(VisitPlan plan) {
      return new Inputs(jurisdiction, demands, Optional.of(plan), ledger);
    }

    /**
     * Returns a copy with a points ledger.
     *
     * @param book the ledger, not null
     * @return the inputs
     */
    public Inputs withLedger(Ledger book) {
      return new Inputs(jurisdiction, demands, visits, Optional.of(book));
    }

    /**
     * Returns the jurisdiction.
     *
     * @return the jurisdiction
     */
    public Jurisdiction getJurisdiction() {
      return jurisdiction;
    }

    /**
     * Returns the demand board.
     *
     * @return the board, empty when not given
     */
    public Optional<DemandBoard> getDemands() {
      return demands;
    }

    /**
     * Returns the visit plan.
     *
     * @return the plan, empty when not given
     */
    public Optional<VisitPlan> getVisits() {
      return visits;
    }

    /**
     * Returns the ledger.
     *
     * @return the ledger, empty when not given
     */
    public Optional<Ledger> getLedger() {
      return ledger;
    }
  }

  private static List<CommunityFigures> measure(Jurisdiction j, Optional<DemandBoard> demands, Optional<VisitPlan> visits,
      Optional<Ledger> ledger) {
    Map<String, String> communityOf = new HashMap<>();
    for (Area c : j.getAreas(AreaLevel.COMMUNITY)) {
      communityOf.put(c.getId(), c.getId());
    }
    for (Area a : j.getAreas()) {
      if (!communityOf.containsKey(a.getId())) {
        j.getEnclosing(a.getId(), AreaLevel.COMMUNITY).ifPresent(c -> communityOf.put(a.getId(), c.getId()));
      }
    }
    Map<String, double[]> area = new HashMap<>();
    for (ServiceFacility f : j.getFacilities()) {
      String c = communityOf.get(f.getAreaId());
      if (c != null && f.getKind() != FacilityKind.LOVE_STATION) {
        area.computeIfAbsent(c, k -> new double[1])[0] += f.getFloorArea();
      }
    }
    Map<String, Integer> members = new HashMap<>();
    for (RegisteredPartyMember m : j.getPartyMembers()) {
      String c = communityOf.get(m.getAreaId());
      if (c != null) {
        members.merge(c, 1, Integer::sum);
      }
    }
    Map<String, long[]> demandCounts = demands.map(ScorecardFigures::demandCounts).orElse(Map.of());
    Map<String, long[]> points = ledger.map(ScorecardFigures::participation).orElse(Map.of());
    List<CommunityFigures> out = new ArrayList<>();
    for (Area c : j.getAreas(AreaLevel.COMMUNITY)) {
      String id = c.getId();
      EnumMap<ScorecardIndicator, Double> v = new EnumMap<>(ScorecardIndicator.class);
      List<Area> grids = j.getDescendants(id, AreaLevel.GRID);
      if (!grids.isEmpty()) {
        long withCell = grids.stream().filter(g -> j.getPartyOrganizationsOn(g.getId()).stream().anyMatch(p ->
            p.getKind() == PartyOrganizationKind.BRANCH || p.getKind() == PartyOrganizationKind.GROUP
                || p.getKind() == PartyOrganizationKind.JOINT_BRANCH)).count();
        long withWorker = grids.stream().filter(g -> !j.getGridWorkersWithin(g.getId(), GridWorkerRole.FULL_TIME).isEmpty()).count();
        v.put(ScorecardIndicator.PARTY_CELL_COVERAGE, (double) withCell / grids.size());
        v.put(ScorecardIndicator.GRID_WORKER_COVERAGE, (double) withWorker / grids.size());
      }
      v.put(ScorecardIndicator.RESERVE_CANDIDATES,
          (double) j.getCommunityWorkersWithin(id).stream().filter(CommunityWorker::isReserveCandidate).count());
      long households = j.getHouseholds(id);
      if (households > 0) {
        v.put(ScorecardIndicator.FACILITY_AREA, area.getOrDefault(id, new double[1])[0] * 100.0 / households);
        v.put(ScorecardIndicator.REGISTERED_MEMBERS, members.getOrDefault(id, 0) * 100.0 / households);
      }
      long[] d = demandCounts.get(id);
      if (d != null && d[0] > 0) {
        v.put(ScorecardIndicator.DEMAND_COMPLETION, (double) d[1] / d[0]);
      }
      if (d != null && d[2] > 0) {
        v.put(ScorecardIndicator.DEMAND_SATISFACTION, (double) d[3] / d[2]);
      }
      visits.ifPresent(plan -> {
        put(v, ScorecardIndicator.CARE_VISITS, plan.getCoverage(id, CARE_TAGS));
        put(v, ScorecardIndicator.KEY_VISITS, plan.getCoverage(id, KEY_TAGS));
        VisitPlan.Disputes disputes = plan.getDisputes().get(id);
        if (disputes != null && disputes.getOpened() > 0) {
          v.put(ScorecardIndicator.DISPUTES_SETTLED, (double) disputes.getSettled() / disputes.getOpened());
        }
      });
      long[] p = points.get(id);
      if (p != null && p[0] > 0) {
        v.put(ScorecardIndicator.POINTS_PARTICIPATION, (double) p[1] / p[0]);
      }
      out.add(CommunityFigures.of(id, c.getName(), v));
    }
    return out;
  }

  private static void put(Map<ScorecardIndicator, Double> v, ScorecardIndicator i, Coverage c) {
    c.getRate().ifPresent(r -> v.put(i, r));
  }

  /** Per community: admitted, completed, rated, satisfied. */
  private static Map<String, long[]> demandCounts(DemandBoard board) {
    Map<String, long[]> m = new HashMap<>();
    for (DemandState s : board.all()) {
      if (s.getStatus() == DemandStatus.SUBMITTED || s.getStatus() == DemandStatus.REJECTED) {
        continue;
      }
      long[] c = m.computeIfAbsent(s.getDemand().getCommunity(), k -> new long[4]);
      c[0]++;
      if (s.getResolvedAt().isPresent()) {
        c[1]++;
      }
      if (s.getRating().isPresent()) {
        c[2]++;
        if (s.getRating().get() != Rating.UNSATISFIED) {
          c[3]++;
        }
      }
    }
    return m;
  }

  /** Per community: passbooks, and passbooks that earned points. */
  private static Map<String, long[]> participation(Ledger ledger) {
    Map<String, long[]> m = new HashMap<>();
    for (Operation op : ledger.log()) {
      if (op instanceof Operation.OpenAccount open && open.getAccount().getKind() == AccountKind.PASSBOOK
          && open.getAccount().getCommunityId().isPresent()) {
        long[] c = m.computeIfAbsent(open.getAccount().getCommunityId().get(), k -> new long[2]);
        c[0]++;
        boolean earned = ledger.statement(open.getAccount().getId(), Instant.MIN, Instant.MAX).stream()
            .anyMatch(p -> p.getKind() == PostingKind.ACCRUAL && p.getCredit().equals(open.getAccount().getId()));
        if (earned) {
          c[1]++;
        }
      }
    }
    return m;
  }
}
