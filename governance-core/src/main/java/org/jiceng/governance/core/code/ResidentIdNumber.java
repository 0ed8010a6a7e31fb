package org.jiceng.governance.core.code;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Resident identity number (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth
 * date, 3-digit sequence (odd for men) and a check character. The check character is chosen so
 * that Σ(digit × weight) mod 11 indexes {@code 1 0 X 9 8 7 6 5 4 3 2} with weights 7, 9, 10, 5,
 * 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2.
 *
 * <p>This is personal data. {@link #toString()} is masked ({@code 110102********0078}) and so are
 * the texts of the exceptions {@link #parse} throws; the full number comes only from {@link
 * #toFullString()}, which callers should use only where the full number is needed. A lower-case
 * {@code x} is accepted and upper-cased.
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract class ResidentIdNumber {
  private static final int LENGTH = 18;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECKS = "10X98765432";

  /** The length of a first-generation number (GB 11643-1989). */
  public static final int FIRST_GENERATION_LENGTH = 15;

  ResidentIdNumber() {}

  /**
   * Parses an 18-character resident identity number.
   *
   * @param text the number, not null
   * @return the number
   * @throws CodeFormatException (with a masked text) naming the first non-digit, an impossible
   *     birth date, or the check character that was expected
   */
  public static ResidentIdNumber parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    if (s.length() != LENGTH) {
      throw new CodeFormatException(
          CodeKind.RESIDENT_ID,
          mask(s),
          -1,
          CodeFormatException.Problem.LENGTH,
          LENGTH,
          s.length());
    }
    if (s.charAt(17) == 'x') {
      s = s.substring(0, 17) + 'X';
    }
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        // The character itself is not quoted when it sits in the masked part.
        throw i >= 6 && i < 14
            ? new CodeFormatException(CodeKind.RESIDENT_ID, mask(s), i, CodeFormatException.Problem.NOT_DIGIT_MASKED)
            : new CodeFormatException(CodeKind.RESIDENT_ID, mask(s), i, CodeFormatException.Problem.NOT_DIGIT, c);
      }
    }
    char last = s.charAt(17);
    if ((last < '0' || last > '9') && last != 'X') {
      throw new CodeFormatException(
          CodeKind.RESIDENT_ID, mask(s), 17, CodeFormatException.Problem.NOT_DIGIT_OR_X, last);
    }
    try {
      LocalDate.of(
          Integer.parseInt(s.substring(6, 10)),
          Integer.parseInt(s.substring(10, 12)),
          Integer.parseInt(s.substring(12, 14)));
    } catch (DateTimeException e) {
      throw new CodeFormatException(
          CodeKind.RESIDENT_ID, mask(s), 6, CodeFormatException.Problem.BIRTH_DATE);
    }
    char expected = checkCharacter(s);
    if (last != expected) {
      throw new CodeFormatException(
          CodeKind.RESIDENT_ID,
          mask(s),
          17,
          CodeFormatException.Problem.CHECK_CHARACTER,
          expected,
          last);
    }
    return ImmutableResidentIdNumber.of(s);
  }

  /**
   * Converts a first-generation number (GB 11643-1989: 15 digits, a two-digit birth year in the
   * 1900s, no check character) into the 18-character number it became under GB 11643-1999: the
   * century {@code 19} inserted before the year and the check character computed.
   *
   * <pre>{@code
   * ResidentIdNumber.fromFirstGeneration("110105491231002")  // 11010519491231002X
   * }</pre>
   *
   * @param text the 15-digit number, not null
   * @return the 18-character number
   * @throws CodeFormatException (with a masked text) naming a non-digit or an impossible birth date
   */
  public static ResidentIdNumber fromFirstGeneration(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    if (s.length() != FIRST_GENERATION_LENGTH) {
      throw new CodeFormatException(CodeKind.RESIDENT_ID, mask(s), -1, CodeFormatException.Problem.DIGITS_LENGTH, FIRST_GENERATION_LENGTH, s.length());
    }
    for (int i = 0; i < FIRST_GENERATION_LENGTH; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw i >= 6 && i < 12
            ? new CodeFormatException(CodeKind.RESIDENT_ID, mask(s), i, CodeFormatException.Problem.NOT_DIGIT_MASKED)
            : new CodeFormatException(CodeKind.RESIDENT_ID, mask(s), i, CodeFormatException.Problem.NOT_DIGIT, c);
      }
    }
    try {
      LocalDate.of(1900 + Integer.parseInt(s.substring(6, 8)), Integer.parseInt(s.substring(8, 10)), Integer.parseInt(s.substring(10, 12)));
    } catch (DateTimeException e) {
      throw new CodeFormatException(CodeKind.RESIDENT_ID, mask(s), 6, CodeFormatException.Problem.BIRTH_DATE_1900S);
    }
    String first17 = s.substring(0, 6) + "19" + s.substring(6);
    return parse(first17 + checkCharacter(first17));
  }

  /**
   * Computes the check character for the first 17 digits.
   *
   * @param first17 at least 17 digits, not null
   * @return the check character, a digit or {@code X}
   * @throws IllegalArgumentException if fewer than 17 characters are given or one is not a digit
   */
  public static char checkCharacter(CharSequence first17) {
    requireNonNull(first17, "first17");
    if (first17.length() < 17) {
      throw new IllegalArgumentException(
          "Expected at least 17 digits, found " + first17.length() + " characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = first17.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("Expected a digit at position " + (i + 1));
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECKS.charAt(sum % 11);
  }

  /**
   * Masks a number for display: the first 6 and last 4 characters are kept, the 8 between are
   * stars. Text of another length is masked from position 7 on, keeping at most the last 4.
   *
   * @param text the text to mask, not null
   * @return the masked text
   */
  public static String mask(CharSequence text) {
    String s = text.toString();
    if (s.length() <= 6) {
      return "*".repeat(s.length());
    }
    int keepEnd = Math.min(4, Math.max(0, s.length() - 14));
    return s.substring(0, 6)
        + "*".repeat(s.length() - 6 - keepEnd)
        + s.substring(s.length() - keepEnd);
  }

  /** The full number; package-private so that only {@link #toFullString()} gives it out. */
  @Value.Parameter
  abstract String value();

  /**
   * Returns the full 18-character number. Personal data: use only where the full number is
   * required, never in logs.
   *
   * @return the full number
   */
  public String toFullString() {
    return value();
  }

  /**
   * Returns the masked form, e.g. {@code 110102********0078}.
   *
   * @return the masked number
   */
  public String getMasked() {
    return mask(value());
  }

  /**
   * Returns the 6-digit address code (county of first registration).
   *
   * @return six digits
   */
  public String getAddressCode() {
    return value().substring(0, 6);
  }

  /**
   * Returns the birth date.
   *
   * @return the date, not null
   */
  public LocalDate getBirthDate() {
    String v = value();
    return LocalDate.of(
        Integer.parseInt(v.substring(6, 10)),
        Integer.parseInt(v.substring(10, 12)),
        Integer.parseInt(v.substring(12, 14)));
  }

  /**
   * Returns the sex coded by the 17th digit.
   *
   * @return the sex, not null
   */
  public Sex getSex() {
    return (value().charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * Returns the masked form; see {@link #toFullString()} for the number itself.
   *
   * @return the masked number
   */
  @Override
  public String toString() {
    return getMasked();
  }
}
