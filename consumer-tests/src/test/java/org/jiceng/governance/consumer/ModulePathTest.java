package org.jiceng.governance.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.governance.json.DatasetValidator;
import org.jiceng.governance.json.DatasetWriter;
import org.jiceng.governance.json.ValidationResult;
import org.jiceng.governance.rules.compliance.Rule;
import org.jiceng.governance.rules.compliance.RuleCatalog;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.scenario.SyntheticJurisdictions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consumer module and the libraries run as named modules, and the library works there. */
class ModulePathTest {
  static final List<String> LIBRARIES =
      List.of("org.jiceng.governance.core", "org.jiceng.governance.rules", "org.jiceng.governance.json");

  private static Module library(String name) {
    return ModuleLayer.boot().findModule(name).orElseThrow(() -> new AssertionError(name + " is not a named module"));
  }

  @Test
  void consumer_isANamedModuleReadingTheLibrariesByTheirDescriptors() {
    Module consumer = Embedding.class.getModule();
    assertThat(consumer.getName()).isEqualTo("org.jiceng.governance.consumer");
    for (String name : LIBRARIES) {
      Module lib = library(name);
      assertThat(lib.getDescriptor().isAutomatic()).as(name).isFalse();
      assertThat(consumer.canRead(lib)).as(name).isTrue();
    }
    // requires transitive: the consumer names only the JSON module, yet reads Guava and Jackson.
    assertThat(ImmutableList.class.getModule().getName()).isEqualTo("com.google.common");
    assertThat(consumer.canRead(ImmutableList.class.getModule())).isTrue();
    assertThat(consumer.canRead(ObjectMapper.class.getModule())).isTrue();
    assertThat(consumer.canRead(Validation.class.getModule())).isTrue();
  }

  @Test
  void internalPackages_areNeitherExportedNorOpenedExceptTheValidators() {
    for (String name : LIBRARIES) {
      Module lib = library(name);
      Set<String> exported = lib.getDescriptor().exports().stream()
          .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
      for (String pkg : lib.getPackages()) {
        boolean internal = pkg.contains(".internal") || pkg.endsWith(".deser") || pkg.endsWith(".ser");
        assertThat(exported.contains(pkg)).as(pkg).isEqualTo(!internal && !pkg.endsWith(".schema"));
      }
    }
    assertThat(library("org.jiceng.governance.core").isOpen("org.jiceng.governance.core.internal.validation")).isTrue();
    assertThat(library("org.jiceng.governance.rules").isOpen("org.jiceng.governance.rules.internal")).isFalse();
  }

  @Test
  void validator_readsACleanSampleWithoutFindings() {
    ValidationResult r = Embedding.validate(Path.of(System.getProperty("jiceng.sample")));
    assertThat(r.isReadable()).isTrue();
    assertThat(r.getCommunities()).isEqualTo(16);
    assertThat(r.getFindings()).isEmpty();
  }

  @Test
  void validator_checksAWrittenCountyWithMessagesInChineseAndEnglish(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("county.json");
    SyntheticJurisdictions county = SyntheticJurisdictions.builder().profile(BuiltInProfiles.get("liaoning-kaiyuan"))
        .communities(40).seed(7).violationRate(0.5).build();
    try (OutputStream out = Files.newOutputStream(file)) {
      DatasetWriter.standard().withProfile("liaoning-kaiyuan").write(county, out);
    }
    ValidationResult r = Embedding.validate(file);
    assertThat(r.isReadable()).isTrue();
    assertThat(r.getCommunities()).isEqualTo(40);
    assertThat(r.getFindings()).isNotEmpty();
    ImmutableList<String> zh = Embedding.messages(r.getFindings(), Locale.CHINA);
    ImmutableList<String> en = Embedding.messages(r.getFindings(), Locale.ENGLISH);
    for (int i = 0; i < zh.size(); i++) {
      String key = r.getFindings().get(i).getMessageKey();
      assertThat(zh.get(i)).doesNotContain(key).containsPattern("\\p{IsHan}");
      assertThat(en.get(i)).doesNotContain(key).doesNotContainPattern("\\p{IsHan}[\\p{IsHan}]{3}").isNotEqualTo(zh.get(i));
    }
  }

  @Test
  void builtInRules_areServiceProvidersFromTheRulesModule() {
    List<Rule> builtIn = RuleCatalog.builtIn();
    assertThat(builtIn).hasSize(30);
    assertThat(builtIn.get(0).getId()).isEqualTo("hierarchy.area-chain");
    Module rules = library("org.jiceng.governance.rules");
    for (Rule r : builtIn) {
      assertThat(r.getClass().getModule()).isEqualTo(rules);
      assertThat(rules.isExported(r.getClass().getPackageName())).as(r.getId()).isFalse();
    }
    List<Rule> loaded = RuleCatalog.load();
    assertThat(loaded.subList(0, builtIn.size())).containsExactlyElementsOf(builtIn);
    assertThat(loaded.subList(builtIn.size(), loaded.size())).singleElement().isInstanceOf(TrialNameRule.class);
  }

