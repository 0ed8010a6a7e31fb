package org.jiceng.governance.rules.scorecard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The figures of one community that a scorecard scores: a value for each indicator measured. An
 * indicator without a value (its input was not given, or there was nothing to count) is left out
 * of the community's scores rather than scored as 0.
 *
 * @param communityId the community's id
 * @param communityName its name
 * @param values the measured values, each a finite number >= 0
 */
public record CommunityFigures(String communityId, String communityName, Map<ScorecardIndicator, Double> values) {
  /** Validates. */
  public CommunityFigures {
    requireNonNull(communityId, "communityId");
    requireNonNull(communityName, "communityName");
    values = ImmutableMap.copyOf(values);
    values.forEach((k, v) -> {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("Indicator " + k.getId() + " of community '" + communityId + "' must be a finite number >= 0, found " + v);
      }
    });
  }

  /**
   * Returns an indicator's value.
   *
   * @param indicator the indicator, not null
   * @return the value, or empty when it was not measured
   */
  public OptionalDouble get(ScorecardIndicator indicator) {
    Double v = values.get(requireNonNull(indicator, "indicator"));
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns these figures with one value set or replaced.
   *
   * @param indicator the indicator, not null
   * @param value the value, a finite number >= 0
   * @return the new figures
   */
  public CommunityFigures with(ScorecardIndicator indicator, double value) {
    java.util.EnumMap<ScorecardIndicator, Double> m = new java.util.EnumMap<>(ScorecardIndicator.class);
    m.putAll(values);
    m.put(requireNonNull(indicator, "indicator"), value);
    return new CommunityFigures(communityId, communityName, m);
  }
}
