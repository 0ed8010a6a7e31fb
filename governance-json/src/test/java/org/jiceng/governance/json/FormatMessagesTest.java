package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jiceng.governance.json.Texts.in;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.junit.jupiter.api.Test;

/**
 * Every format's problems in both languages: the same bad file read in English and in Chinese
 * gives the English and the Chinese message, and the Chinese one keeps no English lead.
 */
class FormatMessagesTest {
  private static final Locale EN = Locale.ENGLISH;
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  /** Reads a text in a language; throws the format's exception. */
  private interface Reader {
    void read(String text, Locale locale);
  }

  private static final List<Object[]> FORMATS = List.of(
      new Object[] {"jiceng.dataset/1", (Reader) (t, l) -> DatasetReader.strict().withLocale(l).read(in(t), "f.json")},
      new Object[] {"jiceng.community/1", (Reader) (t, l) -> CommunityLinesFormat.strict().withLocale(l).readLine(t, "f.jsonl", 3)},
      new Object[] {"jiceng.profile/1", (Reader) (t, l) -> ProfileFormat.read(in(t), "f.json", BuiltInProfiles::find, l)},
      new Object[] {"jiceng.demand-events/1", (Reader) (t, l) -> DemandEventsFormat.read(in(t), "f.json", l)},
      new Object[] {"jiceng.demand-board/1", (Reader) (t, l) -> DemandBoardFormat.read(in(t), "f.json", l)},
      new Object[] {"jiceng.demand-scenario/1", (Reader) (t, l) -> DemandScenarioFormat.read(in(t), "f.json", l)},
      new Object[] {"jiceng.points-scenario/1", (Reader) (t, l) -> PointsScenarioFormat.read(in(t), "f.json", l)},
      new Object[] {"jiceng.visits/1", (Reader) (t, l) -> VisitsFormat.read(in(t), "f.json", l)},
      new Object[] {"jiceng.ledger-operations/1", (Reader) (t, l) -> LedgerOperationsFormat.read(in(t), "f.json", l)});

  private static String message(Reader r, String text, Locale locale) {
    FormatException e = catchThrowableOfType(FormatException.class, () -> r.read(text, locale));
    assertThat(e).as(text).isNotNull();
    return e.getFirstProblem().getMessage();
  }

  private static void forEachFormat(BiConsumer<String, Reader> test) {
    for (Object[] f : FORMATS) {
      test.accept((String) f[0], (Reader) f[1]);
    }
  }

  @Test
  void wrongFormatName_inBothLanguages() {
    forEachFormat((format, r) -> {
      String bad = "{\"format\": 5}";
      assertThat(message(r, bad, EN)).as(format).isEqualTo("expected \"" + format + "\", found 5");
      assertThat(message(r, bad, ZH)).as(format).isEqualTo("应为\"" + format + "\"，实际为5");
    });
  }

  @Test
  void notAnObject_inBothLanguages() {
    forEachFormat((format, r) -> {
      assertThat(message(r, "[]", EN)).as(format).startsWith("expected a " + format + " document (an object), found an array");
      assertThat(message(r, "[]", ZH)).as(format).startsWith("应为" + format + " 文档（对象），实际为数组");
    });
  }

  @Test
  void unknownField_inBothLanguages() {
    forEachFormat((format, r) -> {
      String bad = "{\"format\": \"" + format + "\", \"frobnicate\": 1}";
      assertThat(message(r, bad, EN)).as(format).startsWith("unknown field 'frobnicate'; expected one of ");
      assertThat(message(r, bad, ZH)).as(format).startsWith("未知字段“frobnicate”；应为以下之一：");
    });
  }

  /** Jackson's own text stays, after a translated lead and without Jackson's internal location text. */
  @Test
  void malformedJson_keepsJacksonsDetailUnderATranslatedLead() {
    forEachFormat((format, r) -> {
      String en = message(r, "{\"format\" 1}", EN);
      String zh = message(r, "{\"format\" 1}", ZH);
      assertThat(en).as(format).startsWith("malformed JSON: Unexpected character");
      assertThat(zh).as(format).startsWith("JSON 格式错误：Unexpected character");
      assertThat(zh.substring("JSON 格式错误：".length())).isEqualTo(en.substring("malformed JSON: ".length()));
      assertThat(zh).doesNotContain("Source:", "REDACTED");
    });
  }

  @Test
  void duplicateKey_inBothLanguages() {
    forEachFormat((format, r) -> {
      String bad = "{\"format\": \"" + format + "\", \"format\": \"" + format + "\"}";
      assertThat(message(r, bad, EN)).as(format).isEqualTo("duplicate key 'format'; expected each key once");
      assertThat(message(r, bad, ZH)).as(format).isEqualTo("重复的键 'format'；每个键只能出现一次");
    });
  }

  @Test
  void emptyDocument_inBothLanguages() {
    forEachFormat((format, r) -> {
      String bad = "\uFEFF";
      // A lone byte-order mark, then nothing: the end of the input where a document was expected.
      assertThat(message(r, bad, EN)).as(format).contains("the end of the input");
      assertThat(message(r, bad, ZH)).as(format).contains("输入结尾");
    });
  }

