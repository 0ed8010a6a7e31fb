package org.jiceng.governance.rules.visit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;

/**
 * Plans care visits (七个必访, seed 003): from the households' care tags, the dated events that
 * raise and clear tags, the visits made and a {@link VisitPolicy}, the obligations with their due
 * days, who is responsible, which are overdue on a given day, and coverage per grid and community.
 *
 * <p>For each stretch of days a household carries a tag (from {@code since} for a tag in the
 * dataset, from the event's day for a raised tag, until the tag is cleared), the first visit is due
 * {@code firstWithinDays} after the stretch begins; each visit meets the household's open
 * obligations and opens the next one, due {@code everyDays} later (none when 0). An obligation still
 * unmet when its tag is cleared before its due day is dropped; one whose due day had passed is
 * {@code MISSED}. Events after {@code asOf} are not seen. A pure function: the date is passed in.
 */
public final class VisitPlanner {
  private VisitPlanner() {}

  /**
   * Plans the visits.
   *
   * @param j the jurisdiction, not null
   * @param log the visit events, not null
   * @param policy the rhythms and responsibilities, not null
   * @param since the day tags given in the dataset begin to oblige visits, not null
   * @param asOf the day to plan at, not before {@code since}, not null
   * @return the plan
   * @throws IllegalArgumentException if {@code asOf} is before {@code since}
   */
  public static VisitPlan plan(Jurisdiction j, VisitLog log, VisitPolicy policy, LocalDate since, LocalDate asOf) {
    requireNonNull(j, "j");
    requireNonNull(log, "log");
    requireNonNull(policy, "policy");
    requireNonNull(since, "since");
    requireNonNull(asOf, "asOf");
    if (asOf.isBefore(since)) {
      throw new IllegalArgumentException("The plan's date " + asOf + " is before its start " + since);
    }
    Responsibles responsibles = new Responsibles(j, policy.getResponsible());
    List<Obligation> all = new ArrayList<>();
    Map<String, long[]> disputes = new LinkedHashMap<>();
    for (Area household : j.getAreas(AreaLevel.HOUSEHOLD)) {
      Optional<Area> community = j.getEnclosing(household.getId(), AreaLevel.COMMUNITY);
      if (community.isEmpty()) {
        continue;
      }
      Optional<String> grid = j.getEnclosing(household.getId(), AreaLevel.GRID).map(Area::getId);
      Optional<Obligation.Responsible> responsible = responsibles.of(household);
      Context c = new Context(household, community.get().getId(), grid, responsible);
      List<VisitEvent> events = log.eventsOf(household.getId()).stream().filter(e -> !e.getOn().isAfter(asOf)).toList();
      // Visits and spans keep their place in the log: a visit serves a span only if it was made
      // while the tag stood, even when the tag was cleared and raised again the same day.
      List<VisitEvent.Visited> visits = new ArrayList<>();
      List<Integer> visitAt = new ArrayList<>();
      EnumMap<CareTag, LocalDate> active = new EnumMap<>(CareTag.class);
      EnumMap<CareTag, Integer> activeAt = new EnumMap<>(CareTag.class);
      EnumMap<CareTag, List<Span>> spans = new EnumMap<>(CareTag.class);
      for (CareTag t : household.getCareTags()) {
        active.put(t, since);
        activeAt.put(t, -1);
      }
      long[] d = disputes.computeIfAbsent(community.get().getId(), k -> new long[2]);
      for (int k = 0; k < events.size(); k++) {
        VisitEvent e = events.get(k);
        if (e instanceof VisitEvent.Visited v) {
          visits.add(v);
          visitAt.add(k);
        } else if (e instanceof VisitEvent.Tagged t) {
          if (active.putIfAbsent(t.getTag(), t.getOn()) == null) {
            activeAt.put(t.getTag(), k);
          }
          if (t.getTag() == CareTag.DISPUTE_PARTY && !t.getOn().isBefore(since)) {
            d[0]++;
          }
        } else if (e instanceof VisitEvent.Untagged u) {
          LocalDate from = active.remove(u.getTag());
          if (from != null) {
            spans.computeIfAbsent(u.getTag(), x -> new ArrayList<>()).add(new Span(from, u.getOn(), activeAt.remove(u.getTag()), k));
            if (u.getTag() == CareTag.DISPUTE_PARTY && !from.isBefore(since)) {
              d[1]++;
            }
          }
        }
      }
      active.forEach((t, from) -> spans.computeIfAbsent(t, x -> new ArrayList<>())
          .add(new Span(from, null, activeAt.get(t), Integer.MAX_VALUE)));
      spans.forEach((tag, list) -> policy.findRhythm(tag).ifPresent(r -> {
        for (Span span : list) {
          List<VisitEvent.Visited> during = new ArrayList<>();
          for (int v = 0; v < visits.size(); v++) {
            if (visitAt.get(v) > span.fromIndex() && visitAt.get(v) < span.toIndex()) {
              during.add(visits.get(v));
            }
          }
          obligations(c, tag, r, span.from(), Optional.ofNullable(span.to()), during, asOf, all);
        }
      }));
    }
    all.sort(Comparator.comparing(Obligation::getDue).thenComparing(Obligation::getHousehold).thenComparing(Obligation::getTag)
        .thenComparing(Obligation::getOpened));
    Set<String> unknown = new TreeSet<>();
    for (String h : log.households()) {
      if (j.getArea(h).filter(a -> a.getLevel() == AreaLevel.HOUSEHOLD).isEmpty()) {
        unknown.add(h);
      }
    }
    Map<String, List<Obligation>> perGrid = new HashMap<>();
    Map<String, List<Obligation>> perCommunity = new HashMap<>();
    for (Obligation o : all) {
      o.getGrid().ifPresent(g -> perGrid.computeIfAbsent(g, k -> new ArrayList<>()).add(o));
      perCommunity.computeIfAbsent(o.getCommunity(), k -> new ArrayList<>()).add(o);
    }
    List<Coverage> byGrid = new ArrayList<>();
    for (Area g : j.getAreas(AreaLevel.GRID)) {
      if (perGrid.containsKey(g.getId())) {
        String communityName = j.getEnclosing(g.getId(), AreaLevel.COMMUNITY).map(Area::getName).orElse("");
        byGrid.add(coverage(g.getId(), g.getName(), communityName, perGrid.get(g.getId())));
      }
    }
    List<Coverage> byCommunity = new ArrayList<>();
    Map<String, VisitPlan.Disputes> disputeCounts = new LinkedHashMap<>();
    for (Area community : j.getAreas(AreaLevel.COMMUNITY)) {
      byCommunity.add(coverage(community.getId(), community.getName(), community.getName(),
          perCommunity.getOrDefault(community.getId(), List.of())));
      long[] d = disputes.getOrDefault(community.getId(), new long[2]);
      disputeCounts.put(community.getId(), VisitPlan.Disputes.of(d[0], d[1]));
    }
    Area root = j.getRoot();
    return VisitPlan.builder().since(since).asOf(asOf).addAllObligations(all).addAllByGrid(byGrid).addAllByCommunity(byCommunity)
        .total(coverage(root.getId(), root.getName(), "", all)).putAllDisputes(disputeCounts).addAllUnknownHouseholds(unknown).build();
  }

