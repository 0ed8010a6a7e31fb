package org.jiceng.governance.rules.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScorecardTest {
  static final ScorecardPolicy TIELING = ScorecardPolicy.from(BuiltInProfiles.get("liaoning-tieling"));

  @ParameterizedTest
  @ValueSource(strings = {"liaoning-tieling", "liaoning-kaiyuan", "liaoning-kazuo", "liaoning-jianping"})
  void liaoningProfiles_defineAScorecardWhoseWeightsSumToOne(String id) {
    ScorecardPolicy p = ScorecardPolicy.from(BuiltInProfiles.get(id));

    assertThat(p.getIndicators().values().stream().mapToDouble(ScorecardPolicy.Definition::getWeight).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(p.getIndicators()).hasSize(ScorecardIndicator.values().length);
    for (Mark m : Mark.values()) {
      assertThat(p.getIndicators().entrySet().stream().filter(e -> e.getKey().getMark() == m).mapToDouble(e -> e.getValue().getWeight()).sum())
          .as("weight of %s", m).isPositive();
    }
  }

  @Test
  void everyIndicatorSource_saysItIsTheProjectsChoiceAndQuotesItsSeed() {
    for (ScorecardIndicator i : ScorecardIndicator.values()) {
      Source s = TIELING.getIndicators().get(i).getSource();
      assertThat(s.getDocument()).contains("jiceng choice").contains(i.getBasis()).contains("seed 00");
    }
  }

  @Test
  void nonLiaoningProfile_definesNoScorecard() {
    assertThat(ScorecardPolicy.isDefinedBy(BuiltInProfiles.get("hebei-qianxi"))).isFalse();
    assertThatThrownBy(() -> ScorecardPolicy.from(BuiltInProfiles.get("hebei-qianxi"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hebei-qianxi").hasMessageContaining("scorecard.");
  }

  @Test
  void policy_refusesWeightsThatDoNotSumToOne() {
    StandardsProfile heavy = StandardsProfile.draft("heavy", "1", "重", "Heavy", Source.of("test", ""))
        .extending(BuiltInProfiles.get("liaoning-tieling"))
        .with(Parameters.INDICATOR_WEIGHT.get(ScorecardIndicator.DISPUTES_SETTLED), 0.2, Source.of("test", "")).build();

    assertThatThrownBy(() -> ScorecardPolicy.from(heavy)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1.1");
    // Issue 17: in Chinese too, for a tool that reads the profile from a file.
    assertThat(org.jiceng.governance.core.Localizable.messageOf(
        org.assertj.core.api.Assertions.catchThrowable(() -> ScorecardPolicy.from(heavy)), java.util.Locale.SIMPLIFIED_CHINESE))
        .contains("的评分权重之和为1.1").endsWith("，应为1");
  }

  @Test
  void policy_refusesCutOffsOutOfOrder() {
    StandardsProfile odd = StandardsProfile.draft("odd", "1", "怪", "Odd", Source.of("test", ""))
        .extending(BuiltInProfiles.get("liaoning-tieling"))
        .with(Parameters.GRADE_PASS, 95.0, Source.of("test", "")).build();

    assertThatThrownBy(() -> ScorecardPolicy.from(odd)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pass <= good");
  }

  @Test
  void curves_scoreAgainstTheTargetAndCapAtOne() {
    assertThat(ScoringCurve.LINEAR.score(0.45, 0.9)).isCloseTo(0.5, within(1e-12));
    assertThat(ScoringCurve.LINEAR.score(2, 1)).isEqualTo(1.0);
    assertThat(ScoringCurve.STEP.score(0.89, 0.9)).isZero();
    assertThat(ScoringCurve.STEP.score(0.9, 0.9)).isEqualTo(1.0);
    assertThat(ScoringCurve.CONCAVE.score(0.5, 2)).isCloseTo(0.5, within(1e-12));
    assertThatThrownBy(() -> ScoringCurve.LINEAR.score(-1, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> ScoringCurve.LINEAR.score(1, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
  }

  @Test
  void card_weighsMeasuredIndicatorsOnly() {
    // Organization: cells 1.0 of 1.0 (weight 0.12) and reserves 1 of 2 (0.08): (0.12 + 0.04) / 0.20 = 80.
    // Governance: grid workers 0.5 of 1.0 (0.10), demands not given: 50.
    Map<ScorecardIndicator, Double> v = new EnumMap<>(ScorecardIndicator.class);
    v.put(ScorecardIndicator.PARTY_CELL_COVERAGE, 1.0);
    v.put(ScorecardIndicator.RESERVE_CANDIDATES, 1.0);
    v.put(ScorecardIndicator.GRID_WORKER_COVERAGE, 0.5);
    Scorecard.CommunityCard card = Scorecard.card(TIELING, CommunityFigures.of("c1", "城北", v));

    assertThat(card.getMarks().get(Mark.ORGANIZATION)).hasValueCloseTo(80.0, within(1e-9));
    assertThat(card.getMarks().get(Mark.GOVERNANCE)).hasValueCloseTo(50.0, within(1e-9));
    assertThat(card.getMarks().get(Mark.SERVICE)).isEmpty();
    // Total: (0.12 + 0.04 + 0.05) / 0.30 = 70.
    assertThat(card.getTotal()).hasValueCloseTo(70.0, within(1e-9));
    assertThat(card.getGrade()).contains(Grade.PASS);
    assertThat(card.getIndicators().get(ScorecardIndicator.DEMAND_COMPLETION.ordinal()).getScore()).isEmpty();
  }

  @Test
  void card_withNothingMeasuredHasNoTotalNorGrade() {
    Scorecard.CommunityCard card = Scorecard.card(TIELING, CommunityFigures.of("c1", "城北", Map.of()));

    assertThat(card.getTotal()).isEmpty();
    assertThat(card.getGrade()).isEmpty();
  }

  @Test
  void card_allAtTargetScoresOneHundredAndExcellent() {
    Map<ScorecardIndicator, Double> v = new EnumMap<>(ScorecardIndicator.class);
    TIELING.getIndicators().forEach((i, d) -> v.put(i, d.getTarget()));
    Scorecard.CommunityCard card = Scorecard.card(TIELING, CommunityFigures.of("c1", "城北", v));

    assertThat(card.getTotal()).hasValue(100.0);
    assertThat(card.getMarks().values()).allSatisfy(m -> assertThat(m).hasValue(100.0));
    assertThat(card.getGrade()).contains(Grade.EXCELLENT);
  }

  @Test
  void grade_usesTheProfilesCutOffsInclusive() {
    assertThat(TIELING.grade(90)).isEqualTo(Grade.EXCELLENT);
    assertThat(TIELING.grade(89.99)).isEqualTo(Grade.GOOD);
    assertThat(TIELING.grade(75)).isEqualTo(Grade.GOOD);
    assertThat(TIELING.grade(60)).isEqualTo(Grade.PASS);
    assertThat(TIELING.grade(59.99)).isEqualTo(Grade.FAIL);
  }

  @Test
  void scorecard_ranksBestTotalFirstAndUnscoredLast() {
    Scorecard s = Scorecard.of(TIELING, List.of(
        CommunityFigures.of("a", "甲", Map.of()),
        CommunityFigures.of("b", "乙", Map.of(ScorecardIndicator.PARTY_CELL_COVERAGE, 0.5)),
        CommunityFigures.of("c", "丙", Map.of(ScorecardIndicator.PARTY_CELL_COVERAGE, 0.9))));

    assertThat(s.getCommunities()).extracting(Scorecard.CommunityCard::getCommunityId).containsExactly("c", "b", "a");
  }

  @Test
  void figures_refuseNegativeValues() {
    assertThatThrownBy(() -> CommunityFigures.of("c", "丙", Map.of(ScorecardIndicator.FACILITY_AREA, -1.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("facility-area-per-100-households");
  }

  @Test
  void indicatorOfId_unknownIdNamesTheKnownOnes() {
    assertThatThrownBy(() -> ScorecardIndicator.ofId("nowhere")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown scorecard indicator 'nowhere'; known: ")
        .hasMessageContaining(ScorecardIndicator.values()[0].getId());
  }
}
