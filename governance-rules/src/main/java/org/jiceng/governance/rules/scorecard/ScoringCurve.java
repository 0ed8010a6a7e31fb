package org.jiceng.governance.rules.scorecard;

/**
 * How an indicator's measured value becomes a score between 0 and 1 against its target. Every
 * curve is non-decreasing in the value, so improving an indicator never lowers a score.
 */
public enum ScoringCurve {
  /** value / target, capped at 1: partial credit in proportion. */
  LINEAR,
  /** 1 from the target on, else 0: the indicator is met or it is not. */
  STEP,
  /** sqrt(value / target), capped at 1: early progress counts more than the last stretch. */
  CONCAVE;

  /**
   * Scores a value.
   *
   * @param value the measured value, at least 0
   * @param target the value that scores 1, above 0
   * @return the score in [0, 1]
   * @throws IllegalArgumentException if the value is negative or not a number, or the target is not above 0
   */
  public double score(double value, double target) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("Indicator value must be a finite number >= 0, found " + value);
    }
    if (!(target > 0) || Double.isInfinite(target)) {
      throw new IllegalArgumentException("Indicator target must be a finite number > 0, found " + target);
    }
    double ratio = Math.min(1.0, value / target);
    switch (this) {
      case LINEAR:
        return ratio;
      case STEP:
        return value >= target ? 1.0 : 0.0;
      case CONCAVE:
        return Math.sqrt(ratio);
      default:
        throw new AssertionError(this);
    }
  }
}
