package org.jiceng.governance.rules.scorecard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The 五有 scorecard of a set of communities: per community, each indicator's value and score, a
 * score per mark and a total out of 100, and a grade. Pure arithmetic over {@link CommunityFigures}
 * and a {@link ScorecardPolicy}.
 *
 * <p>An indicator's score is its curve applied to value and target (between 0 and 1). A mark's score
 * is 100 × the weighted mean of its measured indicators' scores; the total is 100 × the weighted mean
 * over all measured indicators. Unmeasured indicators are left out of both means, so a community is
 * not marked down for data it was not given; a mark or total with nothing measured is empty.
 *
 * @param policy the policy scored against
 * @param communities the communities' cards, best total first (unscored last), then by id
 */
public record Scorecard(ScorecardPolicy policy, List<CommunityCard> communities) {
  /** Copies the list. */
  public Scorecard {
    requireNonNull(policy, "policy");
    communities = ImmutableList.copyOf(communities);
  }

  /**
   * One indicator of one community.
   *
   * @param indicator the indicator
   * @param value the measured value, empty when not measured
   * @param score the score in [0, 1], empty when not measured
   */
  public record IndicatorScore(ScorecardIndicator indicator, OptionalDouble value, OptionalDouble score) {}

  /**
   * One community's card.
   *
   * @param communityId the id
   * @param communityName the name
   * @param indicators every indicator, in declaration order
   * @param marks the score of each mark out of 100, empty when nothing in it was measured
   * @param total the total out of 100, empty when nothing was measured
   * @param grade the grade of the total, empty when there is no total
   */
  public record CommunityCard(String communityId, String communityName, List<IndicatorScore> indicators, Map<Mark, OptionalDouble> marks,
      OptionalDouble total, Optional<Grade> grade) {
    /** Copies the collections. */
    public CommunityCard {
      indicators = ImmutableList.copyOf(indicators);
      marks = ImmutableMap.copyOf(marks);
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
    cards.sort(Comparator.<CommunityCard>comparingDouble(c -> c.total().isPresent() ? -c.total().getAsDouble() : Double.POSITIVE_INFINITY)
        .thenComparing(CommunityCard::communityId));
    return new Scorecard(policy, cards);
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
      ScorecardPolicy.Definition d = policy.indicators().get(i);
      OptionalDouble v = f.get(i);
      if (v.isEmpty()) {
        scores.add(new IndicatorScore(i, v, OptionalDouble.empty()));
        continue;
      }
      double s = d.curve().score(v.getAsDouble(), d.target());
      scores.add(new IndicatorScore(i, v, OptionalDouble.of(s)));
      double[] m = sums.computeIfAbsent(i.getMark(), k -> new double[2]);
      m[0] += d.weight() * s;
      m[1] += d.weight();
      weighted += d.weight() * s;
      weights += d.weight();
    }
    EnumMap<Mark, OptionalDouble> marks = new EnumMap<>(Mark.class);
    for (Mark m : Mark.values()) {
      double[] s = sums.get(m);
      marks.put(m, s == null || s[1] == 0 ? OptionalDouble.empty() : OptionalDouble.of(bounded(100 * s[0] / s[1])));
    }
    OptionalDouble total = weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(bounded(100 * weighted / weights));
    Optional<Grade> grade = total.isPresent() ? Optional.of(policy.grade(total.getAsDouble())) : Optional.empty();
    return new CommunityCard(f.communityId(), f.communityName(), scores, marks, total, grade);
  }

  /** Keeps rounding noise of the weighted mean (such as 100.00000000000001) inside [0, 100]. */
  private static double bounded(double score) {
    return Math.max(0, Math.min(100, score));
  }
}
