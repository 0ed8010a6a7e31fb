package org.jiceng.governance.rules.internal;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.Localizable;

/**
 * A value of the engines refused by its structural check, or data an engine cannot take, in
 * Chinese or English: an {@link IllegalArgumentException} as the refusal always was, whose {@link
 * #getMessage()} is English and {@link #getMessage(Locale)} is in the reader's language. Not API:
 * callers catch {@code IllegalArgumentException} and ask {@link Localizable} for the language.
 */
public final class EngineArgumentException extends IllegalArgumentException implements Localizable {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] arguments;

  /**
   * Creates the refusal.
   *
   * @param key the key of the message in {@value EngineText#BUNDLE}
   * @param arguments its arguments
   */
  public EngineArgumentException(String key, Object... arguments) {
    super(DisplayText.of(EngineText.render(Locale.ENGLISH, key, arguments)));
    this.key = key;
    this.arguments = arguments.clone();
  }

  @Override
  public String getMessage(Locale locale) {
    requireNonNull(locale, "locale");
    // After deserialization only the English text is left.
    return arguments == null ? getMessage() : EngineText.render(locale, key, arguments);
  }
}
