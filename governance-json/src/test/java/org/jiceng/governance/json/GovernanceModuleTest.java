package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import java.util.Set;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.code.ResidentIdNumber;
import org.jiceng.governance.core.code.UnifiedSocialCreditCode;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.testing.ModelArbitraries;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.junit.jupiter.api.Test;

class GovernanceModuleTest {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  /** A bean of a user's, holding the codes. */
  public static final class Holder {
    public DivisionCode division;
    public UnifiedSocialCreditCode credit;
    public ResidentIdNumber identity;
  }

  @Test
  void serviceLoader_registersTheModule() {
    assertThat(mapper.getRegisteredModuleIds()).contains(GovernanceModule.class.getName());
    assertThat(new GovernanceModule().version().getArtifactId()).isEqualTo("governance-json");
  }

  @Test
  void codes_asStringsWithIdentityNumbersMaskedByDefault() throws Exception {
    Holder h = new Holder();
    h.division = DivisionCode.parse("211324001001");
    h.credit = UnifiedSocialCreditCode.parse("91110000600037341L");
    h.identity = ResidentIdNumber.parse("11010519491231002X");
    assertThat(mapper.writeValueAsString(h))
        .isEqualTo("{\"division\":\"211324001001\",\"credit\":\"91110000600037341L\",\"identity\":\"110105********002X\"}");
    ObjectMapper full = new ObjectMapper().registerModule(new GovernanceModule(Set.of(GovernanceFeature.WRITE_PERSONAL_DATA_IN_FULL)));
    Holder back = full.readValue(full.writeValueAsString(h), Holder.class);
    assertThat(back.identity).isEqualTo(h.identity);
    assertThat(back.division).isEqualTo(h.division);
  }

  /** The module and the library render a report's messages alike, in the locale the module is given. */
  @Test
  void report_messagesInTheModulesLocaleAsTheLibraryRendersThem() throws Exception {
    var report = java.util.stream.LongStream.range(0, 50).mapToObj(seed -> ComplianceEngine.of(BuiltInProfiles.find("cn-national")
        .orElseThrow()).check(ModelArbitraries.grow(seed, 3))).filter(r -> !r.getFindings().isEmpty()).findFirst().orElseThrow();
    for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
      ObjectMapper m = new ObjectMapper().registerModule(new GovernanceModule(Set.of(), locale));
      assertThat(m.readTree(m.writeValueAsString(report))).as(locale.toString())
          .isEqualTo(m.readTree(ReportFormat.writeToString(report, locale)));
    }
    String english = new ObjectMapper().registerModule(new GovernanceModule(Set.of(), java.util.Locale.ENGLISH)).writeValueAsString(report);
    String chinese = new ObjectMapper().registerModule(new GovernanceModule(Set.of(), java.util.Locale.SIMPLIFIED_CHINESE))
        .writeValueAsString(report);
    assertThat(english).isNotEqualTo(chinese);
    assertThat(chinese).containsPattern("\"message\":\"[^\"]*\\p{IsHan}");
  }

  @Test
  void defaultLocale_isJicengsOneLanguageSetting() {
    assertThat(new GovernanceModule().getMessageLocale()).isEqualTo(Languages.fromEnvironment());
    assertThat(new GovernanceModule(Set.of(), java.util.Locale.ENGLISH).getMessageLocale()).isEqualTo(java.util.Locale.ENGLISH);
    assertThat(Languages.resolve("EN", java.util.Locale.CHINA)).isEqualTo(java.util.Locale.ENGLISH);
    assertThat(Languages.resolve("zh", java.util.Locale.US)).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
    assertThat(Languages.resolve(null, java.util.Locale.UK)).isEqualTo(java.util.Locale.ENGLISH);
    assertThat(Languages.resolve("fr", java.util.Locale.FRANCE)).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
    assertThat(Languages.resolve("", java.util.Locale.TAIWAN)).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void badCode_isAnInvalidFormatWithThePathAndTheCause() {
    assertThatThrownBy(() -> mapper.readValue("{\"division\": \"21132400100A\"}", Holder.class))
        .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
          assertThat(e.getPathReference()).contains("division");
          assertThat(e.getCause()).hasMessageContaining("at position 12");
        });
  }

  @Test
  void part_strictFieldsThroughJackson() {
    ObjectMapper english = new ObjectMapper().registerModule(new GovernanceModule(Set.of(), java.util.Locale.ENGLISH));
    assertThatThrownBy(() -> english.readValue("{\"id\": \"w\", \"name\": \"李\", \"area\": \"g1\", \"role\": \"FULL_TIME\", \"age\": 3}", GridWorker.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("unknown field 'age'")
        .hasCauseInstanceOf(DatasetFormatException.class);
  }

  @Test
  void partsInsideCollections() throws Exception {
    List<GridWorker> ws = List.of(GridWorker.builder().id("w").name("李").areaId("g1").role(GridWorkerRole.FULL_TIME).phone("13912345678").build());
    String json = mapper.writeValueAsString(ws);
    assertThat(json).contains("139****5678").doesNotContain("13912345678");
  }

  @Test
  void profiles_roundTrip() throws Exception {
    for (StandardsProfile p : BuiltInProfiles.all()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(p), StandardsProfile.class)).isEqualTo(p);
    }
  }

  @Test
  void reports_areWrittenInTheReportFormat() throws Exception {
    var report = ComplianceEngine.of(BuiltInProfiles.get("cn-national")).check(ModelArbitraries.grow(1, 2));
    var json = mapper.readTree(mapper.writeValueAsString(report));
    assertThat(json.get("format").asText()).isEqualTo("jiceng.report/1");
    assertThat(json.get("findings").size()).isEqualTo(report.getFindings().size());
  }
}
