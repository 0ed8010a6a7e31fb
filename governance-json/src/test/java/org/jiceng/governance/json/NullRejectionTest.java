package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.testing.ModelArbitraries;
import org.jiceng.governance.core.testing.NullChecks;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.demand.DemandBoard;
import org.jiceng.governance.rules.demand.DemandSimulation;
import org.jiceng.governance.rules.ledger.PointsSimulation;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.jiceng.governance.rules.scenario.SyntheticJurisdictions;
import org.jiceng.governance.rules.scorecard.Scorecard;
import org.jiceng.governance.rules.scorecard.ScorecardFigures;
import org.jiceng.governance.rules.scorecard.ScorecardPolicy;
import org.jiceng.governance.rules.visit.VisitLog;
import org.jiceng.governance.rules.visit.VisitPlan;
import org.jiceng.governance.rules.visit.VisitPlanner;
import org.jiceng.governance.rules.visit.VisitPolicy;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: every public class of governance-json rejects a null argument with a {@link
 * NullPointerException} (guava-testlib's {@link NullPointerTester}, through governance-core's
 * {@link NullChecks} as core and rules do): the static methods of the formats, the builders of
 * the values, the constructors of the exceptions and the module, and the instance methods of
 * readers, writers and validators in each configuration a factory makes.
 *
 * <p>The parameters that take null on purpose are listed in {@link #documentedNullable()}, each
 * by method and index; no class is left out.
 */
class NullRejectionTest {
  /**
   * The parameters documented "may be null", each by method or constructor and index; no class
   * and no other parameter is left out (their other parameters are checked one by one).
   */
  static List<NullChecks.NullableParameter> documentedNullable() throws Exception {
    List<NullChecks.NullableParameter> out = new ArrayList<>();
    // setting: the value of JICENG_LANG, null when the variable is not set.
    out.add(new NullChecks.NullableParameter(Languages.class.getMethod("resolve", String.class, Locale.class), 0));
    // listener: null keeps the findings in the result instead of streaming them.
    out.add(new NullChecks.NullableParameter(DatasetValidator.class.getMethod("validate", Path.class, ValidationListener.class), 1));
    out.add(new NullChecks.NullableParameter(
        DatasetValidator.class.getMethod("validate", InputStream.class, String.class, ValidationListener.class), 2));
    // cause: every format's exception, the underlying failure when there is one.
    for (Class<?> c : publicClasses()) {
      if (FormatException.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
        out.add(new NullChecks.NullableParameter(c.getConstructor(List.class, Throwable.class), 1));
      }
    }
    return out;
  }

  static List<Class<?>> publicClasses() throws IOException {
    return NullChecks.publicApiClasses("org.jiceng.governance.json");
  }

  static Jurisdiction county() {
    return ModelArbitraries.grow(1, 1);
  }

  static JsonGenerator generator() {
    try {
      return new JsonFactory().createGenerator(new StringWriter());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CommunitySubtree firstCommunity(Jurisdiction county) {
    List<CommunitySubtree> seen = new ArrayList<>();
    DatasetReader.strict().forEachCommunity(Texts.in(DatasetFormat.writeToString(county)), "c.json", seen::add);
    return seen.get(0);
  }

  /** A tester that can make the values of core, rules and json that it does not null out. */
  static NullPointerTester tester() {
    StandardsProfile profile = BuiltInProfiles.get("cn-national");
    Jurisdiction county = county();
    LocalDate day = LocalDate.of(2025, 3, 1);
    VisitPlan plan = VisitPlanner.plan(county, VisitLog.empty(), VisitPolicy.from(profile), day, day.plusDays(30));
    StandardsProfile kazuo = BuiltInProfiles.get("liaoning-kazuo");
    NullPointerTester t = new NullPointerTester()
        .setDefault(StandardsProfile.class, profile)
        .setDefault(Jurisdiction.class, county)
        .setDefault(Area.class, county.getRoot())
        .setDefault(AreaLevel.class, AreaLevel.GRID)
        .setDefault(ComplianceReport.class, ComplianceEngine.of(profile).check(county))
        .setDefault(DemandBoard.class, DemandBoard.empty())
        .setDefault(DemandSimulation.Outcome.class, DemandSimulation.run(DemandSimulation.jiayuguan(), 3, 1))
        .setDefault(PointsSimulation.Summary.class,
            PointsSimulation.run(org.jiceng.governance.rules.ledger.PointsScenario.jianping(), 1, 1).getSummary())
        .setDefault(VisitPlan.class, plan)
        .setDefault(Scorecard.class, Scorecard.of(ScorecardPolicy.from(kazuo), ScorecardFigures.measure(county)))
        .setDefault(JsonGenerator.class, generator())
        .setDefault(Locale.class, Locale.ENGLISH)
        .setDefault(Path.class, Path.of("target", "null-rejection-absent.json"))
        .setDefault(SyntheticJurisdictions.class, SyntheticJurisdictions.builder().profile(profile).communities(1).build())
        .setDefault(Dataset.class, DatasetFormat.read(Texts.in(DatasetFormat.writeToString(county)), "c.json"))
        .setDefault(CommunitySubtree.class, firstCommunity(county))
        .setDefault(org.jiceng.governance.rules.compliance.Finding.class, org.jiceng.governance.rules.compliance.Finding.builder()
            .rule("r").severity(org.jiceng.governance.rules.compliance.Severity.ERROR).subject("c1").measured("0").expected("1")
            .source("s").messageKey("k").build())
        .setDefault(ValidationResult.class, DatasetValidator.of(profile).validate(Texts.in(DatasetFormat.writeToString(county)), "c.json"));
    try {
      return NullChecks.exempting(t, documentedNullable());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void publicStaticMethods_rejectNull() throws IOException {
    List<Class<?>> classes = publicClasses();
    assertThat(classes).hasSizeGreaterThan(30);
    assertThat(NullChecks.staticMethodFailures(tester(), classes)).isEmpty();
  }

  @Test
  void builders_rejectNull() throws Exception {
    NullChecks.Builders builders = NullChecks.builderFailures(tester(), publicClasses());
    assertThat(builders.count()).isEqualTo(4);
    assertThat(builders.failures()).isEmpty();
  }

  @Test
  void constructors_rejectNull() throws IOException {
    assertThat(NullChecks.constructorFailures(tester(), publicClasses())).isEmpty();
  }

  @Test
  void readersWritersAndValidators_rejectNull() {
    StandardsProfile profile = BuiltInProfiles.get("cn-national");
    Map<String, Object> made = new LinkedHashMap<>();
    made.put("DatasetReader.strict()", DatasetReader.strict());
    made.put("DatasetReader.lenient()", DatasetReader.lenient());
    made.put("DatasetWriter.standard()", DatasetWriter.standard());
    made.put("DatasetWriter.standard().withProfile(p)", DatasetWriter.standard().withProfile("cn-national"));
    made.put("DatasetValidator.of(profile)", DatasetValidator.of(profile));
    made.put("DatasetValidator.of(profile).withLenient(true)", DatasetValidator.of(profile).withLenient(true));
    made.put("DatasetValidator.usingProfileNamedInFile()", DatasetValidator.usingProfileNamedInFile());
    made.put("CommunityLinesFormat.strict()", CommunityLinesFormat.strict());
    made.put("CommunityLinesFormat.lenient()", CommunityLinesFormat.lenient());
    made.put("new GovernanceModule()", new GovernanceModule());
    assertThat(NullChecks.instanceMethodFailures(tester(), made)).isEmpty();
  }

  @Test
  void documentedNullableParameters_areTheOnlyOnesLeftOut() throws Exception {
    List<NullChecks.NullableParameter> nullable = documentedNullable();
    assertThat(nullable).hasSize(3 + 9);
    assertThat(NullChecks.otherParameterFailures(tester(), nullable,
        Map.of(DatasetValidator.class, DatasetValidator.of(BuiltInProfiles.get("cn-national"))))).isEmpty();
  }

  @Test
  void languagesResolve_nullSettingIsTheDefaultLocaleButANullLocaleIsNamed() {
    assertThat(Languages.resolve(null, Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.resolve(null, Locale.CHINA)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThatThrownBy(() -> Languages.resolve("en", null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
    assertThatThrownBy(() -> Languages.resolve(null, null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
  }

  @Test
  void scorecardFormatWrite_namesTheNullSubject() {
    StandardsProfile kazuo = BuiltInProfiles.get("liaoning-kazuo");
    Scorecard card = Scorecard.of(ScorecardPolicy.from(kazuo), ScorecardFigures.measure(county()));
    assertThatThrownBy(() -> ScorecardFormat.write(card, null, "县", Map.of())).isInstanceOf(NullPointerException.class)
        .hasMessage("subject");
  }

  @Test
  void nullArguments_areNamedInTheMessage() throws Exception {
    NullChecks.Named named = NullChecks.unnamedNullFailures(tester(), publicClasses());
    assertThat(named.checked()).isGreaterThan(50);
    assertThat(named.failures()).isEmpty();
  }
}
