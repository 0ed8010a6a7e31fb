package org.jiceng.governance.rules.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.Localizable;
import org.jiceng.governance.core.internal.Texts;
import org.jiceng.governance.rules.compliance.DisplayNames;

/**
 * Renders the engines' refusals (demand board, visit log, ledger) and the profile's words from the
 * bundle {@value #BUNDLE}, in Chinese or English; not API.
 *
 * <p>An argument is shown by its kind: an enum constant by its name in this bundle (key {@code
 * SimpleClassName.CONSTANT}), else in {@link DisplayNames}, else by its constant; a collection by
 * its elements joined as the language lists things; a {@link Localizable} in the same language;
 * anything else by {@code String.valueOf} (numbers without grouping).
 */
public final class EngineText {
  /** The engines' bundle of messages. */
  public static final String BUNDLE = "org.jiceng.governance.rules.internal.Engines";

  private EngineText() {}

  /**
   * Renders a message, masked and escaped for one line.
   *
   * @param locale the language, not null
   * @param key the key in {@value #BUNDLE}
   * @param args the arguments
   * @return the text
   */
  public static String render(Locale locale, String key, Object... args) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    return DisplayText.of(Texts.format(locale, b.getString(key), args, a -> argument(b, locale, a)));
  }


  private static String argument(ResourceBundle b, Locale locale, Object a) {
    if (a instanceof Enum<?>) {
      Enum<?> e = (Enum<?>) a;
      String key = Texts.key(e);
      if (b.containsKey(key)) {
        return b.getString(key);
      }
      ResourceBundle names = ResourceBundle.getBundle(DisplayNames.BUNDLE, locale);
      return names.containsKey(key) ? names.getString(key) : e.name();
    }
    if (a instanceof Collection<?>) {
      return Texts.list(locale, (Collection<?>) a, x -> argument(b, locale, x));
    }
    if (a instanceof Localizable) {
      return ((Localizable) a).getMessage(locale);
    }
    return String.valueOf(a);
  }
}
