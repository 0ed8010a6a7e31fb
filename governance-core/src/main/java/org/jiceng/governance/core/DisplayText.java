package org.jiceng.governance.core;

/**
 * Makes untrusted text safe to print: control characters, escape sequences and bidirectional
 * overrides are written as {@code \\uXXXX}, so that a value in a file can neither clear a terminal
 * nor forge a line of a report, and personal data is masked by {@link PersonalData#mask}.
 *
 * <p>Escaped: the C0 controls (U+0000..U+001F, line breaks and tabs included: a message is one
 * line), DEL and the C1 controls (U+007F..U+009F), the line and paragraph separators (U+2028,
 * U+2029) and the bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A..U+202E,
 * U+2066..U+2069). A backslash is not escaped, so escaping twice changes nothing more.
 *
 * @since 0.2
 */
public final class DisplayText {
  private DisplayText() {}

  /**
   * Escapes and masks a value for a one-line message.
   *
   * @param text the text, not null
   * @return the text, escaped and masked
   */
  public static String of(CharSequence text) {
    return escape(PersonalData.mask(text), false);
  }

  /**
   * Escapes the characters listed above.
   *
   * @param text the text, not null
   * @param keepLineBreaks whether to keep {@code \n}, {@code \r} and {@code \t} as they are (for
   *     text of several lines, such as a whole report)
   * @return the escaped text; the same string when nothing needed escaping
   */
  public static String escape(CharSequence text, boolean keepLineBreaks) {
    String s = text.toString();
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean escape = isUnsafe(c) && !(keepLineBreaks && (c == '\n' || c == '\r' || c == '\t'));
      if (escape && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (escape) {
          out.append(String.format("\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * Tells whether a character is one this class escapes.
   *
   * @param c the character
   * @return true for controls, separators and bidirectional formatting characters
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x061C || c == 0x200E || c == 0x200F
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * Returns the name of a value's type as the library shows it: the abstract value class's simple
   * name ({@code Accrue}, {@code Tagged}, {@code Area}), never the class Immutables generates for it
   * ({@code ImmutableAccrue}). Formats write it as an event's or operation's {@code type}, and
   * messages name the kind of a value with it.
   *
   * @param type the value's class, not null
   * @return the simple name of the value type
   * @since 0.2
   */
  public static String typeName(Class<?> type) {
    Class<?> shown = type;
    Class<?> parent = type.getSuperclass();
    if (type.getSimpleName().startsWith("Immutable") && parent != null && parent.getPackage() == type.getPackage()) {
      shown = parent;
    }
    return shown.getSimpleName();
  }

  /**
   * Writes a value as {@code Type{name=value, …}}, the shape of the library's {@code toString()},
   * escaped and masked as {@link #of} does. Every value type of the library prints itself through
   * this method, so that a name, id or note holding an identity or mobile number is masked when
   * printed, wherever in the value it stands. Absent values (null, an empty {@code Optional},
   * {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}) are left out, present
   * ones are unwrapped.
   *
   * @param type the name of the value's type, not null
   * @param namesAndValues each attribute's name followed by its value, as many pairs as the value
   *     has attributes; names not null
   * @return the text, escaped and masked
   * @throws IllegalArgumentException if a name has no value
   * @since 0.2
   */
  public static String ofValue(String type, Object... namesAndValues) {
    java.util.Objects.requireNonNull(type, "type");
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("expected pairs of name and value, found " + namesAndValues.length + " items");
    }
    StringBuilder sb = new StringBuilder(type).append('{');
    String separator = "";
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = present(namesAndValues[i + 1]);
      if (value != null) {
        sb.append(separator).append(java.util.Objects.requireNonNull(namesAndValues[i], "name")).append('=').append(value);
        separator = ", ";
      }
    }
    return of(sb.append('}'));
  }

  /** The value an optional holds, or null when it is absent. */
  private static Object present(Object value) {
    if (value instanceof java.util.Optional<?> o) {
      return o.orElse(null);
    } else if (value instanceof java.util.OptionalInt o) {
      return o.isPresent() ? o.getAsInt() : null;
    } else if (value instanceof java.util.OptionalLong o) {
      return o.isPresent() ? o.getAsLong() : null;
    } else if (value instanceof java.util.OptionalDouble o) {
      return o.isPresent() ? o.getAsDouble() : null;
    }
    return value;
  }
}
