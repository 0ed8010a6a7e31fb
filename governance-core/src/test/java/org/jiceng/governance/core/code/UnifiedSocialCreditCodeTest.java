package org.jiceng.governance.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

  /** The worked example of NATIONAL.md: the first 17 characters weigh 1640, remainder 28. */
  @Test
  void checkCharacter_workedExample() {
    assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    assertThat(UnifiedSocialCreditCode.parse("91350100M000100Y43").toString())
        .isEqualTo("91350100M000100Y43");
  }

  /**
   * Real codes published as valid in public test suites: python-stdnum's
   * {@code tests/test_cn_uscc.doctest} ("found online and should all be valid numbers") and
   * hutool's {@code CreditCodeUtilTest} ({@code 91310110666007217T}).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "121200004013590816",
        "91110000600037341L",
        "91110000710926094P",
        "91120224064012553U",
        "911522010783710635",
        "91152201078371135X",
        "9115220107837757XE",
        "9115220107837941X1",
        "91310000631696382C",
        "91310115MA1K3BTP2B",
        "9131012056010553X5",
        "91340600MA2PBP2120",
        "913505007821784439",
        "9144030071526726XG",
        "91620105L015101280",
        "92340602MA2PBMEM24",
        "92340603MA2PBN17X5",
        "92340621MA2UK3PJXE",
        "92340604MA2PENA300",
        "91440300568520498A",
        "91620105MA73NBBLXE",
        "91310110666007217T"
      })
  void parse_acceptsPublishedRealCodes(String code) {
    UnifiedSocialCreditCode parsed = UnifiedSocialCreditCode.parse(code);
    assertThat(parsed.toString()).isEqualTo(code);
    assertThat(UnifiedSocialCreditCode.parse(parsed.toString())).isEqualTo(parsed);
  }

  @Test
  void checkCharacter_zeroCaseWhenSumIsMultipleOf31() {
    // 91110000600037341 + check: find a prefix whose weighted sum is a multiple of 31 and
    // confirm the check maps 31 to '0', the case public implementations get wrong.
    assertThat(UnifiedSocialCreditCode.checkCharacter("92340621MA2UK3C36")).isEqualTo('9');
    String zeroPrefix = findPrefixWithCheck('0');
    assertThat(UnifiedSocialCreditCode.parse(zeroPrefix + "0").toString()).endsWith("0");
  }

  private static String findPrefixWithCheck(char check) {
    for (int i = 0; i < 31; i++) {
      String prefix = "9111000060003734" + "0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(i);
      if (UnifiedSocialCreditCode.checkCharacter(prefix) == check) {
        return prefix;
      }
    }
    throw new AssertionError("no prefix found");
  }

  @Test
  void parse_decodesAuthorityClassAndDivision() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91110000600037341L");
    assertThat(code.getRegistrationAuthority()).isEqualTo(RegistrationAuthority.MARKET_REGULATION);
    assertThat(code.getOrganizationClass()).isEqualTo(OrganizationClass.ENTERPRISE);
    assertThat(code.getDivisionPrefix()).isEqualTo("110000");
    assertThat(code.getOrganizationCode()).isEqualTo("60003734-1");
    assertThat(UnifiedSocialCreditCode.parse("121200004013590816").getOrganizationClass())
        .isEqualTo(OrganizationClass.PUBLIC_INSTITUTION);
    assertThat(UnifiedSocialCreditCode.parse("92340602MA2PBMEM24").getOrganizationClass())
        .isEqualTo(OrganizationClass.INDIVIDUAL_BUSINESS);
  }

  @Test
  void organizationCode_checkReportedSeparately() {
    // 60003734-1: 6*3+0*7+0*9+0*10+3*5+7*8+3*4+4*2 = 109, 109 mod 11 = 10, 11-10 = 1.
    assertThat(UnifiedSocialCreditCode.parse("91110000600037341L").isOrganizationCodeValid())
        .isTrue();
    // Same body with organization check 2 instead of 1, credit check recomputed ('P'): a valid
    // credit code whose embedded organization code is wrong.
    UnifiedSocialCreditCode odd = UnifiedSocialCreditCode.parse("91110000600037342P");
    assertThat(odd.isOrganizationCodeValid()).isFalse();
    assertThat(odd.getOrganizationCodeProblem())
        .get()
        .asString()
        .contains("60003734-2")
        .contains("'1'");
  }

  @Test
  void organizationCode_checkXAndZero() {
    // 07837757-X: body weighs to remainder 1, so 11-1 = 10 maps to X.
    assertThat(UnifiedSocialCreditCode.parse("9115220107837757XE").isOrganizationCodeValid())
        .isTrue();
    // 12340002: weighted sum is a multiple of 11, so 11 - 0 = 11 maps to '0'.
    String first17 = "9111000012340002" + "0";
    UnifiedSocialCreditCode zero =
        UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
    assertThat(zero.isOrganizationCodeValid()).isTrue();
    assertThat(UnifiedSocialCreditCode.parse("91620105L015101280").getOrganizationCode())
        .isEqualTo("L0151012-8");
  }

  @Test
  void parse_upperCasesLowerCaseLetters() {
    assertThat(UnifiedSocialCreditCode.parse("91110000600037341l").toString())
        .isEqualTo("91110000600037341L");
  }

  @Test
  void parse_rejectsWrongLength() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("12345"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("expected 18 characters, found 5")
        .extracting(e -> ((CodeFormatException) e).getErrorIndex())
        .isEqualTo(-1);
  }

  @Test
  void parse_rejectsLetterOutsideAlphabetWithPosition() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("9111000060003IOZSV"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("at position 14")
        .hasMessageContaining("found 'I'");
  }

  @Test
  void parse_rejectsUnknownRegistrationAuthority() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("B1110000600037341L"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("registration authority");
  }

  @Test
  void parse_rejectsLetterInDivisionPart() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("911A0000600037341L"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("at position 4")
        .hasMessageContaining("division");
  }

  @Test
  void parse_rejectsWrongCheckCharacter() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91110000600037341N"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("expected check character 'L', found 'N'")
        .extracting(e -> ((CodeFormatException) e).getErrorIndex())
        .isEqualTo(17);
  }

  /** Hutool's suite lists this early pilot code as invalid under the national standard. */
  @Test
  void parse_rejectsPilotCodeOutsideStandard() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91350211M00013FA1N"))
        .isInstanceOf(CodeFormatException.class);
  }

  @Test
  void parse_rejectsNull() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(null))
        .isInstanceOf(NullPointerException.class);
  }
}
