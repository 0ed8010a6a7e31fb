package org.jiceng.governance.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The edges of the code checks: the characters just outside {@code 0-9}, the first and last
 * position of the masked birth date, and the first and last number of each digit range.
 */
class CodeBoundariesTest {
  private static CodeFormatException failureOf(Runnable parse) {
    try {
      parse.run();
    } catch (CodeFormatException e) {
      return e;
    }
    throw new AssertionError("expected a CodeFormatException");
  }

  private static CodeFormatException residentId(String text) {
    return failureOf(() -> ResidentIdNumber.parse(text));
  }

  @Test
  void residentIdParse_quotesANonDigitOnlyOutsideTheBirthDate() {
    CodeFormatException e = residentId("11010A19491231002X");
    assertThat(e.getKind()).isEqualTo(CodeKind.RESIDENT_ID);
    assertThat(e.getErrorIndex()).isEqualTo(5);
    assertThat(e.getReason()).isEqualTo("expected a digit, found 'A'");
    assertThat(e.getParsedText()).isEqualTo("11010A********002X");
    assertThat(e.getMessage())
        .isEqualTo("Invalid resident-id code '11010A********002X' at position 6: expected a digit, found 'A'");
    assertThat(residentId("1101051949123").getMessage())
        .isEqualTo("Invalid resident-id code '110105*******': expected 18 characters, found 13");
    assertThat(residentId("110105A9491231002X").getReason()).isEqualTo("expected a digit, found a non-digit");
    assertThat(residentId("1101051949123A002X").getReason()).isEqualTo("expected a digit, found a non-digit");
    assertThat(residentId("11010519491231A02X").getReason()).isEqualTo("expected a digit, found 'A'");
    assertThat(residentId("/1010519491231002X").getReason()).isEqualTo("expected a digit, found '/'");
    assertThat(residentId("1101051949123100:X").getReason()).isEqualTo("expected a digit, found ':'");
  }

  @Test
  void residentIdParse_lastCharacterIsADigitOrX() {
    assertThat(residentId("11010519491231002/").getReason()).isEqualTo("expected a digit or X, found '/'");
    assertThat(residentId("11010519491231002:").getReason()).isEqualTo("expected a digit or X, found ':'");
    assertThat(residentId("11010519491231002Y").getErrorIndex()).isEqualTo(17);
    assertThat(ResidentIdNumber.parse("11010519491231002x").toFullString()).isEqualTo("11010519491231002X");
    assertThat(ResidentIdNumber.parse("110105200002290013").toFullString()).endsWith("0013");
  }

  @Test
  void fromFirstGeneration_quotesANonDigitOnlyOutsideTheBirthDate() {
    assertThat(ResidentIdNumber.fromFirstGeneration("110105000101001").toFullString()).isEqualTo("11010519000101001X");
    assertThat(failureOf(() -> ResidentIdNumber.fromFirstGeneration("11010A491231002")).getReason())
        .isEqualTo("expected a digit, found 'A'");
    assertThat(failureOf(() -> ResidentIdNumber.fromFirstGeneration("110105A91231002")).getReason())
        .isEqualTo("expected a digit, found a non-digit");
    assertThat(failureOf(() -> ResidentIdNumber.fromFirstGeneration("11010549123A002")).getReason())
        .isEqualTo("expected a digit, found a non-digit");
    assertThat(failureOf(() -> ResidentIdNumber.fromFirstGeneration("110105491231/02")).getReason())
        .isEqualTo("expected a digit, found '/'");
    assertThat(failureOf(() -> ResidentIdNumber.fromFirstGeneration("11010549123100:")).getReason())
        .isEqualTo("expected a digit, found ':'");
    assertThat(failureOf(() -> ResidentIdNumber.fromFirstGeneration("110105490231002")).getReason())
        .isEqualTo("expected a birth date yyMMdd (19yy) that exists");
  }

