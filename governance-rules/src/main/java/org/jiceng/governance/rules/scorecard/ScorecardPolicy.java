package org.jiceng.governance.rules.scorecard;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.immutables.value.Value;
import org.jiceng.governance.rules.internal.EngineArgumentException;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * The scorecard a profile defines: each indicator's weight, target and curve, and the grade
 * cut-offs, each with its source.
 */
@Value.Immutable(copy = false)
public abstract class ScorecardPolicy {
  /** Tolerance on the sum of weights, for decimal fractions such as 0.1. */
  static final double WEIGHT_SUM_TOLERANCE = 1e-9;

  ScorecardPolicy() {}

  /** One indicator's parameters. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class Definition {
    Definition() {}

    /**
     * Creates a definition.
     *
     * @param weight its weight in the total, at least 0
     * @param target the value that scores full marks, above 0
     * @param curve how a value scores, not null
     * @param source where the weight comes from (a project choice naming its seed sentence), not null
     * @return the definition
     */
    public static Definition of(double weight, double target, ScoringCurve curve, Source source) {
      return ImmutableDefinition.of(weight, target, curve, source);
    }

    /**
     * Returns its weight in the total.
     *
     * @return the weight, at least 0
     */
    @Value.Parameter
    public abstract double getWeight();

    /**
     * Returns the value that scores full marks.
     *
     * @return the target, above 0
     */
    @Value.Parameter
    public abstract double getTarget();

    /**
     * Returns how a value scores.
     *
     * @return the curve
     */
    @Value.Parameter
    public abstract ScoringCurve getCurve();

    /**
     * Returns where the weight comes from (a project choice naming its seed sentence).
     *
     * @return the source
     */
    @Value.Parameter
    public abstract Source getSource();

    @Value.Check
    final void check() {
      double weight = getWeight();
      double target = getTarget();
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw new EngineArgumentException("scorecard.weight", weight);
      }
      if (!(target > 0) || Double.isInfinite(target)) {
        throw new EngineArgumentException("scorecard.target", target);
      }
    }

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Definition", "weight", getWeight(), "target", getTarget(),
          "curve", getCurve(), "source", getSource());
    }
  }

  /**
   * Returns a new builder; every attribute is required.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScorecardPolicy}. */
  public static final class Builder extends ImmutableScorecardPolicy.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the profile's id.
   *
   * @return the id
   */
  public abstract String getProfile();

  /**
   * Returns the definition of every indicator.
   *
   * @return the definitions
   */
  public abstract Map<ScorecardIndicator, Definition> getIndicators();

  /**
   * Returns the score from which a community is excellent.
   *
   * @return the score out of 100
   */
  public abstract double getExcellent();

  /**
   * Returns the score from which a community is good.
   *
   * @return the score out of 100
   */
  public abstract double getGood();

  /**
   * Returns the score from which a community passes.
   *
   * @return the score out of 100
   */
  public abstract double getPass();

  /** Validates: every indicator defined, weights summing to 1, cut-offs in [0, 100] and ordered. */
  @Value.Check
  final void check() {
    String profile = getProfile();
    Map<ScorecardIndicator, Definition> indicators = getIndicators();
    for (ScorecardIndicator i : ScorecardIndicator.values()) {
      if (!indicators.containsKey(i)) {
        throw new EngineArgumentException("scorecard.missing-indicator", profile, i.getId());
      }
    }
    double sum = indicators.values().stream().mapToDouble(Definition::getWeight).sum();
    if (Math.abs(sum - 1.0) > WEIGHT_SUM_TOLERANCE) {
      throw new EngineArgumentException("scorecard.weights", profile, sum);
    }
    double pass = getPass();
    double good = getGood();
    double excellent = getExcellent();
    if (!(0 <= pass && pass <= good && good <= excellent && excellent <= 100)) {
      throw new EngineArgumentException("scorecard.cut-offs", profile, pass, good, excellent);
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
      b.put(i, Definition.of(required(p, Parameters.INDICATOR_WEIGHT.get(i)), required(p, Parameters.INDICATOR_TARGET.get(i)),
          required(p, Parameters.INDICATOR_CURVE.get(i)), p.getSource(Parameters.INDICATOR_WEIGHT.get(i)).orElseThrow()));
    }
    return builder().profile(p.getId()).putAllIndicators(b.build()).excellent(required(p, Parameters.GRADE_EXCELLENT))
        .good(required(p, Parameters.GRADE_GOOD)).pass(required(p, Parameters.GRADE_PASS)).build();
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
    return p.get(key).orElseThrow(() -> new EngineArgumentException("scorecard.no-parameter", p.getId(), key.getId()));
  }

  /**
   * Returns the grade of a total score.
   *
   * @param total the score out of 100
   * @return the grade
   */
  public Grade grade(double total) {
    return total >= getExcellent() ? Grade.EXCELLENT : total >= getGood() ? Grade.GOOD : total >= getPass() ? Grade.PASS : Grade.FAIL;
  }

  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("ScorecardPolicy", "profile", getProfile(),
        "indicators", getIndicators(), "excellent", getExcellent(), "good", getGood(), "pass", getPass());
  }
}
