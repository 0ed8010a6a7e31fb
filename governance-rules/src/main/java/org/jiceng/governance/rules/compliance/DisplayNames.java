package org.jiceng.governance.rules.compliance;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Names of the enums a person reads (area levels, organization kinds, facility kinds, posts,
 * grade systems, advice kinds) in zh-CN and en, so that messages never show an internal constant
 * such as {@code MICRO_GRID}. The names live in the bundle {@value #BUNDLE}, keyed by the enum's
 * simple class name and the constant ({@code AreaLevel.MICRO_GRID=微网格}).
 *
 * @since 0.2
 */
public final class DisplayNames {
  /** The resource bundle of display names. */
  public static final String BUNDLE = "org.jiceng.governance.rules.compliance.DisplayNames";

  /** Marks a message argument that names enum constants by their keys, comma-separated. */
  static final String REFERENCE = "\u0000names:";

  private DisplayNames() {}

  static String key(Enum<?> value) {
    return value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  /** Renders a message argument: display names for a {@link #REFERENCE}, else the argument itself. */
  static String render(String argument, Locale locale) {
    if (!argument.startsWith(REFERENCE)) {
      return argument;
    }
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    String sep = "zh".equals(locale.getLanguage()) ? "、" : ", ";
    return java.util.Arrays.stream(argument.substring(REFERENCE.length()).split(","))
        .map(b::getString).collect(Collectors.joining(sep));
  }

  /**
   * Returns the name of a constant in a language.
   *
   * @param value the constant, not null
   * @param locale the language, not null
   * @return the display name
   * @throws java.util.MissingResourceException if the bundle lacks the constant, a bug of ours
   */
  public static String of(Enum<?> value, Locale locale) {
    requireNonNull(value, "value");
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, requireNonNull(locale, "locale"));
    return b.getString(key(value));
  }

  /**
   * Returns the names of several constants, joined the way the language lists things.
   *
   * @param values the constants, not null
   * @param locale the language, not null
   * @return the names, joined with "、" in Chinese and ", " otherwise
   */
  public static String ofAll(Collection<? extends Enum<?>> values, Locale locale) {
    String sep = "zh".equals(locale.getLanguage()) ? "、" : ", ";
    return values.stream().map(v -> of(v, locale)).collect(Collectors.joining(sep));
  }
}
