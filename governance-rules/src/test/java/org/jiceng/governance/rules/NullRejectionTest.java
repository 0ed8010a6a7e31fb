package org.jiceng.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.testing.ModelArbitraries;
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
    List<Class<?>> out = new ArrayList<>();
    for (ClassPath.ClassInfo info : ClassPath.from(NullRejectionTest.class.getClassLoader())
        .getTopLevelClassesRecursive("org.jiceng.governance.rules")) {
      Class<?> c = info.load();
      if (Modifier.isPublic(c.getModifiers()) && !info.getPackageName().contains(".internal") && !c.getSimpleName().endsWith("Test")
          && !c.getSimpleName().endsWith("Properties") && !info.getPackageName().endsWith(".testing")) {
        out.add(c);
      }
    }
    return out;
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
            new org.jiceng.governance.rules.scorecard.CommunityFigures("c", "社区", java.util.Map.of()))
        .setDefault(org.jiceng.governance.rules.demand.DemandBoard.class, org.jiceng.governance.rules.demand.DemandBoard.empty());
    return t;
  }

  @Test
  void publicStaticMethods_rejectNull() throws IOException {
    List<Class<?>> classes = publicClasses();
    assertThat(classes).hasSizeGreaterThan(20);
    NullPointerTester tester = tester();
    List<String> failures = new ArrayList<>();
    for (Class<?> c : classes) {
      try {
        tester.testAllPublicStaticMethods(c);
      } catch (AssertionError e) {
        failures.add(c.getName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void builders_rejectNull() throws Exception {
    NullPointerTester tester = tester();
    List<String> failures = new ArrayList<>();
    int builders = 0;
    for (Class<?> c : publicClasses()) {
      Method builder;
      try {
        builder = c.getMethod("builder");
      } catch (NoSuchMethodException none) {
        continue;
      }
      if (!Modifier.isStatic(builder.getModifiers())) {
        continue;
      }
      builders++;
      try {
        tester.testAllPublicInstanceMethods(builder.invoke(null));
      } catch (AssertionError e) {
        failures.add(c.getName() + ".builder(): " + e.getMessage());
      }
    }
    assertThat(builders).isGreaterThan(5);
    assertThat(failures).isEmpty();
  }
}