  /** A stretch of time a tag stood: its days, and its place in the household's log. */
  private record Span(LocalDate from, LocalDate to, int fromIndex, int toIndex) {}

  /** What every obligation of one household shares. */
  private record Context(Area household, String community, Optional<String> grid, Optional<Obligation.Responsible> responsible) {}

  private static void obligations(Context c, CareTag tag, VisitPolicy.Rhythm r, LocalDate start, Optional<LocalDate> end,
      List<VisitEvent.Visited> visits, LocalDate asOf, List<Obligation> out) {
    LocalDate opened = start;
    LocalDate due = start.plusDays(r.getFirstWithinDays());
    LocalDate limit = end.orElse(asOf);
    int i = 0;
    while (i < visits.size() && visits.get(i).getOn().isBefore(opened)) {
      i++;
    }
    while (i < visits.size() && !visits.get(i).getOn().isAfter(limit)) {
      VisitEvent.Visited v = visits.get(i);
      out.add(obligation(c, tag, opened, due, Optional.of(v.getOn()), v.getVisitor(),
          v.getOn().isAfter(due) ? Obligation.Status.MET_LATE : Obligation.Status.MET_ON_TIME));
      if (r.getEveryDays() == 0) {
        return;
      }
      opened = v.getOn();
      due = opened.plusDays(r.getEveryDays());
      // Other visits the same day meet this obligation again, not the next one.
      while (i < visits.size() && !visits.get(i).getOn().isAfter(opened)) {
        i++;
      }
    }
    Optional<Obligation.Status> status;
    if (end.isPresent()) {
      status = end.get().isAfter(due) ? Optional.of(Obligation.Status.MISSED) : Optional.empty();
    } else {
      status = Optional.of(asOf.isAfter(due) ? Obligation.Status.OVERDUE : Obligation.Status.OPEN);
    }
    if (status.isPresent()) {
      out.add(obligation(c, tag, opened, due, Optional.empty(), Optional.empty(), status.get()));
    }
  }

