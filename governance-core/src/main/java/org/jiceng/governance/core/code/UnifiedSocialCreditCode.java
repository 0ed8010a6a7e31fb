package org.jiceng.governance.core.code;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters = registration
 * authority (1) + organization class (1) + division code of the registering authority (6) +
 * organization code (9, GB 11714) + check character.
 *
 * <p>The alphabet is 0–9 and A–Y without I, O, S, V and Z (31 symbols, A = 10 … Y = 30). The
 * weight of position i (1-based) is 3^(i−1) mod 31 and the check character is 31 − (Σ mod 31),
 * where 31 stands for 0. {@link #parse} requires the check character to be right.
 *
 * <p>The embedded organization code carries its own GB 11714 check (weights 3,7,9,10,5,8,4,2;
 * 11 − (Σ mod 11), 10 → X, 11 → 0). Many real codes, such as those of individual businesses,
 * carry a body that is not a GB 11714 code at all, so that check is reported separately by
 * {@link #isOrganizationCodeValid()} and never fails the parse.
 *
 * <p>Lower-case letters are accepted and upper-cased; {@code toString()} is the canonical
 * upper-case text.
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract class UnifiedSocialCreditCode implements Comparable<UnifiedSocialCreditCode> {
  private static final int LENGTH = 18;
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  UnifiedSocialCreditCode() {}

  /**
   * Parses an 18-character unified social credit code and checks its check character.
   *
   * @param text the code, not null
   * @return the code, upper-cased
   * @throws CodeFormatException naming the position of the first character outside the alphabet,
   *     an unknown registration authority, a non-digit in the division part, or the check
   *     character that was expected
   */
  public static UnifiedSocialCreditCode parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().toUpperCase(java.util.Locale.ROOT);
    if (s.length() != LENGTH) {
      throw new CodeFormatException(
          CodeKind.CREDIT,
          text.toString(),
          -1,
          CodeFormatException.Problem.LENGTH,
          LENGTH,
          s.length());
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = s.charAt(i);
      if (ALPHABET.indexOf(c) < 0) {
        throw new CodeFormatException(
            CodeKind.CREDIT,
            text.toString(),
            i,
            CodeFormatException.Problem.CREDIT_CHARACTER,
            c);
      }
    }
    if (RegistrationAuthority.of(s.charAt(0)).isEmpty()) {
      throw new CodeFormatException(
          CodeKind.CREDIT,
          s,
          0,
          CodeFormatException.Problem.REGISTRATION_AUTHORITY,
          s.charAt(0));
    }
    for (int i = 2; i < 8; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new CodeFormatException(
            CodeKind.CREDIT, s, i, CodeFormatException.Problem.DIVISION_DIGIT, c);
      }
    }
    char expected = checkCharacter(s);
    if (s.charAt(17) != expected) {
      throw new CodeFormatException(
          CodeKind.CREDIT,
          s,
          17,
          CodeFormatException.Problem.CHECK_CHARACTER,
          expected,
          s.charAt(17));
    }
    return ImmutableUnifiedSocialCreditCode.of(s);
  }

  /**
   * Computes the check character for the first 17 characters of a code.
   *
   * @param first17 at least 17 characters of the credit code alphabet, not null
   * @return the check character
   * @throws IllegalArgumentException if fewer than 17 characters are given or one is outside
   *     the alphabet
   */
  public static char checkCharacter(CharSequence first17) {
    requireNonNull(first17, "first17");
    if (first17.length() < 17) {
      throw new IllegalArgumentException(
          "Expected at least 17 characters, found " + first17.length() + ": '" + first17 + "'");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(Character.toUpperCase(first17.charAt(i)));
      if (v < 0) {
        throw new IllegalArgumentException(
            "Character '" + first17.charAt(i) + "' at position " + (i + 1) + " is outside the alphabet");
      }
      sum += v * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return ALPHABET.charAt(check == 31 ? 0 : check);
  }

  /**
   * Returns the 18-character canonical text.
   *
   * @return the code, not null
   */
  @Value.Parameter
  public abstract String getValue();

  /**
   * Returns the registration authority of the first character.
   *
   * @return the authority, not null
   */
  public RegistrationAuthority getRegistrationAuthority() {
    return RegistrationAuthority.of(getValue().charAt(0)).orElseThrow();
  }

  /**
   * Returns the organization class of the first two characters.
   *
   * @return the class, {@link OrganizationClass#OTHER} when the pair is not in the table
   */
  public OrganizationClass getOrganizationClass() {
    return OrganizationClass.of(getRegistrationAuthority(), getValue().charAt(1));
  }

  /**
   * Returns the 6-digit division code of the registering authority (characters 3–8).
   *
   * @return six digits
   */
  public String getDivisionPrefix() {
    return getValue().substring(2, 8);
  }

  /**
   * Returns the embedded organization code (characters 9–17) in the usual {@code XXXXXXXX-X}
   * form.
   *
   * @return the organization code
   */
  public String getOrganizationCode() {
    return getValue().substring(8, 16) + "-" + getValue().charAt(16);
  }

  /**
   * Tells whether the embedded organization code passes its own GB 11714 check.
   *
   * @return true when the ninth character of the organization code is the GB 11714 check
   */
  public boolean isOrganizationCodeValid() {
    return getOrganizationCodeProblem().isEmpty();
  }

  /**
   * Explains why the embedded organization code fails its GB 11714 check.
   *
   * @return the reason, or empty when the organization code is valid
   */
  public Optional<String> getOrganizationCodeProblem() {
    String v = getValue();
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = v.charAt(8 + i);
      int value = c <= '9' ? c - '0' : c - 'A' + 10;
      sum += value * ORG_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    char actual = v.charAt(16);
    return actual == expected
        ? Optional.empty()
        : Optional.of(
            "organization code "
                + getOrganizationCode()
                + " should end in check character '"
                + expected
                + "', found '"
                + actual
                + "'");
  }

  @Override
  public int compareTo(UnifiedSocialCreditCode other) {
    return getValue().compareTo(other.getValue());
  }

  /**
   * Returns the canonical text, which {@link #parse} reads back.
   *
   * @return the 18 characters
   */
  @Override
  public String toString() {
    return getValue();
  }
}
