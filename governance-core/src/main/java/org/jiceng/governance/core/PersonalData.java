package org.jiceng.governance.core;

import org.jiceng.governance.core.code.ResidentIdNumber;

/**
 * The one masking policy for personal data (个人信息保护法) that reaches text: messages, {@code
 * toString()}, reports and the command line. Anything shaped like a resident identity number or a
 * mainland mobile number is masked, wherever it stands; the caller who needs the full value asks
 * the value itself (e.g. {@link ResidentIdNumber#toFullString()}).
 *
 * <p>Shapes, each a run of ASCII digits not preceded or followed by another digit:
 *
 * <ul>
 *   <li>18 characters, 17 digits and a digit or {@code X}: an identity number, valid or not;
 *       masked as {@link ResidentIdNumber#mask} does ({@code 110105********002X});
 *   <li>15 digits: a first-generation identity number ({@code 110105*********1});
 *   <li>11 digits beginning {@code 13}..{@code 19}: a mobile number ({@code 138****5678}), also
 *       with the country code {@code 86} before it (13 digits).
 * </ul>
 *
 * <p>Masked text contains no run of that shape, so masking twice changes nothing more.
 *
 * @since 0.2
 */
public final class PersonalData {
  private PersonalData() {}

  /**
   * Masks every identity or mobile number in a text.
   *
   * @param text the text, not null
   * @return the text with those numbers masked; the same string when there is none
   */
  public static String mask(CharSequence text) {
    String s = text.toString();
    StringBuilder out = null;
    int copied = 0;
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      int end = i;
      if (end - start == 17 && end < n && (s.charAt(end) == 'X' || s.charAt(end) == 'x')) {
        end++;
        i++;
      }
      String masked = maskRun(s.substring(start, end));
      if (masked != null) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(s, copied, start).append(masked);
        copied = end;
      }
    }
    if (out == null) {
      return s;
    }
    return out.append(s, copied, n).toString();
  }

  /**
   * Tells whether a text holds an identity or mobile number that {@link #mask} would mask.
   *
   * @param text the text, not null
   * @return true when masking would change it
   */
  public static boolean containsPersonalData(CharSequence text) {
    return !mask(text).contentEquals(text);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The masked form of a maximal run, or null when the run is not personal data. */
  private static String maskRun(String run) {
    switch (run.length()) {
      case 18:
      case 15:
        return ResidentIdNumber.mask(run);
      case 11:
        return mobile(run, 0);
      case 13:
        return run.startsWith("86") ? mobile(run, 2) : null;
      default:
        return null;
    }
  }

  private static String mobile(String run, int from) {
    char second = run.charAt(from + 1);
    if (run.charAt(from) != '1' || second < '3') {
      return null;
    }
    return run.substring(0, from + 3) + "****" + run.substring(from + 7);
  }
}
