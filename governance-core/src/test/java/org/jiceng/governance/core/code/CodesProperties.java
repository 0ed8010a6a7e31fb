package org.jiceng.governance.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class CodesProperties {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeContainer
  static void open() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterContainer
  static void close() {
    factory.close();
  }

  /** A user's bean with the three constraints on plain strings. */
  static final class Registration {
    @org.jiceng.governance.core.constraints.ValidDivisionCode final String division;
    @org.jiceng.governance.core.constraints.ValidCreditCode final String credit;
    @org.jiceng.governance.core.constraints.ValidResidentId final String identity;

    Registration(String division, String credit, String identity) {
      this.division = division;
      this.credit = credit;
      this.identity = identity;
    }
  }

  @Property
  void divisionCode_parseToStringRoundTrips(@ForAll DivisionCode code) {
    assertThat(DivisionCode.parse(code.toString())).isEqualTo(code);
    Statistics.label("level").collect(code.getLevel());
    Statistics.label("level")
        .coverage(c -> {
          for (DivisionLevel l : DivisionLevel.values()) {
            c.check(l).count(n -> n > 0);
          }
        });
  }

  @Property
  void divisionCode_parentContainsChild(@ForAll DivisionCode code) {
    code.getParent()
        .ifPresent(
            p -> {
              assertThat(code.isWithin(p)).isTrue();
              assertThat(p.getLevel().ordinal()).isLessThan(code.getLevel().ordinal());
            });
  }

  @Property
  void creditCode_parseToStringRoundTrips(@ForAll UnifiedSocialCreditCode code) {
    assertThat(UnifiedSocialCreditCode.parse(code.toString())).isEqualTo(code);
    Statistics.label("check").collect(code.toString().charAt(17) == '0' ? "zero" : "other");
    Statistics.label("check").coverage(c -> c.check("zero").count(n -> n > 0));
  }

  @Property
  void residentId_parseFullStringRoundTrips(@ForAll ResidentIdNumber id) {
    assertThat(ResidentIdNumber.parse(id.toFullString())).isEqualTo(id);
    assertThat(id.toString()).hasSize(18).contains("********");
    Statistics.label("check").collect(id.toFullString().charAt(17) == 'X' ? "X" : "digit");
    Statistics.label("check").coverage(c -> c.check("X").count(n -> n > 0));
  }

  @Property
  void generatedCodes_passTheJakartaConstraints(
      @ForAll DivisionCode d, @ForAll UnifiedSocialCreditCode c, @ForAll ResidentIdNumber i) {
    assertThat(validator.validate(new Registration(d.toString(), c.toString(), i.toFullString())))
        .isEmpty();
  }

  @Property
  void creditCode_anySingleSubstitutionIsRejected(
      @ForAll UnifiedSocialCreditCode code,
      @ForAll @IntRange(min = 0, max = 17) int position,
      @ForAll("creditChars") char replacement) {
    String s = code.toString();
    net.jqwik.api.Assume.that(s.charAt(position) != replacement);
    String corrupted = s.substring(0, position) + replacement + s.substring(position + 1);
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(corrupted))
        .isInstanceOf(CodeFormatException.class);
    assertThat(validator.validate(new Registration(null, corrupted, null))).hasSize(1);
  }

  @Property
  void residentId_anySingleDigitChangeIsRejected(
      @ForAll ResidentIdNumber id,
      @ForAll @IntRange(min = 0, max = 16) int position,
      @ForAll @IntRange(min = 0, max = 9) int digit) {
    String s = id.toFullString();
    char replacement = (char) ('0' + digit);
    net.jqwik.api.Assume.that(s.charAt(position) != replacement);
    String corrupted = s.substring(0, position) + replacement + s.substring(position + 1);
    assertThatThrownBy(() -> ResidentIdNumber.parse(corrupted))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageNotContaining(corrupted.substring(6, 14));
  }

  @Property
  void divisionCode_anyNonDigitIsRejectedAtItsPosition(
      @ForAll DivisionCode code,
      @ForAll @IntRange(min = 0, max = 11) int position,
      @ForAll("nonDigits") char bad) {
    String s = code.toString();
    String corrupted = s.substring(0, position) + bad + s.substring(position + 1);
    assertThatThrownBy(() -> DivisionCode.parse(corrupted))
        .isInstanceOfSatisfying(
            CodeFormatException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(position));
  }

  @Provide
  Arbitrary<Character> creditChars() {
    return Arbitraries.chars().with("0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray());
  }

  @Provide
  Arbitrary<Character> nonDigits() {
    return Arbitraries.chars().with("AxZ -.一".toCharArray());
  }
}
