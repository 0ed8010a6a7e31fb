package org.jiceng.governance.core.testing;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.code.ResidentIdNumber;
import org.jiceng.governance.core.code.UnifiedSocialCreditCode;

/** Generators of valid codes, shared by every property test of the codes. */
public final class CodeArbitraries {
  static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private CodeArbitraries() {}

  /**
   * Valid division codes of every level, including township and village digits outside the
   * conventional ranges.
   *
   * @return the arbitrary
   */
  public static Arbitrary<DivisionCode> divisionCodes() {
    Arbitrary<Integer> province = Arbitraries.integers().between(1, 99);
    Arbitrary<Integer> two = Arbitraries.integers().between(1, 99);
    Arbitrary<Integer> three = Arbitraries.integers().between(1, 999);
    Arbitrary<Integer> depth = Arbitraries.integers().between(1, 5);
    return Combinators.combine(province, two, two, three, three, depth)
        .as(
            (p, c, k, t, v, d) -> {
              String s =
                  String.format("%02d", p)
                      + (d > 1 ? String.format("%02d", c) : "00")
                      + (d > 2 ? String.format("%02d", k) : "00")
                      + (d > 3 ? String.format("%03d", t) : "000")
                      + (d > 4 ? String.format("%03d", v) : "000");
              return DivisionCode.parse(s);
            });
  }

  /**
   * Valid unified social credit codes: random authority, class, division and body, with the
   * check character computed, so check characters of every value (including 0) appear.
   *
   * @return the arbitrary
   */
  public static Arbitrary<UnifiedSocialCreditCode> creditCodes() {
    Arbitrary<Character> authority = Arbitraries.of('1', '5', '9', 'A', 'N', 'Y');
    Arbitrary<Character> klass = Arbitraries.of('1', '2', '3', '9');
    Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
    Arbitrary<String> body =
        Arbitraries.strings().withChars(CREDIT_ALPHABET.toCharArray()).ofLength(9);
    return Combinators.combine(authority, klass, division, body)
        .as(
            (a, k, d, b) -> {
              String first17 = "" + a + k + d + b;
              return UnifiedSocialCreditCode.parse(
                  first17 + UnifiedSocialCreditCode.checkCharacter(first17));
            });
  }

  /**
   * A valid credit code drawn from a plain {@link java.util.Random}, for generators that grow
   * whole jurisdictions from a seed outside jqwik.
   *
   * @param r the random source
   * @return the code
   */
  public static UnifiedSocialCreditCode creditCode(java.util.Random r) {
    StringBuilder sb = new StringBuilder().append("9").append("1");
    for (int i = 0; i < 6; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    for (int i = 0; i < 9; i++) {
      sb.append(CREDIT_ALPHABET.charAt(r.nextInt(CREDIT_ALPHABET.length())));
    }
    return UnifiedSocialCreditCode.parse(sb.toString() + UnifiedSocialCreditCode.checkCharacter(sb));
  }

  /**
   * A valid resident identity number drawn from a plain {@link java.util.Random}.
   *
   * @param r the random source
   * @return the number
   */
  public static ResidentIdNumber residentId(java.util.Random r) {
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 60));
    String first17 =
        (110000 + r.nextInt(550000))
            + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), r.nextInt(1000));
    return ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17));
  }

  /**
   * Valid resident identity numbers with real birth dates from 1900 to 2025.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ResidentIdNumber> residentIds() {
    Arbitrary<String> address = Arbitraries.integers().between(110000, 659999).map(String::valueOf);
    Arbitrary<LocalDate> birth =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2025, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
    return Combinators.combine(address, birth, sequence)
        .as(
            (a, b, s) -> {
              String first17 =
                  a + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + s;
              return ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17));
            });
  }
}
