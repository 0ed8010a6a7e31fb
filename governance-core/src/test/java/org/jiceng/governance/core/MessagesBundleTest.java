package org.jiceng.governance.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.internal.Texts;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.testing.BundleChecks;
import org.junit.jupiter.api.Test;

/**
 * The core's messages ({@value Texts#BUNDLE}): the same keys with the same placeholders in the
 * root (English), English and Chinese bundles; the Chinese texts are Chinese; every key the
 * sources name, every problem of {@link InvalidValueException} and every enum constant a message
 * may show has a text.
 */
class MessagesBundleTest {
  @Test
  void bundles_haveTheSameKeysAndPlaceholders() {
    Properties root = BundleChecks.assertSameKeysAndPlaceholders(getClass(), Texts.BUNDLE);
    assertThat(root.stringPropertyNames()).hasSizeGreaterThan(40);
  }

  /** A Chinese text that reads the same as the English one would be a text nobody translated. */
  @Test
  void chineseTexts_areChinese() {
    assertThat(BundleChecks.untranslated(load(""), load("_zh_CN"), (key, texts) -> false)).isEmpty();
  }

  static Properties load(String suffix) {
    return BundleChecks.load(MessagesBundleTest.class, Texts.BUNDLE, suffix);
  }

  @Test
  void everyKeyTheSourcesNameAndEveryShownConstant_exists() throws IOException {
    Set<String> named = BundleChecks.keysNamedInSources(Pattern.compile("\"((?:jurisdiction|value)\\.[a-z][a-z0-9.-]*[a-z0-9])\""));
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
