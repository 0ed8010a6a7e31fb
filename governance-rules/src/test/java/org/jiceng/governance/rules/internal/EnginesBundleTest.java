package org.jiceng.governance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jiceng.governance.core.InvalidValueException;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.rules.compliance.DisplayNames;
import org.jiceng.governance.rules.demand.DemandLevel;
import org.jiceng.governance.rules.demand.DemandStatus;
import org.jiceng.governance.rules.ledger.AccountKind;
import org.jiceng.governance.rules.ledger.LedgerException;
import org.jiceng.governance.rules.ledger.LedgerUnit;
import org.junit.jupiter.api.Test;

/**
 * The engines' messages ({@value EngineText#BUNDLE}): the same keys with the same placeholders in
 * the root (English), English and Chinese bundles; the Chinese texts are Chinese; every key the
 * sources name and every constant a refusal may show has a text.
 */
class EnginesBundleTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private static Properties load(String suffix) throws IOException {
    Properties p = new Properties();
    String name = "/" + EngineText.BUNDLE.replace('.', '/') + suffix + ".properties";
    try (InputStream in = EnginesBundleTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void bundles_haveTheSameKeysAndPlaceholders() throws IOException {
    Properties root = load("");
    Properties en = load("_en");
    Properties zh = load("_zh_CN");
    assertThat(en.stringPropertyNames()).isEqualTo(root.stringPropertyNames());
    assertThat(zh.stringPropertyNames()).isEqualTo(root.stringPropertyNames());
    for (String key : root.stringPropertyNames()) {
      assertThat(en.getProperty(key)).as(key).isEqualTo(root.getProperty(key));
      assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(root.getProperty(key)));
    }
  }

  /** A Chinese text that reads the same as the English one would be a text nobody translated. */
  @Test
  void chineseTexts_areChinese() throws IOException {
    Properties en = load("_en");
    Properties zh = load("_zh_CN");
    for (String key : zh.stringPropertyNames()) {
      String text = zh.getProperty(key);
      if (!PLACEHOLDER.matcher(text).replaceAll("").matches("(?s).*\\p{L}.*")) {
        continue;  // only arguments and punctuation
      }
      assertThat(text).as(key).isNotEqualTo(en.getProperty(key)).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void everyKeyTheSourcesNameAndEveryShownConstant_exists() throws IOException {
    Set<String> named = new TreeSet<>();
    Pattern call = Pattern.compile("(?:EngineArgumentException\\()?\"((?:demand|visit|ledger|kind)\\.[a-z][a-z0-9.-]*[a-z0-9]"
        + "|(?<=EngineArgumentException\\(\")[a-z][a-z0-9.-]*[a-z0-9])\"");
    Pattern what = Pattern.compile("positive\\(o, [^,]+, \"([a-z]+)\"\\)");
    Pattern idKind = Pattern.compile("id\\(op, \"([a-z ]+)\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String text = Files.readString(f);
        Matcher m = call.matcher(text);
        while (m.find()) {
          named.add(m.group(1));
        }
        Matcher w = what.matcher(text);
        while (w.find()) {
          named.add("ledger.what." + w.group(1));
        }
        Matcher k = idKind.matcher(text);
        while (k.find()) {
          named.add("ledger.id." + k.group(1).replace(' ', '-'));
        }
      }
    }
    assertThat(named).contains("demand.status", "visit.id-reused", "visit.blank", "ledger.no-account", "ledger.what.earned",
        "ledger.id.confirming-worker", "kind.range", "scorecard.weights", "generate.communities").hasSizeGreaterThan(60);
    for (Enum<?> e : Stream.of(DemandStatus.values(), DemandLevel.values(), LedgerException.Reason.values(), AccountKind.values(),
        LedgerUnit.values()).flatMap(Stream::of).toArray(Enum<?>[]::new)) {
      named.add(e.getDeclaringClass().getSimpleName() + "." + e.name());
    }
    assertThat(load("").stringPropertyNames()).containsAll(named);
  }

  /**
   * The core keeps its own names of the constants its refusals show (it cannot read this
   * module's {@link DisplayNames}): they are the same names, in both languages.
   */
  @Test
  void coreNamesOfConstants_areTheDisplayNames() {
    for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
      for (Enum<?> e : Stream.of(AreaLevel.values(), PartyOrganizationKind.values(), GridWorkerRole.values())
          .flatMap(Stream::of).toArray(Enum<?>[]::new)) {
        String shown = new InvalidValueException("Area", "a", InvalidValueException.Problem.CARE_TAGS_NOT_ON_HOUSEHOLD, e)
            .getMessage(locale);
        assertThat(shown).as("%s %s", locale, e).contains(DisplayNames.of(e, locale));
      }
    }
  }
}
