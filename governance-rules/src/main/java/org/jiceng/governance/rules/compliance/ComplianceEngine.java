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
    return new ComplianceEngine(profile, List.copyOf(rules));
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

  /** A check in progress. Not thread-safe: feed it from one thread, or merge runs. */
  public final class Run {
    private final Area county;
    private final Map<AggregateRule<?>, Object> accumulators = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private int communities;
    private long grids;

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
     * Finishes the county-wide rules and builds the report.
     *
     * @return the report
     */
    public ComplianceReport finish() {
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
