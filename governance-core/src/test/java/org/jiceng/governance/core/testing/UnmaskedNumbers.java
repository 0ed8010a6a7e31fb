package org.jiceng.governance.core.testing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scan for personal data that output must never show: identity and mobile numbers in full
 * (issue 14). Written independently of {@code PersonalData.mask}, so that a shape the masking
 * misses is still found. Shared by the output scan of the command line and the {@code
 * toString()} scan of the value types.
 */
public final class UnmaskedNumbers {
  private UnmaskedNumbers() {}

  /** An identity number with a check letter. */
  public static final String ID = "11010519491231002X";
  /** An identity number of 18 digits. */
  public static final String ID_DIGITS = "110105194912310021";
  /** An identity number with a birth date that does not exist. */
  public static final String ID_BAD_DATE = "110105194913310028";
  /** A first-generation identity number (15 digits). */
  public static final String ID_15 = "110105491231002";
  /** A mobile number. */
  public static final String PHONE = "13812345678";
  /** Every sample number. */
  public static final List<String> NUMBERS = List.of(ID, ID_DIGITS, ID_BAD_DATE, ID_15, PHONE);
  /** Any identity or mobile number, unmasked: what no output may contain. */
  public static final Pattern UNMASKED = Pattern.compile("(?<![0-9])(1[3-9][0-9]{9}|[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])");

  /**
   * Returns the first unmasked identity or mobile number in a text.
   *
   * @param text the text
   * @return the number, empty when there is none
   */
  public static Optional<String> find(CharSequence text) {
    Matcher m = UNMASKED.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }
}