  @Test
  void residentIdCheckCharacter_needsSeventeenDigits() {
    assertThat(ResidentIdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1101051949123100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expected at least 17 digits, found 16 characters");
    assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1101051949123100/"))
        .hasMessage("Expected a digit at position 17");
    assertThatThrownBy(() -> ResidentIdNumber.checkCharacter(":1101051949123100"))
        .hasMessage("Expected a digit at position 1");
  }

  @Test
  void residentIdMask_hidesShortTextWhole() {
    assertThat(ResidentIdNumber.mask("123456")).isEqualTo("******");
    assertThat(ResidentIdNumber.mask("1234567")).isEqualTo("123456*");
    assertThat(ResidentIdNumber.mask("")).isEmpty();
  }

  @Test
  void creditCodeCheckCharacter_needsSeventeenCharactersOfTheAlphabet() {
    assertThat(UnifiedSocialCreditCode.checkCharacter("91110000999999998")).isEqualTo('2');
    assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("9111000099999999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expected at least 17 characters, found 16: '9111000099999999'");
    assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("9111000099999999I"))
        .hasMessage("Character 'I' at position 17 is outside the alphabet");
  }

  @Test
  void organizationCode_checkedWithDigitsAndLetters() {
    assertThat(UnifiedSocialCreditCode.parse("911100009999999982").getOrganizationCodeProblem()).isEmpty();
    assertThat(UnifiedSocialCreditCode.parse("911100009A9B9C9D4N").getOrganizationCodeProblem()).isEmpty();
    assertThat(UnifiedSocialCreditCode.parse("911100000000000A2Y").getOrganizationCodeProblem()).isEmpty();
  }

  @Test
  void creditCodes_sortByTheirText() {
    UnifiedSocialCreditCode a = UnifiedSocialCreditCode.parse("911100000000000A2Y");
    UnifiedSocialCreditCode b = UnifiedSocialCreditCode.parse("911100009999999982");
    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
    assertThat(a.compareTo(a)).isZero();
  }

  @Test
  void townshipKind_eachRangeFromItsFirstToItsLastNumber() {
    List<TownshipKind> kinds = Stream.of(1, 99, 100, 199, 200, 399, 400, 599, 600, 999)
        .map(t -> DivisionCode.parse(String.format("211324%03d000", t)).getTownshipKind().orElseThrow())
        .collect(Collectors.toList());
    assertThat(kinds).containsExactly(
        TownshipKind.STREET, TownshipKind.STREET, TownshipKind.TOWN, TownshipKind.TOWN,
        TownshipKind.TOWNSHIP, TownshipKind.TOWNSHIP, TownshipKind.OTHER, TownshipKind.OTHER,
        TownshipKind.OUT_OF_RANGE, TownshipKind.OUT_OF_RANGE);
  }

  @Test
  void villageKind_eachRangeFromItsFirstToItsLastNumber() {
    List<VillageKind> kinds = Stream.of(1, 199, 200, 399, 400, 599, 600, 999)
        .map(v -> DivisionCode.parse(String.format("211324001%03d", v)).getVillageKind().orElseThrow())
        .collect(Collectors.toList());
    assertThat(kinds).containsExactly(
        VillageKind.RESIDENTS_COMMITTEE, VillageKind.RESIDENTS_COMMITTEE,
        VillageKind.VILLAGERS_COMMITTEE, VillageKind.VILLAGERS_COMMITTEE,
        VillageKind.OTHER, VillageKind.OTHER, VillageKind.OUT_OF_RANGE, VillageKind.OUT_OF_RANGE);
  }

  @Test
  void divisionCode_truncateToItsOwnLevelAndCountyPrefixAtCountyLevel() {
    DivisionCode community = DivisionCode.parse("211324001001");
    assertThat(community.truncate(community.getLevel())).isEqualTo(community);
    assertThat(community.truncate(DivisionLevel.COUNTY)).hasToString("211324000000");
    DivisionCode county = DivisionCode.parse("211324000000");
    assertThat(county.getCountyPrefix()).contains("211324");
    assertThat(county.compareTo(community)).isNegative();
    assertThat(community.compareTo(county)).isPositive();
  }
}
