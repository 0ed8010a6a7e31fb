package org.jiceng.governance.core;

import java.util.Locale;

/**
 * A refusal or problem that a person reads, put into words in the reader's language: Chinese
 * ({@link Locale#SIMPLIFIED_CHINESE}) or English ({@link Locale#ENGLISH}); another locale falls
 * back as {@link java.util.ResourceBundle} does. Personal data in the text is masked and control
 * characters are escaped ({@link DisplayText}).
 *
 * <p>An exception that implements it keeps {@link Throwable#getMessage()} in English, like the
 * JDK's; a reader, a validator or the command-line tool asks for {@link #getMessage(Locale)} in
 * its own language, so that a translated lead is never followed by an English detail.
 *
 * @since 0.2
 */
public interface Localizable {
  /**
   * Returns the text in a language.
   *
   * @param locale the language, not null
   * @return the text, masked and escaped, not null
   */
  String getMessage(Locale locale);

  /**
   * Returns the message of a failure in a language: {@link #getMessage(Locale)} for a {@code
   * Localizable}, else {@link Throwable#getMessage()} (another library's text, or a programmer
   * error that stays in English like the JDK's), masked and escaped.
   *
   * @param failure the failure, not null
   * @param locale the language, not null
   * @return the message, not null
   */
  static String messageOf(Throwable failure, Locale locale) {
    java.util.Objects.requireNonNull(locale, "locale");
    if (failure instanceof Localizable) {
      return ((Localizable) failure).getMessage(locale);
    }
    return DisplayText.of(String.valueOf(failure.getMessage()));
  }
}
