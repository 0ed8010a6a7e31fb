package org.jiceng.governance.json;

import java.util.Locale;

/**
 * The one language setting of jiceng, shared by the library's renderers and the command-line
 * tool: {@code JICENG_LANG} ({@code zh} or {@code en}), else the default locale when it is
 * Chinese or English, else Chinese. Text is rendered in {@link Locale#SIMPLIFIED_CHINESE} or
 * {@link Locale#ENGLISH}; every method that renders text also takes a {@code Locale}, so that a
 * caller can decide without this setting.
 */
public final class Languages {
  /** The environment variable that names the language: {@code zh} or {@code en}. */
  public static final String ENVIRONMENT_VARIABLE = "JICENG_LANG";

  private Languages() {}

  /**
   * Resolves the language from a setting and a locale.
   *
   * @param setting the value of {@code JICENG_LANG}, may be null; anything but {@code zh} or
   *     {@code en} (in any case) is ignored
   * @param locale the default locale, not null
   * @return {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}
   */
  public static Locale resolve(String setting, Locale locale) {
    java.util.Objects.requireNonNull(locale, "locale");
    if (setting != null && setting.equalsIgnoreCase("en")) {
      return Locale.ENGLISH;
    }
    if (setting != null && setting.equalsIgnoreCase("zh")) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    return locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  /**
   * Resolves the language of this process: {@code JICENG_LANG}, else {@link Locale#getDefault()}.
   *
   * @return {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}
   */
  public static Locale fromEnvironment() {
    return resolve(System.getenv(ENVIRONMENT_VARIABLE), Locale.getDefault());
  }
}
