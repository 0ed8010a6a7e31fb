package org.jiceng.governance.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every registered rule (built-in or loaded) must keep. */
class RuleContractTest {
  static Stream<Rule> rules() {
    return RuleCatalog.load().stream();
  }

  private static Properties bundle(Rule rule, String suffix) throws IOException {
    Properties p = new Properties();
    String path = "/" + rule.getBundle().replace('.', '/') + suffix + ".properties";
    try (InputStream in = RuleContractTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rule_hasAStableIdAndMessagesInEveryLocale(Rule rule) throws IOException {
    assertThat(rule.getId()).matches("[a-z]+(\\.[a-z0-9-]+)+");
    assertThat(rule.getMessageKeys()).contains(rule.getId() + ".description");
    Properties zh = bundle(rule, "_zh_CN");
    Properties en = bundle(rule, "_en");
    for (String key : rule.getMessageKeys()) {
      assertThat(zh.getProperty(key)).as("zh " + key).isNotBlank();
      assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
      assertThat(zh.getProperty(key)).as("zh is Chinese: " + key).matches("(?s).*\\p{IsHan}.*");
    }
    assertThat(rule.getParameters()).allMatch(k -> Parameters.find(k.getId()).isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rule_isDeterministic(Rule rule) {
    Fixture f = new Fixture();
    f.urbanResidents = 8000;
    f.gridCadre = false;
    f.principalGrade = 2;
    var j = f.build();
    var engine = ComplianceEngine.of(Fixture.PROFILE, java.util.List.of(rule));
    assertThat(engine.check(j)).isEqualTo(engine.check(j));
  }

  @Test
  void ids_areUnique() {
    Set<String> ids = new HashSet<>();
    assertThat(RuleCatalog.load()).allMatch(r -> ids.add(r.getId()));
  }

  @Test
  void serviceLoader_findsAndRunsAUserRule() {
    assertThat(RuleCatalog.find("test.short-name")).isPresent();
    ComplianceReport r = ComplianceEngine.of(Fixture.PROFILE).check(new Fixture().build());
    Finding f = r.getFindings().stream().filter(x -> x.getRule().equals("test.short-name")).findFirst().orElseThrow();
    assertThat(f.getMessage(Locale.ENGLISH)).isEqualTo("The name 社区 is short");
    assertThat(f.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("名称社区过短");
  }

  @Test
  void engine_rejectsNull() {
    assertThatThrownBy(() -> ComplianceEngine.of(null)).isInstanceOf(NullPointerException.class);
    var engine = ComplianceEngine.of(BuiltInProfiles.get("cn-national"));
    assertThatThrownBy(() -> engine.check(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> engine.start(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void profileSwitchingARuleOff_dropsIt() {
    var off = org.jiceng.governance.rules.profile.StandardsProfile.draft("off", "1", "关", "Off", Fixture.TEST)
        .extending(Fixture.PROFILE).rule("grid.full-time-worker", false, Fixture.TEST).build();
    Fixture f = new Fixture();
    f.fullTimeWorker = false;
    assertThat(ComplianceEngine.of(off, RuleCatalog.builtIn()).check(f.build()).getFindings()).isEmpty();
  }
}
