package org.jiceng.governance.examples.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.json.DemandEventsFormat;
import org.jiceng.governance.json.LedgerOperationsFormat;
import org.jiceng.governance.json.VisitsFormat;
import org.jiceng.governance.rules.demand.Demand;
import org.jiceng.governance.rules.demand.DemandEvent;
import org.jiceng.governance.rules.demand.DemandLevel;
import org.jiceng.governance.rules.demand.DemandSize;
import org.jiceng.governance.rules.demand.DemandSource;
import org.jiceng.governance.rules.demand.Rating;
import org.jiceng.governance.rules.ledger.Account;
import org.jiceng.governance.rules.ledger.AccountKind;
import org.jiceng.governance.rules.ledger.LedgerUnit;
import org.jiceng.governance.rules.ledger.Operation;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.visit.VisitEvent;
import org.jiceng.governance.rules.visit.VisitPolicy;

/**
 * Seeded event files beside the Qianxi sample (seed 003), for {@code jiceng visits} and {@code
 * jiceng scorecard}: half a year (2025-01-01 to 2025-06-30, the data set's {@code asOf}) of care
 * visits, disputes (seed 003: 271 settled in a year, so about 135 opened here) and accidents
 * ({@code qianxi-visits.json}), residents' demands ({@code qianxi-demands.json}) and points passbooks
 * ({@code qianxi-points.json}). Everything but the seed's counts is synthetic: the same seed gives
 * the same files byte for byte.
 */
public final class SampleEvents {
  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate TO = LocalDate.of(2025, 6, 30);
  private static final long SEED = 3;

  private SampleEvents() {}

  /**
   * Writes the three files.
   *
   * @param args the directory (default {@code examples/data})
   * @throws Exception if a file cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/data");
    Jurisdiction j = SampleDataSets.qianxi();
    Files.writeString(dir.resolve("qianxi-visits.json"), VisitsFormat.writeToString(visits(j)), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("qianxi-demands.json"), DemandEventsFormat.writeToString(demands(j)), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("qianxi-points.json"), LedgerOperationsFormat.writeToString("liaoning-jianping-points", points(j)),
        StandardCharsets.UTF_8);
  }

  private static Optional<String> visitor(Jurisdiction j, Area household) {
    return j.getEnclosing(household.getId(), AreaLevel.GRID).flatMap(g -> j.getGridWorkersWithin(g.getId(), GridWorkerRole.FULL_TIME)
        .stream().map(GridWorker::getId).sorted().findFirst());
  }

  /**
   * The care-visit events: each tagged household is visited about as often as its tags ask, one
   * visit in ten late; disputes and accidents are raised on untagged households, visited within days
   * and mostly settled.
   *
   * @param j the Qianxi sample
   * @return the events, by day
   */
  public static List<VisitEvent> visits(Jurisdiction j) {
    SplittableRandom r = new SplittableRandom(SEED);
    VisitPolicy policy = VisitPolicy.from(BuiltInProfiles.get("hebei-qianxi"));
    List<VisitEvent> out = new ArrayList<>();
    List<Area> plain = new ArrayList<>();
    int n = 0;
    for (Area h : j.getAreas(AreaLevel.HOUSEHOLD)) {
      if (h.getCareTags().isEmpty()) {
        plain.add(h);
        continue;
      }
      int first = h.getCareTags().stream().mapToInt(t -> policy.findRhythm(t).orElseThrow().getFirstWithinDays()).min().orElseThrow();
      int every = h.getCareTags().stream().mapToInt(t -> policy.findRhythm(t).orElseThrow().getEveryDays()).min().orElseThrow();
      LocalDate day = FROM.plusDays(r.nextInt(first + 1));
      while (!day.isAfter(TO)) {
        out.add(VisitEvent.Visited.builder().id(String.format("qx-v%05d", ++n)).on(day).household(h.getId())
            .visitor(visitor(j, h)).build());
        day = r.nextInt(10) == 0 ? day.plusDays(every + 1 + r.nextInt(20)) : day.plusDays(every - r.nextInt(Math.max(1, every / 4)));
      }
    }
    int d = 0;
    for (int k = 0; k < 141; k++) {
      Area h = plain.get(r.nextInt(plain.size()));
      boolean accident = k % 23 == 22;
      CareTag tag = accident ? CareTag.MAJOR_ACCIDENT : CareTag.DISPUTE_PARTY;
      LocalDate opened = FROM.plusDays(r.nextInt(178));
      String id = String.format("qx-%s%04d", accident ? "a" : "d", ++d);
      out.add(VisitEvent.Tagged.of(id, opened, h.getId(), tag));
      if (r.nextInt(10) < 9) {
        LocalDate v = opened.plusDays(r.nextInt(accident ? 4 : 5));
        if (!v.isAfter(TO)) {
          out.add(VisitEvent.Visited.builder().id(String.format("qx-v%05d", ++n)).on(v).household(h.getId())
              .visitor(visitor(j, h)).build());
        }
      }
      LocalDate settled = opened.plusDays(accident ? 30 + r.nextInt(30) : 2 + r.nextInt(40));
      if (r.nextInt(10) < 9 && !settled.isAfter(TO)) {
        out.add(VisitEvent.Untagged.of(id + "-end", settled, h.getId(), tag));
      }
    }
    out.sort(Comparator.comparing(VisitEvent::getOn));
    return out;
  }

