package org.jiceng.governance.rules.scorecard;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The 五有 scorecard of a set of communities: per community, each indicator's value and score, a
 * score per mark and a total out of 100, and a grade. Pure arithmetic over {@link CommunityFigures}
 * and a {@link ScorecardPolicy}.
 *
 * <p>An indicator's score is its curve applied to value and target (between 0 and 1). A mark's score
 * is 100 × the weighted mean of its measured indicators' scores; the total is 100 × the weighted mean
 * over all measured indicators. Unmeasured indicators are left out of both means, so a community is
 * not marked down for data it was not given; a mark or total with nothing measured is empty.
 */
@Value.Immutable(copy = false)
public abstract class Scorecard {
  Scorecard() {}

  /**
   * Returns the policy scored against.
   *
   * @return the policy
   */
  public abstract ScorecardPolicy getPolicy();

  /**
   * Returns the communities' cards.
   *
   * @return the cards, best total first (unscored last), then by id
   */
  public abstract List<CommunityCard> getCommunities();

  /** One indicator of one community. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class IndicatorScore {
    IndicatorScore() {}

    /**
     * Returns an indicator that was not measured.
     *
     * @param indicator the indicator, not null
     * @return the score, with neither value nor score
     */
    public static IndicatorScore of(ScorecardIndicator indicator) {
      return ImmutableIndicatorScore.of(indicator, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /**
     * Returns a measured indicator's score.
     *
     * @param indicator the indicator, not null
     * @param value the measured value
     * @param score the score in [0, 1]
     * @return the score
     */
    public static IndicatorScore of(ScorecardIndicator indicator, double value, double score) {
      return ImmutableIndicatorScore.of(indicator, OptionalDouble.of(value), OptionalDouble.of(score));
    }

    /**
     * Returns the indicator.
     *
     * @return the indicator
     */
    @Value.Parameter
    public abstract ScorecardIndicator getIndicator();

    /**
     * Returns the measured value.
     *
     * @return the value, empty when not measured
     */
    @Value.Parameter
    public abstract OptionalDouble getValue();

    /**
     * Returns the score.
     *
     * @return the score in [0, 1], empty when not measured
     */
    @Value.Parameter
    public abstract OptionalDouble getScore();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("IndicatorScore", "indicator", getIndicator(), "value", getValue(),
          "score", getScore());
    }
  }

  /** One community's card. */
  @Value.Immutable(copy = false)
  public abstract static class CommunityCard {
    CommunityCard() {}

    /**
     * Returns a new builder; total and grade are optional.
     *
     * @return the builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CommunityCard}. */
    public static final class Builder extends ImmutableCommunityCard.Builder {
      Builder() {} // by builder()
    }

    /**
     * Returns the community's id.
     *
     * @return the id
     */
    public abstract String getCommunityId();

    /**
     * Returns the community's name.
     *
     * @return the name
     */
    public abstract String getCommunityName();

    /**
     * Returns every indicator, in declaration order.
     *
     * @return the indicators
     */
    public abstract List<IndicatorScore> getIndicators();

    /**
     * Returns the score of each mark out of 100.
     *
     * @return the scores, each empty when nothing in the mark was measured
     */
    public abstract Map<Mark, OptionalDouble> getMarks();

    /**
     * Returns the total out of 100.
     *
     * @return the total, empty when nothing was measured
     */
    public abstract OptionalDouble getTotal();

    /**
     * Returns the grade of the total.
     *
     * @return the grade, empty when there is no total
     */
    public abstract Optional<Grade> getGrade();

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("CommunityCard", "communityId", getCommunityId(),
          "communityName", getCommunityName(), "indicators", getIndicators(), "marks", getMarks(), "total", getTotal(),
          "grade", getGrade());
    }
  }

  /**
   * Scores communities.
   *
   * @param policy the policy, not null
   * @param figures the communities' figures, not null
   * @return the scorecard
   */
  public static Scorecard of(ScorecardPolicy policy, List<CommunityFigures> figures) {
    requireNonNull(policy, "policy");
    List<CommunityCard> cards = new ArrayList<>();
    for (CommunityFigures f : figures) {
      cards.add(card(policy, f));
    }
    cards.sort(Comparator.<CommunityCard>comparingDouble(c -> c.getTotal().isPresent() ? -c.getTotal().getAsDouble() : Double.POSITIVE_INFINITY)
        .thenComparing(CommunityCard::getCommunityId));
    return ImmutableScorecard.builder().policy(policy).addAllCommunities(cards).build();
  }

  /**
   * Scores one community.
   *
   * @param policy the policy, not null
   * @param f the figures, not null
   * @return the card
   */
  public static CommunityCard card(ScorecardPolicy policy, CommunityFigures f) {
    List<IndicatorScore> scores = new ArrayList<>();
    EnumMap<Mark, double[]> sums = new EnumMap<>(Mark.class);
    double weighted = 0;
    double weights = 0;
    for (ScorecardIndicator i : ScorecardIndicator.values()) {
      ScorecardPolicy.Definition d = policy.getIndicators().get(i);
      OptionalDouble v = f.get(i);
      if (v.isEmpty()) {
        scores.add(IndicatorScore.of(i));
        continue;
      }
      double s = d.getCurve().score(v.getAsDouble(), d.getTarget());
      scores.add(IndicatorScore.of(i, v.getAsDouble(), s));
      double[] m = sums.computeIfAbsent(i.getMark(), k -> new double[2]);
      m[0] += d.getWeight() * s;
      m[1] += d.getWeight();
      weighted += d.getWeight() * s;
      weights += d.getWeight();
    }
    EnumMap<Mark, OptionalDouble> marks = new EnumMap<>(Mark.class);
    for (Mark m : Mark.values()) {
      double[] s = sums.get(m);
      marks.put(m, s == null || s[1] == 0 ? OptionalDouble.empty() : OptionalDouble.of(bounded(100 * s[0] / s[1])));
    }
    OptionalDouble total = weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(bounded(100 * weighted / weights));
    Optional<Grade> grade = total.isPresent() ? Optional.of(policy.grade(total.getAsDouble())) : Optional.empty();
    return CommunityCard.builder().communityId(f.getCommunityId()).communityName(f.getCommunityName()).addAllIndicators(scores)
        .putAllMarks(marks).total(total).grade(grade).build();
  }

  /** Keeps rounding noise of the weighted mean (such as 100.00000000000001) inside [0, 100]. */
  private static double bounded(double score) {
    return Math.max(0, Math.min(100, score));
  }

  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("Scorecard", "policy", getPolicy(), "communities", getCommunities());
  }
}
