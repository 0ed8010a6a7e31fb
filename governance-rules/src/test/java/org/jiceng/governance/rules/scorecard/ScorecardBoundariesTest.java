package org.jiceng.governance.rules.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.rules.demand.Demand;
import org.jiceng.governance.rules.demand.DemandBoard;
import org.jiceng.governance.rules.demand.DemandEvent;
import org.jiceng.governance.rules.demand.DemandLevel;
import org.jiceng.governance.rules.demand.DemandSize;
import org.jiceng.governance.rules.demand.DemandSource;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.junit.jupiter.api.Test;

/**
 * The scorecard's checks at their edges (weights, targets, cut-offs, values), the marks whose
 * indicators weigh nothing, the texts of indicators, marks and grades, and the figures measured
 * from party cells of every kind and from demands that were refused or not rated.
 */
class ScorecardBoundariesTest {
  private static final Source TEST = Source.of("test", "");
  private static final Instant T = Instant.parse("2025-03-01T00:00:00Z");

  /** A policy graded 90, 75, 60 where every indicator weighs the same but the given ones, which weigh nothing. */
  private static ScorecardPolicy.Builder policy(ScorecardIndicator... weightless) {
    return indicators(weightless).excellent(90).good(75).pass(60);
  }

  /** The same without cut-offs. */
  private static ScorecardPolicy.Builder indicators(ScorecardIndicator... weightless) {
    List<ScorecardIndicator> zero = List.of(weightless);
    double each = 1.0 / (ScorecardIndicator.values().length - zero.size());
    ScorecardPolicy.Builder b = ScorecardPolicy.builder().profile("p");
    for (ScorecardIndicator i : ScorecardIndicator.values()) {
      b.putIndicators(i, ScorecardPolicy.Definition.of(zero.contains(i) ? 0 : each, 1, ScoringCurve.LINEAR, TEST));
    }
    return b;
  }

  @Test
  void definition_acceptsWeightZeroAndRefusesNegativeOrEndlessWeightsAndTargetsNotAboveZero() {
    assertThat(ScorecardPolicy.Definition.of(0, 1, ScoringCurve.STEP, TEST).getWeight()).isZero();
    assertThatThrownBy(() -> ScorecardPolicy.Definition.of(-0.01, 1, ScoringCurve.STEP, TEST))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Indicator weight must be a finite number >= 0, found -0.01");
    assertThatThrownBy(() -> ScorecardPolicy.Definition.of(Double.POSITIVE_INFINITY, 1, ScoringCurve.STEP, TEST))
        .hasMessage("Indicator weight must be a finite number >= 0, found Infinity");
    assertThatThrownBy(() -> ScorecardPolicy.Definition.of(Double.NaN, 1, ScoringCurve.STEP, TEST))
        .hasMessage("Indicator weight must be a finite number >= 0, found NaN");
    assertThatThrownBy(() -> ScorecardPolicy.Definition.of(0.5, 0, ScoringCurve.STEP, TEST))
        .hasMessage("Indicator target must be a finite number > 0, found 0.0");
    assertThatThrownBy(() -> ScorecardPolicy.Definition.of(0.5, Double.POSITIVE_INFINITY, ScoringCurve.STEP, TEST))
        .hasMessage("Indicator target must be a finite number > 0, found Infinity");
    assertThat(ScorecardPolicy.Definition.of(0.5, 2, ScoringCurve.CONCAVE, TEST))
        .hasToString("Definition{weight=0.5, target=2.0, curve=CONCAVE, source=test}");
  }

