package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17: the tool's bundles (messages, help, HTML reports) have the same keys with the same
 * placeholders in English and in Chinese, and a Chinese text is Chinese.
 */
class CliBundlesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CliBundlesTest.class.getResourceAsStream("/" + name.replace('.', '/') + ".properties")) {
      if (in == null) {
        return null;
      }
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

  @ParameterizedTest
  @ValueSource(strings = {LanguageOption.MESSAGES, Jiceng.HELP, "org.jiceng.governance.examples.report.Html"})
  void bundle_hasTheSameKeysAndPlaceholdersInBothLanguages(String bundle) throws IOException {
    Properties root = load(bundle);
    Properties zh = load(bundle + "_zh_CN");
    Properties en = load(bundle + "_en");
    assertThat(root).as(bundle).isNotNull();
    assertThat(zh).as(bundle + "_zh_CN").isNotNull();
    // The English texts: the _en bundle where there is one (the root is then a copy of one language), else the root.
    Properties english = en != null ? en : root;
    assertThat(root.stringPropertyNames()).as(bundle).isEqualTo(english.stringPropertyNames());
    assertThat(zh.stringPropertyNames()).as(bundle).isEqualTo(english.stringPropertyNames());
    List<String> untranslated = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      String text = zh.getProperty(key);
      String englishText = english.getProperty(key);
      assertThat(placeholders(text)).as("%s %s", bundle, key).isEqualTo(placeholders(englishText));
      boolean words = PLACEHOLDER.matcher(englishText).replaceAll("").matches("(?s).*\\p{L}{2}.*");
      // A usage example is a command line, the same in both languages.
      boolean commandLine = englishText.contains("jiceng ") && text.equals(englishText) && !englishText.contains(". ");
      if (words && !commandLine && (text.equals(englishText) || !text.matches("(?s).*\\p{IsHan}.*"))) {
        untranslated.add(key);
      }
    }
    assertThat(untranslated).as(bundle + ": Chinese texts that are not Chinese").isEmpty();
  }
}
