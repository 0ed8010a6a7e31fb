package org.jiceng.governance.examples.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine.Option;

/**
 * {@code --lang zh|en}, on every command. When it is not given, the tool's one language setting
 * decides ({@link Jiceng#language}: {@code JICENG_LANG}, else the locale, else Chinese).
 */
final class LanguageOption {
  /** The tool's messages: errors, summaries, progress. */
  static final String MESSAGES = "org.jiceng.governance.examples.cli.Messages";

  /** Languages. */
  enum Lang {
    zh(Locale.SIMPLIFIED_CHINESE),
    en(Locale.ENGLISH);

    final Locale locale;

    Lang(Locale locale) {
      this.locale = locale;
    }
  }

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", descriptionKey = "lang")
  Lang lang = Lang.zh;

  /**
   * The chosen language as a locale.
   *
   * @return {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}
   */
  Locale locale() {
    return lang.locale;
  }

  /**
   * Tells whether the chosen language is English.
   *
   * @return true for {@code en}
   */
  boolean isEnglish() {
    return lang == Lang.en;
  }

  /**
   * The tool's messages in the chosen language.
   *
   * @return the bundle
   */
  ResourceBundle messages() {
    return ResourceBundle.getBundle(MESSAGES, lang.locale);
  }
}
