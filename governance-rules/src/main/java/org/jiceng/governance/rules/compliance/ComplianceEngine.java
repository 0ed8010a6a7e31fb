package org.jiceng.governance.rules.compliance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * Checks jurisdictions against a profile with a set of rules. Whole ({@link #check}) or one
 * community at a time ({@link #start}, {@link Run#add}, {@link Run#finish}); runs over disjoint
 * sets of communities can be {@link Run#merge merged}, so the check can be split like map and
 * reduce. Deterministic: the same inputs give the same report.
 */
public final class ComplianceEngine {
  private static final Comparator<Finding> ORDER =
      Comparator.<Finding>comparingInt(f -> f.getSeverity().isAtLeast(Severity.ERROR) ? 0 : f.getSeverity().isAtLeast(Severity.WARNING) ? 1 : 2)
          .thenComparingInt(f -> f.getLocation().map(Location::getLine).filter(l -> l > 0).orElse(Integer.MAX_VALUE))
          .thenComparingInt(f -> f.getLocation().map(Location::getColumn).filter(l -> l > 0).orElse(Integer.MAX_VALUE))
          .thenComparing(f -> f.getCommunity().orElse(""))
          .thenComparing(Finding::getRule)
          .thenComparing(Finding::getSubject);

  private final StandardsProfile profile;
  private final ImmutableList<Rule> rules;
  private final ImmutableList<LocalRule> localRules;

  private ComplianceEngine(StandardsProfile profile, List<Rule> rules) {
    this.profile = requireNonNull(profile, "profile");
    this.rules = rules.stream().filter(r -> r.appliesTo(profile)).collect(ImmutableList.toImmutableList());
    this.localRules = this.rules.stream().filter(r -> r instanceof LocalRule).map(r -> (LocalRule) r)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the order of findings in a report: errors, then warnings, then information; within a
   * severity, by position in the file (line, then column; findings without one last), then
   * community, rule and subject.
   *
   * @return the comparator
   */
  public static Comparator<Finding> findingOrder() {
    return ORDER;
  }

  /**
   * Returns the profile.
   *
   * @return the profile
   */
  public StandardsProfile getProfile() {
    return profile;
  }

  /**
   * Creates an engine with the given rules (those the profile switches off or cannot feed are
   * dropped).
   *
   * @param profile the profile, not null
   * @param rules the rules, not null
   * @return the engine
   */
  public static ComplianceEngine of(StandardsProfile profile, List<? extends Rule> rules) {
    return new ComplianceEngine(profile, List.copyOf(requireNonNull(rules, "rules")));
  }

  /**
   * Creates an engine with the built-in rules and those registered through {@code
   * ServiceLoader}.
   *
   * @param profile the profile, not null
   * @return the engine
   */
  public static ComplianceEngine of(StandardsProfile profile) {
    return of(profile, RuleCatalog.load());
  }

  /**
   * Returns the rules that run.
   *
   * @return the rules
   */
  public ImmutableList<Rule> getRules() {
    return rules;
  }

  /**
   * Checks a whole jurisdiction rooted at a county.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return the report
   */
  public ComplianceReport check(Jurisdiction jurisdiction) {
    return check(jurisdiction, Locator.none());
  }

  /**
   * Checks a whole jurisdiction read from a file, locating findings where their subjects were
   * read.
   *
   * @param jurisdiction the jurisdiction, not null
   * @param locator where each id was read, not null
   * @return the report
   */
  public ComplianceReport check(Jurisdiction jurisdiction, Locator locator) {
    requireNonNull(locator, "locator");
    Run run = start(jurisdiction.getRoot());
    for (Area c : jurisdiction.getAreas(AreaLevel.COMMUNITY)) {
      run.add(CommunityScope.of(jurisdiction, c.getId(), locator));
    }
    return run.finish();
  }

  /**
   * Runs the local rules on one community: its findings, in report order. Safe to call from
   * several threads at once; the county-wide rules need {@link Run#accumulate}.
   *
   * @param scope the community, not null
   * @return the findings
   */
  public List<Finding> checkLocal(CommunityScope scope) {
    requireNonNull(scope, "scope");
    List<Finding> out = new ArrayList<>();
    for (LocalRule r : localRules) {
      r.check(scope, new RuleContext(r, profile, scope, out::add, m -> {}));
    }
    out.sort(ORDER);
    return out;
  }

  /**
   * Starts a check that is fed one community at a time.
   *
   * @param county the county (or street) checked, for the report's subject, not null
   * @return the run
   */
  public Run start(Area county) {
    return new Run(requireNonNull(county, "county"));
  }

  /**
   * Merges the county-wide parts of two runs of this engine over disjoint sets of communities,
   * for a reduce on a cluster (see {@link Partial}). Associative: any grouping of the merges gives
   * the same report.
   *
   * @param a one part, not null; not used again after this call
   * @param b the other part, not null; not used again after this call
   * @return the merged part
   * @throws IllegalArgumentException if a part comes from an engine with other rules or another profile
   * @since 0.2
   */
  public Partial merge(Partial a, Partial b) {
    checkCompatible(requireNonNull(a, "a"));
    checkCompatible(requireNonNull(b, "b"));
    List<Object> merged = new ArrayList<>(a.accumulators.size());
    int i = 0;
    for (Rule r : rules) {
      if (r instanceof AggregateRule) {
        merged.add(mergeAccumulators((AggregateRule<?>) r, a.accumulators.get(i), b.accumulators.get(i)));
        i++;
      }
    }
    return new Partial(profile.getId(), a.ruleIds, merged, a.communities + b.communities, a.grids + b.grids);
  }

  @SuppressWarnings("unchecked") // Each accumulator of a part was made by the rule at its index.
  private static <A> Object mergeAccumulators(AggregateRule<A> rule, Object a, Object b) {
    return rule.merge((A) a, (A) b);
  }

  private void checkCompatible(Partial p) {
    List<String> ids = aggregateRuleIds();
    if (!p.profileId.equals(profile.getId()) || !p.ruleIds.equals(ids)) {
      throw new IllegalArgumentException("A part of a run of profile '" + p.profileId + "' with the county-wide rules " + p.ruleIds
          + " cannot be merged into an engine of profile '" + profile.getId() + "' with " + ids);
    }
  }

  private List<String> aggregateRuleIds() {
    List<String> ids = new ArrayList<>();
    for (Rule r : rules) {
      if (r instanceof AggregateRule) {
        ids.add(r.getId());
      }
    }
    return ids;
  }

  /**
   * The county-wide part of a run: the accumulators of the aggregate rules and the counts of
   * communities and grids, without the local findings. Serializable, so that the runs of a
   * cluster's workers (Apache Spark partitions) travel to be merged ({@link #merge(Partial,
   * Partial)}) and finished ({@link Run#merge(Partial)}, {@link Run#finish()}). Every accumulator
   * must be {@link java.io.Serializable} (the built-in rules' are).
   *
   * @since 0.2
   */
  public static final class Partial implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String profileId;
    private final ArrayList<String> ruleIds;
    private final ArrayList<Object> accumulators;
    private final long communities;
    private final long grids;

    Partial(String profileId, List<String> ruleIds, List<Object> accumulators, long communities, long grids) {
      this.profileId = profileId;
      this.ruleIds = new ArrayList<>(ruleIds);
      this.accumulators = new ArrayList<>(accumulators);
      this.communities = communities;
      this.grids = grids;
    }

    /**
     * Returns the number of communities folded in.
     *
     * @return the count
     */
    public long getCommunities() {
      return communities;
    }

    /**
     * Returns the number of grids in those communities.
     *
     * @return the count
     */
    public long getGrids() {
      return grids;
    }

    @Override
    public String toString() {
      return "Partial[profile=" + profileId + ", rules=" + ruleIds + ", communities=" + communities + ", grids=" + grids + "]";
    }
  }

  /** A check in progress. Not thread-safe: feed it from one thread, or merge runs. */
  public final class Run {
    private final Area county;
    private final Map<AggregateRule<?>, Object> accumulators = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private int communities;
    private long grids;
    private boolean handedOver;

    Run(Area county) {
      this.county = county;
      for (Rule r : rules) {
        if (r instanceof AggregateRule) {
          accumulators.put((AggregateRule<?>) r, ((AggregateRule<?>) r).empty(profile));
        }
      }
    }

    /**
     * Checks one community and folds it into the county-wide accumulators.
     *
     * @param scope the community, not null
     * @return this run
     */
    public Run add(CommunityScope scope) {
      checkOpen();
      findings.addAll(checkLocal(scope));
      return accumulate(scope);
    }

    /**
     * Adds one community to the county-wide rules and the counts only: its local findings are
     * left to the caller ({@link ComplianceEngine#checkLocal}), for callers that stream them.
     *
     * @param scope the community, not null
     * @return this run
     */
    public Run accumulate(CommunityScope scope) {
      requireNonNull(scope, "scope");
      checkOpen();
      communities++;
      grids += scope.getJurisdiction().getDescendants(scope.getCommunity().getId(), AreaLevel.GRID).size();
      accumulators.replaceAll((rule, acc) -> addTo(rule, acc, scope));
      return this;
    }

    @SuppressWarnings("unchecked") // Each accumulator was made by the rule it is stored under.
    private <A> Object addTo(AggregateRule<A> rule, Object acc, CommunityScope scope) {
      return rule.add((A) acc, scope);
    }

    @SuppressWarnings("unchecked") // Each accumulator was made by the rule it is stored under.
    private <A> Object mergeIn(AggregateRule<A> rule, Object a, Object b) {
      return rule.merge((A) a, (A) b);
    }

    @SuppressWarnings("unchecked") // Each accumulator was made by the rule it is stored under.
    private <A> void finishRule(AggregateRule<A> rule, Object acc, List<Finding> out, List<Measurement> measured) {
      rule.finish((A) acc, new RuleContext(rule, profile, null, out::add, measured::add));
    }

    /**
     * Merges another run of the same engine over other communities into this one.
     *
     * @param other the other run, not null
     * @return this run
     */
    public Run merge(Run other) {
      checkOpen();
      other.checkOpen();
      if (other.outer() != ComplianceEngine.this) {
        throw new IllegalArgumentException("Runs of different engines cannot be merged");
      }
      communities += other.communities;
      grids += other.grids;
      findings.addAll(other.findings);
      accumulators.replaceAll((rule, acc) -> mergeIn(rule, acc, other.accumulators.get(rule)));
      return this;
    }

    private ComplianceEngine outer() {
      return ComplianceEngine.this;
    }

    /**
     * Merges the county-wide part of another run of an engine with the same profile and rules
     * (made on another machine, say) into this one.
     *
     * @param part the part, not null; not used again after this call
     * @return this run
     * @throws IllegalArgumentException if the part comes from an engine with other rules or another profile
     * @since 0.2
     */
    public Run merge(Partial part) {
      checkOpen();
      checkCompatible(requireNonNull(part, "part"));
      communities = Math.toIntExact(communities + part.communities);
      grids += part.grids;
      int[] i = {0};
      accumulators.replaceAll((rule, acc) -> mergeIn(rule, acc, part.accumulators.get(i[0]++)));
      return this;
    }

    /**
     * Hands over the county-wide part of this run (see {@link Partial}); the run cannot be used
     * afterwards, since the part holds its accumulators.
     *
     * @return the part
     * @throws IllegalStateException if the run holds local findings (fed with {@link #add}: use
     *     {@link #accumulate} and keep the findings of {@link ComplianceEngine#checkLocal}), or a
     *     rule's accumulator is not serializable
     * @since 0.2
     */
    public Partial toPartial() {
      checkOpen();
      if (!findings.isEmpty()) {
        throw new IllegalStateException("This run holds " + findings.size()
            + " local findings, which a part does not carry: feed it with accumulate() and keep the findings of checkLocal()");
      }
      List<String> ids = new ArrayList<>();
      List<Object> accs = new ArrayList<>();
      accumulators.forEach((rule, acc) -> {
        if (!(acc instanceof java.io.Serializable)) {
          throw new IllegalStateException("The accumulator of rule '" + rule.getId() + "' (" + acc.getClass().getName()
              + ") is not Serializable: the rule cannot run on a cluster");
        }
        ids.add(rule.getId());
        accs.add(acc);
      });
      handedOver = true;
      return new Partial(profile.getId(), ids, accs, communities, grids);
    }

    private void checkOpen() {
      if (handedOver) {
        throw new IllegalStateException("This run handed over its accumulators (toPartial()) and cannot be used any more");
      }
    }

    /**
     * Finishes the county-wide rules and builds the report.
     *
     * @return the report
     */
    public ComplianceReport finish() {
      checkOpen();
      List<Finding> all = new ArrayList<>(findings);
      List<Measurement> measured = new ArrayList<>();
      accumulators.forEach((rule, acc) -> finishRule(rule, acc, all, measured));
      all.sort(ORDER);
      // Accumulators merged in any order must give the same report: figures are sorted too.
      measured.sort(Comparator.comparing(Measurement::getName).thenComparing(Measurement::getSubject));
      return ComplianceReport.builder()
          .profile(profile.getId())
          .subject(county.getId())
          .subjectName(county.getName())
          .communities(communities)
          .grids(grids)
          .addAllMeasured(measured)
          .addAllFindings(all)
          .build();
    }
  }
}
