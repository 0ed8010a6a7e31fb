package org.jiceng.governance.rules.internal;

import java.util.HashMap;
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
import org.jiceng.governance.rules.compliance.Severity;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.StandardsProfile;

/** The built-in county-wide rules. Not API. */
public final class AggregateRules {
  private AggregateRules() {}

  /** Workers and urban residents of one area; updated in place while a run adds communities. */
  static final class Counts implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final String name;
    final AreaLevel level;
    long workers;
    long residents;

    Counts(String name, AreaLevel level, long workers, long residents) {
      this.name = name;
      this.level = level;
      this.workers = workers;
      this.residents = residents;
    }
  }

  /**
   * Per-area counts of the streets and the county, the communities that fall short on their own
   * (only those: a community's ratio is complete once it is read), and the staff of streets
   * (counted once per street). Updated in place: adding a community costs the same whatever the
   * number of communities before it.
   */
  static final class Staffing implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final double min;
    final AreaLevel level;
    // Declared as HashMap, a Serializable type: the accumulators travel between Spark executors.
    final HashMap<String, Counts> byArea = new HashMap<>();
    final HashMap<String, Counts> shortCommunities = new HashMap<>();
    final HashMap<String, Long> streetStaff = new HashMap<>();
    long communitiesWithoutResidents;

    Staffing(double min, AreaLevel level) {
      this.min = min;
      this.level = level;
    }

    void add(Map<String, Counts> into, String id, String name, AreaLevel level, long workers, long residents) {
      Counts c = into.get(id);
      if (c == null) {
        into.put(id, new Counts(name, level, workers, residents));
      } else {
        c.workers += workers;
        c.residents += residents;
      }
    }

    Staffing merge(Staffing b) {
      b.byArea.forEach((id, c) -> add(byArea, id, c.name, c.level, c.workers, c.residents));
      b.shortCommunities.forEach((id, c) -> add(shortCommunities, id, c.name, c.level, c.workers, c.residents));
      b.streetStaff.forEach(streetStaff::putIfAbsent);
      communitiesWithoutResidents += b.communitiesWithoutResidents;
      return this;
    }
  }

  /** staffing.workers-per-10k: community workers per 10,000 urban permanent residents, at the profile's level. */
  public static final class WorkersPer10k extends BaseRule implements AggregateRule<Staffing> {
    public WorkersPer10k() {
      super("staffing.workers-per-10k", Severity.ERROR, List.of(Parameters.WORKERS_PER_10K, Parameters.WORKERS_RATIO_LEVEL));
    }

    @Override
    public Staffing empty(StandardsProfile profile) {
      // appliesTo() has seen both parameters in the profile before a run starts.
      return new Staffing(profile.get(Parameters.WORKERS_PER_10K).orElseThrow(), profile.get(Parameters.WORKERS_RATIO_LEVEL).orElseThrow());
    }

    @Override
    public Staffing add(Staffing acc, CommunityScope s) {
      Jurisdiction j = s.getJurisdiction();
      Area c = s.getCommunity();
      OptionalLong residents = j.getUrbanPermanentResidents(c.getId());
      if (residents.isEmpty()) {
        acc.communitiesWithoutResidents++;
        return acc;
      }
      long workers = j.getCommunityWorkersWithin(c.getId()).size();
      long r = residents.getAsLong();
      if (acc.level == AreaLevel.COMMUNITY && r > 0 && workers * 10_000.0 / r < acc.min) {
        acc.add(acc.shortCommunities, c.getId(), c.getName(), AreaLevel.COMMUNITY, workers, r);
      }
      for (Area up : j.getAncestors(c.getId())) {
        acc.add(acc.byArea, up.getId(), up.getName(), up.getLevel(), workers, r);
        if (up.getLevel() == AreaLevel.STREET && !acc.streetStaff.containsKey(up.getId())) {
          acc.streetStaff.put(up.getId(), (long) j.getCommunityWorkersOf(up.getId()).size());
        }
      }
      return acc;
    }

    @Override
    public Staffing merge(Staffing a, Staffing b) {
      return a.merge(b);
    }

    @Override
    public void finish(Staffing acc, RuleContext out) {
      double min = out.get(Parameters.WORKERS_PER_10K);
      AreaLevel level = out.get(Parameters.WORKERS_RATIO_LEVEL);
      Map<String, Counts> all = new HashMap<>(acc.byArea);
      all.putAll(acc.shortCommunities);
      all.forEach((id, counts) -> {
        long workers = counts.workers + acc.streetStaff.getOrDefault(id, 0L);
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
  static final class Certificates implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final long workers;
    final long holders;

    Certificates(long workers, long holders) {
      this.workers = workers;
      this.holders = holders;
    }
  }

  /** staffing.certificate-share: share of community workers holding a social-work certificate. */
  public static final class CertificateShare extends BaseRule implements AggregateRule<Certificates> {
    public CertificateShare() {
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