  /**
   * Residents' demands of each community: about 20 each, nine in ten admitted, most of those
   * resolved and rated (seed 004: 满意率 91%).
   *
   * @param j the Qianxi sample
   * @return the events
   */
  public static List<DemandEvent> demands(Jurisdiction j) {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    String[] categories = {"facility-renovation", "environment", "elderly-care", "child-care", "public-order"};
    List<DemandEvent> out = new ArrayList<>();
    int n = 0;
    for (Area c : j.getAreas(AreaLevel.COMMUNITY)) {
      List<Area> grids = j.getDescendants(c.getId(), AreaLevel.GRID);
      int demands = 15 + r.nextInt(11);
      double resolveRate = 0.7 + 0.3 * r.nextDouble();
      for (int i = 0; i < demands; i++) {
        String id = String.format("qx-dm%04d", ++n);
        Instant at = FROM.atStartOfDay(ZoneOffset.ofHours(8)).toInstant().plusSeconds(3600L * r.nextInt(24 * 170));
        out.add(DemandEvent.Submitted.of(id + "-s", Demand.builder().id(id).community(c.getId())
            .grid(grids.get(r.nextInt(grids.size())).getId()).category(categories[r.nextInt(categories.length)])
            .source(DemandSource.RESIDENT_ORDER).size(r.nextInt(3) == 0 ? DemandSize.LARGE : DemandSize.SMALL)
            .submittedAt(at).build()));
        if (r.nextInt(10) == 0) {
          out.add(DemandEvent.Rejected.of(id + "-x", id, at.plusSeconds(3600), "not on the admission list"));
          continue;
        }
        out.add(DemandEvent.Admitted.of(id + "-a", id, at.plusSeconds(1800), DemandLevel.COMMUNITY));
        if (r.nextDouble() < resolveRate) {
          Instant done = at.plusSeconds(3600L * (2 + r.nextInt(96)));
          out.add(DemandEvent.Resolved.of(id + "-r", id, done));
          if (r.nextInt(10) < 8) {
            out.add(DemandEvent.Rated.of(id + "-q", id, done.plusSeconds(3600), r.nextInt(100) < 91 ? Rating.SATISFIED : Rating.UNSATISFIED));
          }
        }
      }
    }
    return out;
  }

  /**
   * Points passbooks (积分存折) of each community, about 30 each, with a share that earned points
   * for mutual-aid acts (seed 004's activities).
   *
   * @param j the Qianxi sample
   * @return the operations
   */
  public static List<Operation> points(Jurisdiction j) {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    // The two activities the policy takes without a confirmer.
    String[] activities = {"parcel-collection", "phone-help"};
    List<Operation> out = new ArrayList<>();
    Instant t0 = FROM.atStartOfDay(ZoneOffset.ofHours(8)).toInstant();
    int n = 0;
    for (Area c : j.getAreas(AreaLevel.COMMUNITY)) {
      int books = 25 + r.nextInt(11);
      double active = 0.3 + 0.5 * r.nextDouble();
      for (int i = 0; i < books; i++) {
        String account = String.format("%s-pb%03d", c.getId(), i + 1);
        out.add(Operation.OpenAccount.of(String.format("qx-o%05d", ++n), t0.plusSeconds(60L * n), Account.builder().id(account)
            .kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS).communityId(c.getId()).build()));
        if (r.nextDouble() < active) {
          int acts = 1 + r.nextInt(5);
          for (int a = 0; a < acts; a++) {
            out.add(Operation.Accrue.of(String.format("qx-e%05d", ++n), t0.plusSeconds(86_400L * (1 + r.nextInt(170)) + n), account, activities[r.nextInt(activities.length)], 1));
          }
        }
      }
    }
    out.sort(Comparator.comparing(Operation::getAt));
    return out;
  }
}
