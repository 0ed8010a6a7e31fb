package org.jiceng.governance.rules.scorecard;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The figures of one community that a scorecard scores: a value for each indicator measured. An
 * indicator without a value (its input was not given, or there was nothing to count) is left out
 * of the community's scores rather than scored as 0.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class CommunityFigures {
  CommunityFigures() {}

  /**
   * Creates the figures.
   *
   * @param communityId the community's id, not null
   * @param communityName its name, not null
   * @param values the measured values, each a finite number >= 0, not null
   * @return the figures
   */
  public static CommunityFigures of(String communityId, String communityName, Map<ScorecardIndicator, ? extends Double> values) {
    return ImmutableCommunityFigures.of(communityId, communityName, requireNonNull(values, "values"));
  }

  /**
   * Returns the community's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String getCommunityId();

  /**
   * Returns the community's name.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String getCommunityName();

  /**
   * Returns the measured values.
   *
   * @return the values, each a finite number >= 0
   */
  @Value.Parameter
  public abstract Map<ScorecardIndicator, Double> getValues();

  @Value.Check
  final void check() {
    getValues().forEach((k, v) -> {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("Indicator " + k.getId() + " of community '" + getCommunityId()
            + "' must be a finite number >= 0, found " + v);
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
    Double v = getValues().get(requireNonNull(indicator, "indicator"));
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
    EnumMap<ScorecardIndicator, Double> m = new EnumMap<>(ScorecardIndicator.class);
    m.putAll(getValues());
    m.put(requireNonNull(indicator, "indicator"), value);
    return of(getCommunityId(), getCommunityName(), m);
  }

  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("CommunityFigures", "communityId", getCommunityId(),
        "communityName", getCommunityName(), "values", getValues());
  }
}
