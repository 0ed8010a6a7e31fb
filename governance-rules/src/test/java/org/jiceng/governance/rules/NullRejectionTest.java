package org.jiceng.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.testing.ModelArbitraries;
import org.jiceng.governance.core.testing.NullChecks;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.demand.DemandPolicy;
import org.jiceng.governance.rules.ledger.LedgerPolicies;
import org.jiceng.governance.rules.ledger.LedgerPolicy;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.jiceng.governance.rules.scorecard.ScorecardPolicy;
import org.jiceng.governance.rules.visit.VisitLog;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: every public static method and every builder of governance-rules's API rejects null
 * with a {@link NullPointerException}, as each package's null rule says (guava-testlib's {@link
 * NullPointerTester}, as governance-core's {@code NullRejectionTest} does).
 */
class NullRejectionTest {
  static List<Class<?>> publicClasses() throws IOException {
    return NullChecks.publicApiClasses("org.jiceng.governance.rules");
  }

  /** A tester that can make the rules' own values for the arguments it does not null out. */
  static NullPointerTester tester() {
    StandardsProfile profile = BuiltInProfiles.get("cn-national");
    NullPointerTester t = new NullPointerTester()
        .setDefault(StandardsProfile.class, profile)
        .setDefault(Source.class, Source.of("doc", "note"))
        .setDefault(Jurisdiction.class, ModelArbitraries.grow(1, 1))
        .setDefault(ComplianceReport.class, ComplianceEngine.of(profile).check(ModelArbitraries.grow(1, 1)))
        .setDefault(Enum.class, AreaLevel.GRID)
        .setDefault(VisitLog.class, VisitLog.empty())
        .setDefault(ScorecardPolicy.class, ScorecardPolicy.from(BuiltInProfiles.all().stream().filter(ScorecardPolicy::isDefinedBy).findFirst().orElseThrow()))
        .setDefault(LedgerPolicy.class, LedgerPolicies.all().get(0))
        .setDefault(ZoneId.class, ZoneId.of("Asia/Shanghai"))
        .setDefault(DemandPolicy.class, DemandPolicy.jiayuguan())
        .setDefault(org.jiceng.governance.rules.ledger.ActivityRule.class, LedgerPolicies.all().get(0).getActivities().values().iterator().next())
        .setDefault(org.jiceng.governance.rules.compliance.ReportText.Header.class,
            org.jiceng.governance.rules.compliance.ReportText.Header.of("p", "s", "n", 0, 0, 0, 0, 0, List.of()))
        .setDefault(org.jiceng.governance.core.area.Area.class, ModelArbitraries.grow(1, 1).getAreas(AreaLevel.GRID).get(0))
        .setDefault(org.jiceng.governance.rules.visit.VisitPolicy.class,
            org.jiceng.governance.rules.visit.VisitPolicy.from(BuiltInProfiles.get("cn-national")))
        .setDefault(org.jiceng.governance.rules.scorecard.CommunityFigures.class,
            org.jiceng.governance.rules.scorecard.CommunityFigures.of("c", "社区", java.util.Map.of()))
        .setDefault(org.jiceng.governance.rules.demand.DemandBoard.class, org.jiceng.governance.rules.demand.DemandBoard.empty())
        .setDefault(org.jiceng.governance.rules.visit.VisitPlan.Disputes.class, org.jiceng.governance.rules.visit.VisitPlan.Disputes.of(0, 0))
        .setDefault(org.jiceng.governance.rules.scorecard.ScorecardPolicy.Definition.class,
            org.jiceng.governance.rules.scorecard.ScorecardPolicy.Definition.of(1, 1, org.jiceng.governance.rules.scorecard.ScoringCurve.LINEAR,
                Source.of("doc", "note")));
    return t;
  }

  @Test
  void publicStaticMethods_rejectNull() throws IOException {
    List<Class<?>> classes = publicClasses();
    assertThat(classes).hasSizeGreaterThan(20);
    List<String> failures = NullChecks.staticMethodFailures(tester(), classes);
    assertThat(failures).isEmpty();
  }

  @Test
  void builders_rejectNull() throws Exception {
    NullChecks.Builders builders = NullChecks.builderFailures(tester(), publicClasses());
    assertThat(builders.count()).isGreaterThan(5);
    assertThat(builders.failures()).isEmpty();
  }

  @Test
  void nullArguments_areNamedInTheMessage() throws Exception {
    NullChecks.Named named = NullChecks.unnamedNullFailures(tester(), publicClasses());
    assertThat(named.checked()).isGreaterThan(50);
    assertThat(named.failures()).isEmpty();
  }
}
