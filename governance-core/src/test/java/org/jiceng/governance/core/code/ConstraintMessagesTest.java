package org.jiceng.governance.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.jiceng.governance.core.constraints.ValidCreditCode;
import org.jiceng.governance.core.constraints.ValidDivisionCode;
import org.jiceng.governance.core.constraints.ValidResidentId;
import org.junit.jupiter.api.Test;

class ConstraintMessagesTest {
  static final class Bean {
    @ValidDivisionCode String division = "21132400100A";
    @ValidCreditCode String credit = "91110000600037341N";
    @ValidResidentId String identity = "36042619910102009X";
    @ValidDivisionCode String absent = null;
  }

  private static Set<ConstraintViolation<Bean>> validate(Locale locale) {
    try (ValidatorFactory f =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .locales(locale)
            .defaultLocale(locale)
            .buildValidatorFactory()) {
      Validator v = f.getValidator();
      return v.validate(new Bean());
    }
  }

  @Test
  void constraints_reportEachBadCodeAndAcceptNull() {
    Set<ConstraintViolation<Bean>> violations = validate(Locale.ENGLISH);
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("division", "credit", "identity");
  }

  @Test
  void messages_inEnglishWithTheParsersReason() {
    assertThat(message(Locale.ENGLISH, "division"))
        .startsWith("must be a 12-digit statistical division code: ")
        .contains("found 'A'")
        .endsWith("(position 12)");
  }

  @Test
  void messages_inChineseWithTheParsersReason() {
    assertThat(message(Locale.SIMPLIFIED_CHINESE, "division")).isEqualTo("必须是12位统计用区划代码: 应为数字，实际为'A'（第12位）");
    assertThat(message(Locale.SIMPLIFIED_CHINESE, "credit")).startsWith("必须是校验码正确的18位统一社会信用代码: 校验码应为'")
        .endsWith("，实际为'N'（第18位）");
  }

  /** The reason is put together from message keys in the validator's language: none of it stays English. */
  @Test
  void messages_inChineseHoldNoEnglishReason() {
    for (String property : new String[] {"division", "credit", "identity"}) {
      assertThat(message(Locale.SIMPLIFIED_CHINESE, property)).doesNotContain("expected", "found", "position");
    }
  }

  @Test
  void messages_inEnglishQuoteTheCheckCharacters() {
    assertThat(message(Locale.ENGLISH, "credit")).matches(".*: expected check character '.', found 'N' \\(position 18\\)");
  }

  /** The reason comes from the parser, which masks the number; the message must not undo that. */
  @Test
  void messages_neverQuoteAnIdentityNumberInFull() {
    String m = message(Locale.ENGLISH, "identity");
    assertThat(m).startsWith("must be an 18-character resident identity number").doesNotContain("36042619910102009X");
    assertThat(m.length()).isGreaterThan("must be an 18-character resident identity number with a real birth date and a correct check character".length());
  }

  private static String message(Locale locale, String property) {
    return validate(locale).stream().filter(v -> v.getPropertyPath().toString().equals(property))
        .map(ConstraintViolation::getMessage).findFirst().orElseThrow();
  }
}
