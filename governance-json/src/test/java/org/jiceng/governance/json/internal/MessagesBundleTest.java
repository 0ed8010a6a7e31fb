package org.jiceng.governance.json.internal;

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
import org.jiceng.governance.core.area.AreaLevel;
import org.junit.jupiter.api.Test;

/**
 * The formats' messages ({@value Msg#BUNDLE}): the same keys with the same placeholders in the
 * root (English), English and Chinese bundles; every key the readers name exists; the Chinese
 * texts are Chinese.
 */
class MessagesBundleTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private static Properties load(String suffix) throws IOException {
    Properties p = new Properties();
    String name = "/" + Msg.BUNDLE.replace('.', '/') + suffix + ".properties";
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
      String stripped = PLACEHOLDER.matcher(text).replaceAll("");
      if (!stripped.matches("(?s).*\\p{L}.*") || key.equals("what.boolean")) {
        continue;  // only arguments and punctuation, or JSON's own words
      }
      assertThat(text).as(key).isNotEqualTo(en.getProperty(key)).containsPattern("\\p{IsHan}");
    }
  }

  /** Every key the sources name (and the keys made from area levels and roles) is in the bundle. */
  @Test
  void everyKeyTheReadersName_exists() throws IOException {
    Properties root = load("");
    Set<String> named = new TreeSet<>();
    Pattern call = Pattern.compile("(?:Msg\\.of|fail|expected)\\(\"([a-z][a-z0-9.-]*[a-z0-9])\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = call.matcher(Files.readString(f));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    for (AreaLevel level : AreaLevel.values()) {
      named.add("what.area." + level.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    named.add("role.area");
    named.add("role.compound");
    assertThat(named).hasSizeGreaterThan(60);
    assertThat(root.stringPropertyNames()).containsAll(named);
  }

  @Test
  void render_nestsMessagesAndShowsNumbersAsWritten() {
    Msg m = Msg.of("expected", Msg.of("what.whole-number", 1900), Msg.literal("12345"));
    assertThat(m.render(Locale.ENGLISH)).isEqualTo("expected a whole number >= 1900, found 12345");
    assertThat(m.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("应为不小于1900的整数，实际为12345");
  }
}
