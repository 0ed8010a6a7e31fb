package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.jiceng.governance.core.testing.BundleChecks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17: the tool's bundles (messages, help, HTML reports) have the same keys with the same
 * placeholders in English and in Chinese, and a Chinese text is Chinese.
 */
class CliBundlesTest {
  @ParameterizedTest
  @ValueSource(strings = {LanguageOption.MESSAGES, Jiceng.HELP, "org.jiceng.governance.examples.report.Html"})
  void bundle_hasTheSameKeysAndPlaceholdersInBothLanguages(String bundle) {
    Properties root = BundleChecks.load(CliBundlesTest.class, bundle, "");
    Properties zh = BundleChecks.load(CliBundlesTest.class, bundle, "_zh_CN");
    Properties en = BundleChecks.load(CliBundlesTest.class, bundle, "_en");
    assertThat(root).as(bundle).isNotNull();
    assertThat(zh).as(bundle + "_zh_CN").isNotNull();
    // The English texts: the _en bundle where there is one (the root is then a copy of one language), else the root.
    Properties english = en != null ? en : root;
    assertThat(root.stringPropertyNames()).as(bundle).isEqualTo(english.stringPropertyNames());
    assertThat(zh.stringPropertyNames()).as(bundle).isEqualTo(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(BundleChecks.placeholders(zh.getProperty(key))).as("%s %s", bundle, key)
          .isEqualTo(BundleChecks.placeholders(english.getProperty(key)));
    }
    // A usage example is a command line, the same in both languages; a single letter is no word.
    assertThat(BundleChecks.untranslated(english, zh, (key, texts) -> isCommandLine(texts[0], texts[1]) || !hasWord(texts[0])))
        .as(bundle + ": Chinese texts that are not Chinese").isEmpty();
  }

  private static boolean isCommandLine(String english, String zh) {
    return english.contains("jiceng ") && zh.equals(english) && !english.contains(". ");
  }

  private static boolean hasWord(String english) {
    return english.replaceAll("\\{\\d+}", "").matches("(?s).*\\p{L}{2}.*");
  }
}