  private static Obligation obligation(Context c, CareTag tag, LocalDate opened, LocalDate due, Optional<LocalDate> metOn,
      Optional<String> visitor, Obligation.Status status) {
    return Obligation.builder().household(c.household().getId()).householdName(c.household().getName()).tag(tag)
        .community(c.community()).grid(c.grid()).opened(opened).due(due).metOn(metOn).visitor(visitor).responsible(c.responsible())
        .status(status).build();
  }

  static Coverage coverage(String id, String name, String communityName, List<Obligation> obligations) {
    long counted = 0;
    long onTime = 0;
    long overdue = 0;
    long open = 0;
    for (Obligation o : obligations) {
      if (!o.isCounted()) {
        open++;
        continue;
      }
      counted++;
      if (o.getStatus() == Obligation.Status.MET_ON_TIME) {
        onTime++;
      } else if (o.getStatus() == Obligation.Status.OVERDUE) {
        overdue++;
      }
    }
    return Coverage.builder().areaId(id).areaName(name).communityName(communityName).counted(counted).metOnTime(onTime)
        .overdue(overdue).open(open).build();
  }

  /** Finds the person responsible for a household, in the policy's order of preference. */
  private static final class Responsibles {
    private final Jurisdiction j;
    private final List<VisitResponsibility> order;
    private final Map<String, List<GridWorker>> workersByArea = new HashMap<>();
    private final Map<String, List<PartyOrganization>> centralByArea = new HashMap<>();

    Responsibles(Jurisdiction j, List<VisitResponsibility> order) {
      this.j = j;
      this.order = order;
      for (GridWorker w : j.getGridWorkers()) {
        workersByArea.computeIfAbsent(w.getAreaId(), k -> new ArrayList<>()).add(w);
      }
      workersByArea.values().forEach(l -> l.sort(Comparator.comparing(GridWorker::getId)));
      for (PartyOrganization p : j.getPartyOrganizations()) {
        if (p.getKind() == PartyOrganizationKind.CENTRAL_HOUSEHOLD && p.getAreaId().isPresent()) {
          centralByArea.computeIfAbsent(p.getAreaId().get(), k -> new ArrayList<>()).add(p);
        }
      }
      centralByArea.values().forEach(l -> l.sort(Comparator.comparing(PartyOrganization::getId)));
    }

    Optional<Obligation.Responsible> of(Area household) {
      List<Area> up = new ArrayList<>();
      for (Area a : j.getAncestors(household.getId())) {
        if (a.getLevel() == AreaLevel.COMMUNITY || a.getLevel() == AreaLevel.COMPOUND || a.getLevel() == AreaLevel.STREET
            || a.getLevel() == AreaLevel.COUNTY) {
          break;
        }
        up.add(a);
      }
      for (VisitResponsibility role : order) {
        for (Area a : up) {
          Optional<Obligation.Responsible> found = find(role, a);
          if (found.isPresent()) {
            return found;
          }
        }
      }
      return Optional.empty();
    }

    private Optional<Obligation.Responsible> find(VisitResponsibility role, Area a) {
      switch (role) {
        case CENTRAL_HOUSEHOLD:
          return centralByArea.getOrDefault(a.getId(), List.of()).stream().findFirst()
              .map(p -> Obligation.Responsible.of(role, p.getId(), p.getName()));
        case BUILDING_HEAD:
          return a.getLevel() != AreaLevel.BUILDING ? Optional.empty() : worker(role, a, GridWorkerRole.BUILDING_HEAD);
        case FULL_TIME_GRID_WORKER:
          return gridLevel(a) ? worker(role, a, GridWorkerRole.FULL_TIME) : Optional.empty();
        case PART_TIME_GRID_WORKER:
          return gridLevel(a) ? worker(role, a, GridWorkerRole.PART_TIME) : Optional.empty();
        case GRID_INSTRUCTOR:
          return gridLevel(a) ? worker(role, a, GridWorkerRole.INSTRUCTOR) : Optional.empty();
        default:
          throw new AssertionError(role);
      }
    }

    private static boolean gridLevel(Area a) {
      return a.getLevel() == AreaLevel.GRID || a.getLevel() == AreaLevel.MICRO_GRID;
    }

    private Optional<Obligation.Responsible> worker(VisitResponsibility role, Area a, GridWorkerRole r) {
      return workersByArea.getOrDefault(a.getId(), List.of()).stream().filter(w -> w.getRole() == r).findFirst()
          .map(w -> Obligation.Responsible.of(role, w.getId(), w.getName()));
    }
  }
}
