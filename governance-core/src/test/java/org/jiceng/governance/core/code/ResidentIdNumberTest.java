package org.jiceng.governance.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

  /**
   * Numbers published as valid: GB 11643-1999's own examples ({@code 11010519491231002X},
   * {@code 440524188001010014}) and python-stdnum's {@code tests/test_cn_ric.doctest}.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231002X",
        "440524188001010014",
        "360426199101010071",
        "44011320141005001X",
        "412723199010050012",
        "110102199101010078",
        "120110198012010073",
        "120110199212010072",
        "990426199112010074",
        "110111198012010078",
        "110201199312010077"
      })
  void parse_acceptsPublishedNumbers(String number) {
    ResidentIdNumber id = ResidentIdNumber.parse(number);
    assertThat(id.toFullString()).isEqualTo(number);
    assertThat(ResidentIdNumber.parse(id.toFullString())).isEqualTo(id);
  }

  @Test
  void toString_isMasked() {
    ResidentIdNumber id = ResidentIdNumber.parse("110102199101010078");
    assertThat(id.toString()).isEqualTo("110102********0078");
    assertThat(id.getMasked()).isEqualTo("110102********0078");
    assertThat(id.toString()).doesNotContain("19910101");
  }

  @Test
  void parse_readsBirthDateSexAndAddress() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
    assertThat(id.getBirthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.getSex()).isEqualTo(Sex.FEMALE);
    assertThat(id.getAddressCode()).isEqualTo("110105");
    assertThat(ResidentIdNumber.parse("440524188001010014").getSex()).isEqualTo(Sex.MALE);
  }

  @Test
  void parse_acceptsLowerCaseX() {
    assertThat(ResidentIdNumber.parse("44011320141005001x").toFullString())
        .isEqualTo("44011320141005001X");
  }

  @Test
  void parse_rejectsLetterWithPosition() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("T60426199101010078"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("at position 1")
        .hasMessageContaining("found 'T'");
  }

  @Test
  void parse_rejectsImpossibleBirthDate() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("360426199113010079"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("birth date")
        .extracting(e -> ((CodeFormatException) e).getErrorIndex())
        .isEqualTo(6);
  }

  @Test
  void parse_rejectsWrongCheckCharacterWithoutRevealingNumber() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("36042619910102009X"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("expected check character")
        .hasMessageContaining("360426********009X")
        .hasMessageNotContaining("19910102");
  }

  @Test
  void parse_rejectsWrongLength() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("36042619910101007"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("expected 18 characters, found 17");
  }

  @Test
  void parse_rejectsXOutsideLastPosition() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("3604261991010100X1"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("at position 17");
  }

  @Test
  void mask_handlesShortText() {
    assertThat(ResidentIdNumber.mask("1234")).isEqualTo("****");
    assertThat(ResidentIdNumber.mask("1101021991")).isEqualTo("110102****");
  }

  @Test
  void fromFirstGeneration_insertsTheCenturyAndComputesTheCheckCharacter() {
    ResidentIdNumber id = ResidentIdNumber.fromFirstGeneration("110105491231002");
    assertThat(id.toFullString()).isEqualTo("11010519491231002X");
    assertThat(id).isEqualTo(ResidentIdNumber.parse("11010519491231002X"));
  }

  @Test
  void fromFirstGeneration_rejectsWrongLengthNonDigitsAndImpossibleDates() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResidentIdNumber.fromFirstGeneration("11010549123100"))
        .isInstanceOf(CodeFormatException.class).hasMessageContaining("expected 15 digits, found 14 characters");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResidentIdNumber.fromFirstGeneration("110105491231A02"))
        .isInstanceOf(CodeFormatException.class).hasMessageContaining("expected a digit, found 'A'");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResidentIdNumber.fromFirstGeneration("110105490229002"))
        .isInstanceOf(CodeFormatException.class).hasMessageContaining("birth date").hasMessageNotContaining("490229");
  }
}