  @Test
  void datasetProblems_inChinese() {
    String doc = "{\"format\": \"jiceng.dataset/1\", \"county\": {\"id\": \"c\", \"name\": \"C\", \"divisionCode\": \"21132400100A\"}}";
    String zh = message((t, l) -> DatasetReader.strict().withLocale(l).read(in(t), "f.json"), doc, ZH);
    assertThat(zh).isEqualTo("应为统计用区划代码：统计用区划代码“21132400100A”无效（第12位）：应为数字，实际为'A'");
    String households = "{\"format\": \"jiceng.dataset/1\", \"county\": {\"id\": \"c\", \"name\": \"C\", \"households\": \"三百\"}}";
    assertThat(message((t, l) -> DatasetReader.strict().withLocale(l).read(in(t), "f.json"), households, ZH))
        .isEqualTo("应为不小于0的整数，实际为\"三百\"");
    assertThat(message((t, l) -> DatasetReader.strict().withLocale(l).read(in(t), "f.json"), households, EN))
        .isEqualTo("expected a whole number >= 0, found \"三百\"");
    String noName = "{\"format\": \"jiceng.dataset/1\", \"county\": {\"id\": \"c\"}}";
    assertThat(message((t, l) -> DatasetReader.strict().withLocale(l).read(in(t), "f.json"), noName, ZH))
        .isEqualTo("县（区）缺少必填字段'name'");
  }

  /**
   * Issue 17: a value the model's structural check refuses, and a broken reference of the
   * jurisdiction, are worded in the reader's language, not in English under a Chinese lead.
   */
  @Test
  void modelRefusals_inTheReadersLanguage() {
    Reader dataset = (t, l) -> DatasetReader.strict().withLocale(l).read(in(t), "f.json");
    String urban = "{\"format\": \"jiceng.dataset/1\", \"county\": {\"id\": \"c\", \"name\": \"C\","
        + " \"permanentResidents\": 10, \"urbanPermanentResidents\": 11}}";
    assertThat(message(dataset, urban, ZH))
        .isEqualTo("数据不成立：区域“c”：城镇常住人口（urbanPermanentResidents）11超过常住人口（permanentResidents）10");
    assertThat(message(dataset, urban, EN)).endsWith("Area 'c': urbanPermanentResidents 11 exceeds permanentResidents 10");
    String parent = "{\"format\": \"jiceng.dataset/1\", \"county\": {\"id\": \"c\", \"name\": \"C\"},"
        + " \"partyOrganizations\": [{\"id\": \"o1\", \"kind\": \"BRANCH\", \"name\": \"O\", \"parent\": \"x1\"}]}";
    assertThat(message(dataset, parent, ZH)).isEqualTo("“o1”：上级“x1”不存在").doesNotContainPattern("[a-z]{3}");
    assertThat(message(dataset, parent, EN)).isEqualTo("'o1': parent 'x1' does not exist");
  }

  /** Identity numbers stay masked in Chinese messages as in English ones. */
  @Test
  void personalData_staysMaskedInBothLanguages() {
    String doc = "{\"format\": \"jiceng.dataset/1\", \"county\": {\"id\": \"c\", \"name\": \"C\", \"households\": \"110105194912310021\"}}";
    for (Locale l : List.of(EN, ZH)) {
      String m = message((t, loc) -> DatasetReader.strict().withLocale(loc).read(in(t), "f.json"), doc, l);
      assertThat(m).doesNotContain("110105194912310021").contains("********");
    }
  }

  @Test
  void defaultLocale_isJicengsLanguageSetting() {
    assertThat(DatasetReader.strict().getLocale()).isEqualTo(Languages.fromEnvironment());
    assertThat(CommunityLinesFormat.lenient().getLocale()).isEqualTo(Languages.fromEnvironment());
    assertThat(DatasetReader.lenient().withLocale(ZH).withMaxProblems(3).withCharset(java.nio.charset.StandardCharsets.UTF_8).getLocale())
        .isEqualTo(ZH);
  }

  @Test
  void validator_wordsProblemsInItsLocale() {
    ValidationResult r = DatasetValidator.usingProfileNamedInFile().withLocale(ZH).withLenient(true)
        .validate(in("{\"format\": \"jiceng.dataset/1\", \"profile\": \"nowhere\", \"county\": {\"id\": \"c\", \"name\": \"C\"}}"), "f.json");
    assertThat(r.getProblems()).isNotEmpty();
    assertThat(r.getProblems().get(0).getMessage()).startsWith("未知的标准配置“nowhere”");
  }

  @Test
  void jacksonModule_wordsReadingProblemsInItsLocale() {
    ObjectMapper zh = new ObjectMapper().registerModule(new GovernanceModule(java.util.Set.of(), ZH));
    ObjectMapper en = new ObjectMapper().registerModule(new GovernanceModule(java.util.Set.of(), EN));
    String json = "\"21132400100A\"";
    assertThat(catchThrowableOfType(JsonMappingException.class, () -> zh.readValue(json, DivisionCode.class)).getOriginalMessage())
        .startsWith("统计用区划代码“21132400100A”无效（第12位）");
    assertThat(catchThrowableOfType(JsonMappingException.class, () -> en.readValue(json, DivisionCode.class)).getOriginalMessage())
        .startsWith("Invalid division code '21132400100A' at position 12");
    String unit = "{\"id\": \"u\", \"name\": \"U\", \"kind\": 7}";
    assertThat(catchThrowableOfType(JsonMappingException.class,
        () -> zh.readValue(unit, org.jiceng.governance.core.unit.CoBuildingUnit.class)).getOriginalMessage()).startsWith("应为以下之一：");
  }
}