  @Test
  void curve_refusesEndlessValuesAndTargets() {
    assertThatThrownBy(() -> ScoringCurve.LINEAR.score(Double.POSITIVE_INFINITY, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Indicator value must be a finite number >= 0, found Infinity");
    assertThatThrownBy(() -> ScoringCurve.LINEAR.score(1, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Indicator target must be a finite number > 0, found Infinity");
    assertThat(ScoringCurve.LINEAR.score(0, 1)).isZero();
  }

  @Test
  void policy_refusesAnIndicatorLeftOut() {
    ScorecardPolicy.Builder b = ScorecardPolicy.builder().profile("p").excellent(90).good(75).pass(60);
    for (ScorecardIndicator i : ScorecardIndicator.values()) {
      if (i != ScorecardIndicator.KEY_VISITS) {
        b.putIndicators(i, ScorecardPolicy.Definition.of(i == ScorecardIndicator.CARE_VISITS ? 0.5 : 0.5 / 9, 1, ScoringCurve.LINEAR, TEST));
      }
    }

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scorecard of profile 'p' does not define indicator 'key-visit-coverage'");
  }

  @Test
  void policy_acceptsCutOffsAtZeroOrAllEqualOrAtOneHundredAndRefusesThemOutsideOrOutOfOrder() {
    assertThatCode(() -> indicators().pass(0).good(0).excellent(0).build()).doesNotThrowAnyException();
    assertThatCode(() -> indicators().pass(100).good(100).excellent(100).build()).doesNotThrowAnyException();
    assertThatCode(() -> indicators().pass(50).good(50).excellent(80).build()).doesNotThrowAnyException();
    assertThatThrownBy(() -> indicators().pass(-1).good(50).excellent(80).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Grade cut-offs of profile 'p' must satisfy 0 <= pass <= good <= excellent <= 100, found -1.0, 50.0, 80.0");
    assertThatThrownBy(() -> indicators().pass(60).good(59).excellent(80).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> indicators().pass(60).good(81).excellent(80).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> indicators().pass(60).good(70).excellent(100.5).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isDefinedBy_needsEveryIndicatorsWeight() {
    StandardsProfile tieling = BuiltInProfiles.get("liaoning-tieling");
    StandardsProfile oneLess = StandardsProfile.draft("one-less", "1", "少", "Less", TEST).extending(tieling)
        .without(Parameters.INDICATOR_WEIGHT.get(ScorecardIndicator.KEY_VISITS)).build();

    assertThat(ScorecardPolicy.isDefinedBy(tieling)).isTrue();
    assertThat(ScorecardPolicy.isDefinedBy(oneLess)).isFalse();
    assertThatThrownBy(() -> ScorecardPolicy.from(oneLess)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Profile 'one-less' defines no scorecard: parameter scorecard.key-visit-coverage.weight is missing");
  }

  @Test
  void card_markWhoseMeasuredIndicatorsWeighNothingIsEmpty() {
    ScorecardPolicy p = policy(ScorecardIndicator.KEY_VISITS, ScorecardIndicator.DISPUTES_SETTLED).build();
    Map<ScorecardIndicator, Double> v = new EnumMap<>(ScorecardIndicator.class);
    v.put(ScorecardIndicator.KEY_VISITS, 1.0);
    v.put(ScorecardIndicator.PARTY_CELL_COVERAGE, 0.25);
    Scorecard.CommunityCard card = Scorecard.card(p, CommunityFigures.of("c", "丙", v));

    assertThat(card.getMarks().get(Mark.SAFETY)).isEmpty();
    assertThat(card.getMarks().get(Mark.ORGANIZATION)).hasValueCloseTo(25.0, within(1e-9));
    assertThat(card.getTotal()).hasValueCloseTo(25.0, within(1e-9));
    assertThat(card.getGrade()).contains(Grade.FAIL);
    Scorecard.CommunityCard weightless = Scorecard.card(p, CommunityFigures.of("c", "丙", Map.of(ScorecardIndicator.KEY_VISITS, 1.0)));
    assertThat(weightless.getTotal()).isEmpty();
    assertThat(weightless.getGrade()).isEmpty();
  }

  @Test
  void figures_refuseEndlessValuesAndWithKeepsTheOthers() {
    assertThatThrownBy(() -> CommunityFigures.of("c", "丙", Map.of(ScorecardIndicator.FACILITY_AREA, Double.POSITIVE_INFINITY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Indicator facility-area-per-100-households of community 'c' must be a finite number >= 0, found Infinity");
    CommunityFigures f = CommunityFigures.of("c", "丙", Map.of(ScorecardIndicator.FACILITY_AREA, 3.0))
        .with(ScorecardIndicator.KEY_VISITS, 0.5);

    assertThat(f.getValues()).containsOnly(Map.entry(ScorecardIndicator.FACILITY_AREA, 3.0), Map.entry(ScorecardIndicator.KEY_VISITS, 0.5));
  }

  @Test
  void texts_inChineseUnlessEnglish() {
    assertThat(Grade.EXCELLENT.getName(Locale.ENGLISH)).isEqualTo("Excellent");
    assertThat(Grade.EXCELLENT.getName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("优秀");
    assertThat(Grade.FAIL.getName(Locale.GERMAN)).isEqualTo("不合格");
    assertThat(Mark.SAFETY.getName(Locale.ENGLISH)).isEqualTo("Safe and orderly");
    assertThat(Mark.SAFETY.getName(Locale.CHINESE)).isEqualTo("平安有序");
    assertThat(ScorecardIndicator.DISPUTES_SETTLED.getName(Locale.ENGLISH)).isEqualTo("Disputes settled");
    assertThat(ScorecardIndicator.DISPUTES_SETTLED.getName(Locale.CHINESE)).isEqualTo("矛盾纠纷化解率");
    assertThat(ScorecardIndicator.DISPUTES_SETTLED.getBasis()).startsWith("seed 002 (铁岭市)");
    assertThat(ScorecardIndicator.POINTS_PARTICIPATION.getInput()).isEqualTo(ScorecardIndicator.Input.LEDGER);
    assertThat(ScorecardIndicator.CARE_VISITS.getInput()).isEqualTo(ScorecardIndicator.Input.VISITS);
  }

  @Test
  void ofId_findsEachIndicatorAndRefusesUnknownIds() {
    for (ScorecardIndicator i : ScorecardIndicator.values()) {
      assertThat(ScorecardIndicator.ofId(i.getId())).isSameAs(i);
    }
    assertThatThrownBy(() -> ScorecardIndicator.ofId("happiness")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown scorecard indicator 'happiness'");
  }

  @Test
  void toString_namesEveryPart() {
    ScorecardPolicy p = policy().build();
    Scorecard s = Scorecard.of(p, List.of(CommunityFigures.of("c", "丙", Map.of(ScorecardIndicator.KEY_VISITS, 0.5))));

    assertThat(p.toString()).startsWith("ScorecardPolicy{profile=p, indicators={").endsWith("excellent=90.0, good=75.0, pass=60.0}");
    assertThat(s.toString()).startsWith("Scorecard{policy=ScorecardPolicy{profile=p")
        .contains("communities=[CommunityCard{communityId=c, communityName=丙, indicators=[IndicatorScore{indicator=PARTY_CELL_COVERAGE}")
        .contains("IndicatorScore{indicator=KEY_VISITS, value=0.5, score=0.5}").contains("grade=FAIL}");
    assertThat(CommunityFigures.of("c", "丙", Map.of(ScorecardIndicator.KEY_VISITS, 0.5)))
        .hasToString("CommunityFigures{communityId=c, communityName=丙, values={KEY_VISITS=0.5}}");
  }

  @Test
  void inputs_holdWhatTheyWereGiven() {
    Jurisdiction j = ScorecardFiguresTest.jurisdiction();
    DemandBoard board = ScorecardFiguresTest.board();
    ScorecardFigures.Inputs in = ScorecardFigures.Inputs.of(j);

    assertThat(in.getJurisdiction()).isSameAs(j);
    assertThat(in.getDemands()).isEmpty();
    assertThat(in.getVisits()).isEmpty();
    assertThat(in.getLedger()).isEmpty();
    assertThat(in.withDemands(board).getDemands()).containsSame(board);
    assertThat(in.withDemands(board).getJurisdiction()).isSameAs(j);
    org.jiceng.governance.rules.ledger.Ledger ledger = ScorecardFiguresTest.ledger();
    org.jiceng.governance.rules.visit.VisitPlan plan = org.jiceng.governance.rules.visit.VisitPlanner.plan(j,
        org.jiceng.governance.rules.visit.VisitLog.empty(), org.jiceng.governance.rules.visit.VisitPolicy.from(BuiltInProfiles.get("cn-national")),
        ScorecardFiguresTest.SINCE, ScorecardFiguresTest.SINCE);
    ScorecardFigures.Inputs all = in.withDemands(board).withVisits(plan).withLedger(ledger);
    assertThat(all.getVisits()).containsSame(plan);
    assertThat(all.getLedger()).containsSame(ledger);
    assertThat(all.getDemands()).containsSame(board);
  }

  @Test
  void partyCellCoverage_countsBranchesGroupsAndJointBranchesOnGridsOnly() {
    Jurisdiction.Builder b = Jurisdiction.builder()
        .addAreas(Area.builder().id("county").level(AreaLevel.COUNTY).name("县").build())
        .addAreas(Area.builder().id("s1").level(AreaLevel.STREET).name("街道").parentId("county").build())
        .addAreas(Area.builder().id("c1").level(AreaLevel.COMMUNITY).name("城北社区").parentId("s1").build());
    PartyOrganizationKind[] kinds = {PartyOrganizationKind.BRANCH, PartyOrganizationKind.GROUP, PartyOrganizationKind.JOINT_BRANCH,
        PartyOrganizationKind.CENTRAL_HOUSEHOLD, PartyOrganizationKind.COMMITTEE};
    for (int i = 0; i < kinds.length; i++) {
      b.addAreas(Area.builder().id("g" + i).level(AreaLevel.GRID).name("网格" + i).parentId("c1").households(10).build())
          .addPartyOrganizations(PartyOrganization.builder().id("o" + i).kind(kinds[i]).name("组织" + i).areaId("g" + i).fullMembers(5)
              .build());
    }
    CommunityFigures c1 = ScorecardFigures.measure(b.build()).get(0);

    assertThat(c1.get(ScorecardIndicator.PARTY_CELL_COVERAGE)).hasValue(3.0 / 5);
  }

  @Test
  void demandFigures_leaveRefusedDemandsOutAndSatisfactionUnmeasuredWhenNoneIsRated() {
    DemandBoard b = DemandBoard.empty();
    for (int i = 0; i < 3; i++) {
      b = b.apply(DemandEvent.Submitted.of("s" + i, Demand.builder().id("d" + i).community("c1").grid("g1").category("env")
          .source(DemandSource.RESIDENT_ORDER).size(DemandSize.SMALL).submittedAt(T).build()));
    }
    b = b.apply(DemandEvent.Admitted.of("a0", "d0", T.plusSeconds(60), DemandLevel.COMMUNITY))
        .apply(DemandEvent.Resolved.of("r0", "d0", T.plusSeconds(120)))
        .apply(DemandEvent.Admitted.of("a1", "d1", T.plusSeconds(60), DemandLevel.COMMUNITY))
        .apply(DemandEvent.Rejected.of("x2", "d2", T.plusSeconds(60), "not ours"));
    CommunityFigures c1 = ScorecardFigures.measure(ScorecardFigures.Inputs.of(ScorecardFiguresTest.jurisdiction()).withDemands(b)).get(0);

    assertThat(c1.get(ScorecardIndicator.DEMAND_COMPLETION)).hasValue(0.5);
    assertThat(c1.get(ScorecardIndicator.DEMAND_SATISFACTION)).isEmpty();
  }
}