  /**
   * Issue 13: a user's rule provided by a named module finds the messages in its own module's
   * bundle (a package not exported, opened only to the rules module), in findings and in its
   * description. Before, findings looked the bundle up in the rules module and failed.
   */
  @Test
  void userRule_onTheModulePath_rendersItsMessagesFromItsOwnModule(@TempDir Path dir) throws IOException {
    Module consumer = TrialNameRule.class.getModule();
    assertThat(consumer.isExported("org.jiceng.governance.consumer.messages")).isFalse();
    assertThat(consumer.isOpen("org.jiceng.governance.consumer.messages")).isFalse();
    assertThat(consumer.isOpen("org.jiceng.governance.consumer.messages", Rule.class.getModule())).isTrue();
    SyntheticJurisdictions county = SyntheticJurisdictions.builder().profile(BuiltInProfiles.get("liaoning-kaiyuan"))
        .communities(3).seed(11).violationRate(0).build();
    ObjectMapper mapper = new ObjectMapper();
    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
        DatasetWriter.standard().withProfile("liaoning-kaiyuan").writeToString(county.toJurisdiction()));
    var community = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("streets").get(0).get("communities").get(0);
    community.put("name", "测试社区");
    Path file = dir.resolve("trial.json");
    mapper.writeValue(file.toFile(), tree);

    ValidationResult r = Embedding.validate(file);
    List<org.jiceng.governance.rules.compliance.Finding> mine =
        r.getFindings().stream().filter(f -> f.getRule().equals("consumer.trial-name")).toList();
    assertThat(mine).singleElement().satisfies(f -> {
      assertThat(f.getBundleModule()).contains("org.jiceng.governance.consumer");
      assertThat(f.getMessage(Locale.CHINA)).isEqualTo("社区“测试社区”仍使用试点占位名称。");
      assertThat(f.getMessage(Locale.ENGLISH)).isEqualTo("Community '测试社区' still carries a trial placeholder name.");
    });
    Rule rule = RuleCatalog.find("consumer.trial-name").orElseThrow();
    assertThat(rule.getMessages(Locale.CHINA).getString("consumer.trial-name.description")).isEqualTo("社区仍使用试点占位名称。");
  }

  @Test
  void beanValidation_findsTheValidatorsOfTheConstraintAnnotations() {
    assertThat(Embedding.violations(new Resident("11010519491231002X", "110105000000"), Locale.CHINA)).isEmpty();
    assertThat(Embedding.violations(new Resident("110105194912310021", "1101"), Locale.CHINA)).satisfiesExactly(
        m -> assertThat(m).startsWith("idNumber: 必须是出生日期有效、校验码正确的18位公民身份号码: ").doesNotContain("110105194912310021"),
        m -> assertThat(m).startsWith("registeredIn: 必须是12位统计用区划代码: "));
    assertThat(Embedding.violations(new Resident("110105194912310021", "1101"), Locale.ENGLISH)).satisfiesExactly(
        m -> assertThat(m).startsWith("idNumber: must be an 18-character resident identity number with a real birth date and a"
            + " correct check character: ").doesNotContain("110105194912310021"),
        m -> assertThat(m).startsWith("registeredIn: must be a 12-digit statistical division code: "));
  }

  @Test
  void jacksonModule_isFoundAsAServiceProvider() {
    assertThat(ObjectMapper.findModules()).anyMatch(m -> m.getClass().getName().equals("org.jiceng.governance.json.GovernanceModule"));
  }

  @Test
  void schemas_areReadableFromAnotherModule() throws IOException {
    try (InputStream in = DatasetValidator.class.getModule()
        .getResourceAsStream("org/jiceng/governance/json/schema/jiceng.dataset-1.schema.json")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("jiceng.dataset/1");
    }
  }

  /**
   * Issue 17: each library finds its own bundle of refusals when another module asks for the
   * text (the core's in an exported package, the engines' in a package it does not export).
   */
  @Test
  void refusals_areWordedInBothLanguagesOnTheModulePath() {
    org.jiceng.governance.core.InvalidValueException value = org.assertj.core.api.Assertions.catchThrowableOfType(
        org.jiceng.governance.core.InvalidValueException.class,
        () -> org.jiceng.governance.core.area.Area.builder().id("g1").level(org.jiceng.governance.core.area.AreaLevel.GRID)
            .name("一网格").households(-1).build());
    assertThat(value.getMessage(Locale.CHINA)).isEqualTo("区域“g1”：“households”应不小于0，实际为-1");
    assertThat(value.getMessage(Locale.ENGLISH)).isEqualTo("Area 'g1': households must be >= 0, found -1");
    org.jiceng.governance.core.jurisdiction.JurisdictionException broken = org.assertj.core.api.Assertions.catchThrowableOfType(
        org.jiceng.governance.core.jurisdiction.JurisdictionException.class,
        () -> org.jiceng.governance.core.jurisdiction.Jurisdiction.builder().addAreas(org.jiceng.governance.core.area.Area.builder()
            .id("c").level(org.jiceng.governance.core.area.AreaLevel.COMMUNITY).name("C").build()).build());
    assertThat(broken.getProblems().get(0).getMessage(Locale.CHINA)).isEqualTo("根是社区，应为县（区）或街道");
    org.jiceng.governance.rules.demand.DemandTransitionException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
        org.jiceng.governance.rules.demand.DemandTransitionException.class,
        () -> org.jiceng.governance.rules.demand.DemandBoard.replay(List.of(
            org.jiceng.governance.rules.demand.DemandEvent.Resolved.of("e1", "d1", java.time.Instant.parse("2025-06-22T09:00:00Z")))));
    assertThat(refused.getMessage(Locale.CHINA)).isEqualTo("事件“e1”（Resolved，诉求“d1”）被拒绝：没有提交过该诉求");
    assertThat(org.jiceng.governance.rules.profile.Parameters.GRID_HOUSEHOLDS.getKind(Locale.CHINA)).isEqualTo("“min..max”形式的范围");
    assertThat(org.jiceng.governance.core.code.DivisionCode.parse("211324700001").getRangeWarnings(Locale.CHINA))
        .containsExactly("乡级代码 700 超出 001-599 的范围");
  }
}
