package org.jiceng.governance.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.internal.Texts;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.junit.jupiter.api.Test;

/**
 * The core's messages ({@value Texts#BUNDLE}): the same keys with the same placeholders in the
 * root (English), English and Chinese bundles; the Chinese texts are Chinese; every key the
 * sources name, every problem of {@link InvalidValueException} and every enum constant a message
 * may show has a text.
 */
class MessagesBundleTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  static Properties load(String suffix) throws IOException {
    Properties p = new Properties();
    String name = "/" + Texts.BUNDLE.replace('.', '/') + suffix + ".properties";
    try (InputStream in = MessagesBundleTest.class.getResourceAsStream(name)) {
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
    assertThat(root.stringPropertyNames()).hasSizeGreaterThan(70);
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
    Pattern literal = Pattern.compile("\"((?:jurisdiction|value)\\.[a-z][a-z0-9.-]*[a-z0-9])\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = literal.matcher(Files.readString(f));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    assertThat(named).hasSizeGreaterThan(15);
    for (InvalidValueException.Problem p : InvalidValueException.Problem.values()) {
      named.add("value." + p.name());
    }
    for (Enum<?> e : Stream.of(AreaLevel.values(), PartyOrganizationKind.values(), GridWorkerRole.values(),
        org.jiceng.governance.core.jurisdiction.ProblemKind.values())
        .flatMap(Stream::of).toArray(Enum<?>[]::new)) {
      named.add(e.getDeclaringClass().getSimpleName() + "." + e.name());
    }
    assertThat(load("").stringPropertyNames()).containsAll(named);
  }
}
