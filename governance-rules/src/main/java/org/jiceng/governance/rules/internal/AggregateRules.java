package org.jiceng.governance.rules.internal;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.people.SocialWorkCertificate;
import org.jiceng.governance.rules.compliance.AggregateRule;
import org.jiceng.governance.rules.compliance.CommunityScope;
import org.jiceng.governance.rules.compliance.RuleContext;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.Severity;
import org.jiceng.governance.rules.profile.StandardsProfile;

/** The built-in county-wide rules. Not API. */
final class AggregateRules {
  private AggregateRules() {}

  /** Workers and urban residents of one area; immutable. */
  static final class Counts {
    final String name;
    final AreaLevel level;
    final long workers;
    final long residents;

    Counts(Area area, long workers, long residents) {
      this(area.getName(), area.getLevel(), workers, residents);
    }

    private Counts(String name, AreaLevel level, long workers, long residents) {
      this.name = name;
      this.level = level;
      this.workers = workers;
      this.residents = residents;
    }

    Counts plus(Counts o) {
      return new Counts(name, level, workers + o.workers, residents + o.residents);
    }
  }

  /** Per-area counts plus the staff of streets (counted once per street); immutable. */
  static final class Staffing {
    final ImmutableMap<String, Counts> byArea;
    final ImmutableMap<String, Long> streetStaff;
    final long communitiesWithoutResidents;

    Staffing(Map<String, Counts> byArea, Map<String, Long> streetStaff, long without) {
      this.byArea = ImmutableMap.copyOf(byArea);
      this.streetStaff = ImmutableMap.copyOf(streetStaff);
      this.communitiesWithoutResidents = without;
    }

    static Staffing merge(Staffing a, Staffing b) {
      Map<String, Counts> m = new LinkedHashMap<>(a.byArea);
      b.byArea.forEach((k, v) -> m.merge(k, v, Counts::plus));
      Map<String, Long> s = new LinkedHashMap<>(a.streetStaff);
      b.streetStaff.forEach(s::putIfAbsent);
      return new Staffing(m, s, a.communitiesWithoutResidents + b.communitiesWithoutResidents);
    }
  }

  /** staffing.workers-per-10k: community workers per 10,000 urban permanent residents, at the profile's level. */
  static final class WorkersPer10k extends BaseRule implements AggregateRule<Staffing> {
    WorkersPer10k() {
      super("staffing.workers-per-10k", Severity.ERROR, List.of(Parameters.WORKERS_PER_10K, Parameters.WORKERS_RATIO_LEVEL));
    }

    @Override
    public Staffing empty(StandardsProfile profile) {
      return new Staffing(Map.of(), Map.of(), 0);
    }

    @Override
    public Staffing add(Staffing acc, CommunityScope s) {
      Jurisdiction j = s.getJurisdiction();
      Area c = s.getCommunity();
      OptionalLong residents = j.getUrbanPermanentResidents(c.getId());
      if (residents.isEmpty()) {
        return Staffing.merge(acc, new Staffing(Map.of(), Map.of(), 1));
      }
      long workers = j.getCommunityWorkersWithin(c.getId()).size();
      Map<String, Counts> add = new LinkedHashMap<>();
      add.put(c.getId(), new Counts(c, workers, residents.getAsLong()));
      Map<String, Long> streets = new LinkedHashMap<>();
      for (Area up : j.getAncestors(c.getId())) {
        add.put(up.getId(), new Counts(up, workers, residents.getAsLong()));
        if (up.getLevel() == AreaLevel.STREET) {
          streets.put(up.getId(), (long) j.getCommunityWorkersOf(up.getId()).size());
        }
      }
      return Staffing.merge(acc, new Staffing(add, streets, 0));
    }

    @Override
    public Staffing merge(Staffing a, Staffing b) {
      return Staffing.merge(a, b);
    }

    @Override
    public void finish(Staffing acc, RuleContext out) {
      double min = out.get(Parameters.WORKERS_PER_10K);
      AreaLevel level = out.get(Parameters.WORKERS_RATIO_LEVEL);
      Map<String, Long> extra = new LinkedHashMap<>(acc.streetStaff);
      acc.byArea.forEach((id, counts) -> {
        long workers = counts.workers + extra.getOrDefault(id, 0L);
        if (counts.residents == 0) {
          return;
        }
        double ratio = workers * 10_000.0 / counts.residents;
        AreaLevel areaLevel = counts.level;
        if (areaLevel != AreaLevel.COMMUNITY) {
          out.measure(getId(), id, Math.round(ratio * 100) / 100.0);
        }
        if (areaLevel == level && ratio < min) {
          out.report(Parameters.WORKERS_PER_10K, id, LocalRules.round(Math.round(ratio * 10) / 10.0), ">= " + LocalRules.round(min),
              message(), counts.name, workers, counts.residents, LocalRules.round(Math.round(ratio * 10) / 10.0), LocalRules.round(min));
        }
      });
      if (acc.communitiesWithoutResidents > 0) {
        out.measure("staffing.communities-without-urban-residents", "", acc.communitiesWithoutResidents);
      }
    }

  }

  /** Workers and certificate holders county-wide; immutable. */
  static final class Certificates {
    final long workers;
    final long holders;

    Certificates(long workers, long holders) {
      this.workers = workers;
      this.holders = holders;
    }
  }

  /** staffing.certificate-share: share of community workers holding a social-work certificate. */
  static final class CertificateShare extends BaseRule implements AggregateRule<Certificates> {
    CertificateShare() {
      super("staffing.certificate-share", Severity.WARNING, List.of(Parameters.CERTIFICATE_SHARE_MIN));
    }

    @Override
    public Certificates empty(StandardsProfile profile) {
      return new Certificates(0, 0);
    }

    @Override
    public Certificates add(Certificates acc, CommunityScope s) {
      var workers = s.getJurisdiction().getCommunityWorkersWithin(s.getCommunity().getId());
      long holders = workers.stream().filter(w -> w.getCertificate() != SocialWorkCertificate.NONE).count();
      return new Certificates(acc.workers + workers.size(), acc.holders + holders);
    }

    @Override
    public Certificates merge(Certificates a, Certificates b) {
      return new Certificates(a.workers + b.workers, a.holders + b.holders);
    }

    @Override
    public void finish(Certificates acc, RuleContext out) {
      double min = out.get(Parameters.CERTIFICATE_SHARE_MIN);
      if (acc.workers == 0) {
        return;
      }
      double share = acc.holders / (double) acc.workers;
      out.measure(getId(), "", Math.round(share * 1000) / 1000.0);
      if (share < min) {
        out.report(Parameters.CERTIFICATE_SHARE_MIN, "", LocalRules.round(share * 100) + "%", ">= " + LocalRules.round(min * 100) + "%",
            message(), acc.holders, acc.workers, LocalRules.round(Math.round(share * 1000) / 10.0), LocalRules.round(min * 100));
      }
    }
  }
}
