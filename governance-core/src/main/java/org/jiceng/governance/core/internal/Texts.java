package org.jiceng.governance.core.internal;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.Identified;
import org.jiceng.governance.core.area.Area;

/**
 * Renders the core's messages from the bundle {@value #BUNDLE} (zh-CN and en); not API.
 *
 * <p>An argument is shown by its kind: an enum constant by its display name (key {@code
 * SimpleClassName.CONSTANT}), a collection by its elements joined as the language lists things, a
 * part of a jurisdiction ({@link Identified}) as "the grid 'g1'" (key {@code the.area} for an
 * area, {@code the.TypeName} for the others), anything else by {@code String.valueOf} (numbers
 * without grouping).
 */
public final class Texts {
  /** The core's bundle of messages. */
  public static final String BUNDLE = "org.jiceng.governance.core.Messages";

  private Texts() {}

  /**
   * Renders a message, masked and escaped for one line.
   *
   * @param locale the language, not null
   * @param key the key in {@value #BUNDLE}
   * @param args the arguments
   * @return the text
   */
  public static String render(Locale locale, String key, List<?> args) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    return DisplayText.of(format(b, locale, b.getString(key), args.toArray()));
  }

  /**
   * Renders the text of a key without arguments, or a fallback when the bundle has none.
   *
   * @param locale the language, not null
   * @param key the key
   * @param fallback the text when the bundle lacks the key
   * @return the text
   */
  public static String nameOr(Locale locale, String key, String fallback) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    return b.containsKey(key) ? DisplayText.of(format(b, locale, b.getString(key))) : DisplayText.of(fallback);
  }

  private static String format(ResourceBundle b, Locale locale, String pattern, Object... args) {
    return format(locale, pattern, args, a -> argument(b, locale, a));
  }

  /**
   * Fills a pattern's placeholders, each argument shown as {@code shown} says; shared with the
   * rules' engine messages (this package is exported to the rules module only).
   *
   * @param locale the language, not null
   * @param pattern a {@link MessageFormat} pattern
   * @param args the arguments
   * @param shown how one argument is shown
   * @return the text, not yet escaped
   */
  public static String format(Locale locale, String pattern, Object[] args, Function<Object, String> shown) {
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = shown.apply(args[i]);
    }
    return new MessageFormat(pattern, locale).format(texts);
  }

  /**
   * Lists items as the language lists things: "a、b" in Chinese, "a, b" otherwise.
   *
   * @param locale the language, not null
   * @param items the items
   * @param shown how one item is shown
   * @return the list
   */
  public static String list(Locale locale, Collection<?> items, Function<Object, String> shown) {
    String separator = "zh".equals(locale.getLanguage()) ? "、" : ", ";
    return items.stream().map(shown).collect(Collectors.joining(separator));
  }

  /**
   * Returns the bundle key of an enum constant's display name, {@code SimpleClassName.CONSTANT}.
   *
   * @param constant the constant
   * @return the key
   */
  public static String key(Enum<?> constant) {
    return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
  }


  private static String argument(ResourceBundle b, Locale locale, Object a) {
    if (a instanceof Enum<?>) {
      return b.getString(key((Enum<?>) a));
    }
    if (a instanceof Collection<?>) {
      return list(locale, (Collection<?>) a, x -> argument(b, locale, x));
    }
    if (a instanceof Area) {
      Area area = (Area) a;
      return format(b, locale, b.getString("the.area"), area.getLevel(), area.getId());
    }
    if (a instanceof Identified) {
      return format(b, locale, b.getString("the." + DisplayText.typeName(a.getClass())), ((Identified) a).getId());
    }
    return String.valueOf(a);
  }
}
