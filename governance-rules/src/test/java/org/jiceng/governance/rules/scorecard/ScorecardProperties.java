package org.jiceng.governance.rules.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;
import org.jiceng.governance.rules.profile.BuiltInProfiles;

/** The scorecard's arithmetic over random figures and random Liaoning policies. */
class ScorecardProperties {
  @Provide
  Arbitrary<ScorecardPolicy> policies() {
    return Arbitraries.of("liaoning-tieling", "liaoning-kazuo", "liaoning-jianping").map(id -> ScorecardPolicy.from(BuiltInProfiles.get(id)));
  }

  @Provide
  Arbitrary<CommunityFigures> figures() {
    Arbitrary<Double> value = Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 2), Arbitraries.doubles().between(0, 60));
    return Arbitraries.maps(Arbitraries.of(ScorecardIndicator.class), value).ofMaxSize(ScorecardIndicator.values().length)
        .map(m -> CommunityFigures.of("c", "社区", m));
  }

  @Property
  void improvingAnIndicator_neverLowersAnyScore(@ForAll("policies") ScorecardPolicy policy, @ForAll("figures") CommunityFigures f,
      @ForAll ScorecardIndicator improved, @ForAll @DoubleRange(min = 0, max = 50) double by) {
    double before = f.get(improved).orElse(0.0);
    CommunityFigures better = f.with(improved, before + by);
    Scorecard.CommunityCard a = Scorecard.card(policy, f.with(improved, before));
    Scorecard.CommunityCard b = Scorecard.card(policy, better);

    Statistics.label("scored").collect(a.getTotal().isPresent() && a.getTotal().getAsDouble() > 0 && a.getTotal().getAsDouble() < 100);
    assertThat(b.getTotal().getAsDouble()).isGreaterThanOrEqualTo(a.getTotal().getAsDouble());
    for (Mark m : Mark.values()) {
      if (a.getMarks().get(m).isPresent()) {
        assertThat(b.getMarks().get(m).getAsDouble()).as("mark %s", m).isGreaterThanOrEqualTo(a.getMarks().get(m).getAsDouble());
      }
    }
    assertThat(b.getGrade().orElseThrow().ordinal()).isLessThanOrEqualTo(a.getGrade().orElseThrow().ordinal());
  }

  @Property
  void scores_stayBetweenZeroAndOneHundred(@ForAll("policies") ScorecardPolicy policy, @ForAll("figures") CommunityFigures f) {
    Scorecard.CommunityCard c = Scorecard.card(policy, f);

    c.getTotal().ifPresent(t -> assertThat(t).isBetween(0.0, 100.0));
    c.getMarks().values().forEach(m -> m.ifPresent(v -> assertThat(v).isBetween(0.0, 100.0)));
    c.getIndicators().forEach(i -> i.getScore().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0)));
    assertThat(c.getTotal().isPresent()).isEqualTo(!f.getValues().isEmpty());
  }

  @Property
  void total_isTheWeightedMeanOfTheMarks(@ForAll("policies") ScorecardPolicy policy, @ForAll("figures") CommunityFigures f) {
    Scorecard.CommunityCard c = Scorecard.card(policy, f);
    Map<Mark, Double> weights = new EnumMap<>(Mark.class);
    f.getValues().keySet().forEach(i -> weights.merge(i.getMark(), policy.getIndicators().get(i).getWeight(), Double::sum));
    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    if (sum > 0) {
      double mean = weights.entrySet().stream().mapToDouble(e -> e.getValue() * c.getMarks().get(e.getKey()).getAsDouble()).sum() / sum;
      assertThat(c.getTotal().getAsDouble()).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-6));
    }
  }
}
