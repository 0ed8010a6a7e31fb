package org.jiceng.governance.rules.scorecard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * The scorecard a profile defines: each indicator's weight, target and curve, and the grade
 * cut-offs, each with its source.
 *
 * @param profile the profile's id
 * @param indicators the definition of every indicator
 * @param excellent the score from which a community is excellent
 * @param good the score from which a community is good
 * @param pass the score from which a community passes
 */
public record ScorecardPolicy(String profile, Map<ScorecardIndicator, Definition> indicators, double excellent, double good, double pass) {
  /** Tolerance on the sum of weights, for decimal fractions such as 0.1. */
  static final double WEIGHT_SUM_TOLERANCE = 1e-9;

  /**
   * One indicator's parameters.
   *
   * @param weight its weight in the total, at least 0
   * @param target the value that scores full marks, above 0
   * @param curve how a value scores
   * @param source where the weight comes from (a project choice naming its seed sentence)
   */
  public record Definition(double weight, double target, ScoringCurve curve, Source source) {
    /** Validates. */
    public Definition {
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("Indicator weight must be a finite number >= 0, found " + weight);
      }
      if (!(target > 0) || Double.isInfinite(target)) {
        throw new IllegalArgumentException("Indicator target must be a finite number > 0, found " + target);
      }
      requireNonNull(curve, "curve");
      requireNonNull(source, "source");
    }
  }

  /**
   * Validates: every indicator defined, weights summing to 1, cut-offs in [0, 100] and ordered.
   */
  public ScorecardPolicy {
    requireNonNull(profile, "profile");
    indicators = ImmutableMap.copyOf(indicators);
    for (ScorecardIndicator i : ScorecardIndicator.values()) {
      if (!indicators.containsKey(i)) {
        throw new IllegalArgumentException("Scorecard of profile '" + profile + "' does not define indicator '" + i.getId() + "'");
      }
    }
    double sum = indicators.values().stream().mapToDouble(Definition::weight).sum();
    if (Math.abs(sum - 1.0) > WEIGHT_SUM_TOLERANCE) {
      throw new IllegalArgumentException("Scorecard weights of profile '" + profile + "' sum to " + sum + ", expected 1");
    }
    if (!(0 <= pass && pass <= good && good <= excellent && excellent <= 100)) {
      throw new IllegalArgumentException("Grade cut-offs of profile '" + profile + "' must satisfy 0 <= pass <= good <= excellent <= 100, found "
          + pass + ", " + good + ", " + excellent);
    }
  }

  /**
   * Reads the scorecard a profile defines.
   *
   * @param p the profile, not null
   * @return the policy
   * @throws IllegalArgumentException when the profile leaves a scorecard parameter out, or its values are inconsistent
   */
  public static ScorecardPolicy from(StandardsProfile p) {
    ImmutableMap.Builder<ScorecardIndicator, Definition> b = ImmutableMap.builder();
    for (ScorecardIndicator i : ScorecardIndicator.values()) {
      b.put(i, new Definition(required(p, Parameters.INDICATOR_WEIGHT.get(i)), required(p, Parameters.INDICATOR_TARGET.get(i)),
          required(p, Parameters.INDICATOR_CURVE.get(i)), p.getSource(Parameters.INDICATOR_WEIGHT.get(i)).orElseThrow()));
    }
    return new ScorecardPolicy(p.getId(), b.build(), required(p, Parameters.GRADE_EXCELLENT), required(p, Parameters.GRADE_GOOD),
        required(p, Parameters.GRADE_PASS));
  }

  /**
   * Tells whether a profile defines a scorecard.
   *
   * @param p the profile, not null
   * @return whether {@link #from} would find every parameter
   */
  public static boolean isDefinedBy(StandardsProfile p) {
    return p.get(Parameters.GRADE_PASS).isPresent()
        && java.util.Arrays.stream(ScorecardIndicator.values()).allMatch(i -> p.get(Parameters.INDICATOR_WEIGHT.get(i)).isPresent());
  }

  private static <T> T required(StandardsProfile p, org.jiceng.governance.rules.profile.ParameterKey<T> key) {
    return p.get(key).orElseThrow(() -> new IllegalArgumentException("Profile '" + p.getId() + "' defines no scorecard: parameter "
        + key.getId() + " is missing"));
  }

  /**
   * Returns the grade of a total score.
   *
   * @param total the score out of 100
   * @return the grade
   */
  public Grade grade(double total) {
    return total >= excellent ? Grade.EXCELLENT : total >= good ? Grade.GOOD : total >= pass ? Grade.PASS : Grade.FAIL;
  }
}
