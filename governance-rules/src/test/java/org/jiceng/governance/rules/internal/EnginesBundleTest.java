package org.jiceng.governance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
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
import org.jiceng.governance.core.testing.BundleChecks;
import org.junit.jupiter.api.Test;

/**
 * The engines' messages ({@value EngineText#BUNDLE}): the same keys with the same placeholders in
 * the root (English), English and Chinese bundles; the Chinese texts are Chinese; every key the
 * sources name and every constant a refusal may show has a text.
 */
class EnginesBundleTest {
  @Test
  void bundles_haveTheSameKeysAndPlaceholders() {
    Properties root = BundleChecks.assertSameKeysAndPlaceholders(getClass(), EngineText.BUNDLE);
    assertThat(root.stringPropertyNames()).hasSizeGreaterThan(40);
  }

  /** A Chinese text that reads the same as the English one would be a text nobody translated. */
  @Test
  void chineseTexts_areChinese() {
    assertThat(BundleChecks.untranslated(load(""), load("_zh_CN"), (key, texts) -> false)).isEmpty();
  }

  static Properties load(String suffix) {
    return BundleChecks.load(EnginesBundleTest.class, EngineText.BUNDLE, suffix);
  }

  @Test
  void everyKeyTheSourcesNameAndEveryShownConstant_exists() throws IOException {
    Set<String> named = new TreeSet<>();
    Pattern call = Pattern.compile("(?:EngineArgumentException\\()?\"((?:demand|visit|ledger|kind)\\.[a-z][a-z0-9.-]*[a-z0-9]"
        + "|(?<=EngineArgumentException\\(\")[a-z][a-z0-9.-]*[a-z0-9])\"");
    Pattern what = Pattern.compile("positive\\(o, [^,]+, \"([a-z]+)\"\\)");
    Pattern idKind = Pattern.compile("id\\(op, \"([a-z ]+)\"");
    named.addAll(BundleChecks.keysNamedInSources(call));
    BundleChecks.keysNamedInSources(what).forEach(w -> named.add("ledger.what." + w));
    BundleChecks.keysNamedInSources(idKind).forEach(k -> named.add("ledger.id." + k.replace(' ', '-')));
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
