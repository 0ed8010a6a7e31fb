package org.jiceng.governance.core.internal;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = argument(b, locale, args[i]);
    }
    return new MessageFormat(pattern, locale).format(shown);
  }

  private static String argument(ResourceBundle b, Locale locale, Object a) {
    if (a instanceof Enum<?>) {
      Enum<?> e = (Enum<?>) a;
      return b.getString(e.getDeclaringClass().getSimpleName() + "." + e.name());
    }
    if (a instanceof Collection<?>) {
      String sep = "zh".equals(locale.getLanguage()) ? "、" : ", ";
      return ((Collection<?>) a).stream().map(x -> argument(b, locale, x)).collect(Collectors.joining(sep));
    }
    if (a instanceof Area) {
      Area area = (Area) a;
      return format(b, locale, b.getString("the.area"), area.getLevel(), area.getId());
    }
    if (a instanceof Identified) {
      return format(b, locale, b.getString("the." + typeName(a.getClass())), ((Identified) a).getId());
    }
    return String.valueOf(a);
  }

  /**
   * Returns the name of a model type as the bundle's keys name it: {@code CommunityWorker} for
   * the generated {@code ImmutableCommunityWorker} too.
   *
   * @param type the class
   * @return the simple name of the abstract value type
   */
  public static String typeName(Class<?> type) {
    String name = type.getSimpleName();
    return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
  }
}
