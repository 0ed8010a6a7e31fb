package org.jiceng.governance.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.testing.BundleChecks;
import org.junit.jupiter.api.Test;

/**
 * The formats' messages ({@value Msg#BUNDLE}): the same keys with the same placeholders in the
 * root (English), English and Chinese bundles; every key the readers name exists; the Chinese
 * texts are Chinese.
 */
class MessagesBundleTest {
  @Test
  void bundles_haveTheSameKeysAndPlaceholders() {
    Properties root = BundleChecks.assertSameKeysAndPlaceholders(getClass(), Msg.BUNDLE);
    assertThat(root.stringPropertyNames()).hasSizeGreaterThan(40);
  }

  /** A Chinese text that reads the same as the English one would be a text nobody translated. */
  @Test
  void chineseTexts_areChinese() {
    assertThat(BundleChecks.untranslated(load(""), load("_zh_CN"), (key, texts) -> key.equals("what.boolean"))).isEmpty();
  }

  static Properties load(String suffix) {
    return BundleChecks.load(MessagesBundleTest.class, Msg.BUNDLE, suffix);
  }

  @Test
  void everyKeyTheReadersName_exists() throws IOException {
    Properties root = load("");
    Set<String> named = BundleChecks.keysNamedInSources(Pattern.compile("(?:Msg\\.of|fail|expected)\\(\"([a-z][a-z0-9.-]*[a-z0-9])\""));
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
