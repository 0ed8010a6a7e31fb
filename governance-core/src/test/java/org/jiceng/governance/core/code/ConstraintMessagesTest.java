package org.jiceng.governance.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

class ConstraintMessagesTest {
  static final class Bean {
    @org.jiceng.governance.core.constraints.DivisionCode String division = "21132400100A";
    @org.jiceng.governance.core.constraints.UnifiedSocialCreditCode String credit = "91110000600037341N";
    @org.jiceng.governance.core.constraints.ResidentIdNumber String identity = "36042619910102009X";
    @org.jiceng.governance.core.constraints.DivisionCode String absent = null;
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
  void messages_inEnglish() {
    assertThat(validate(Locale.ENGLISH))
        .extracting(ConstraintViolation::getMessage)
        .contains("must be a 12-digit statistical division code");
  }

  @Test
  void messages_inChinese() {
    assertThat(validate(Locale.SIMPLIFIED_CHINESE))
        .extracting(ConstraintViolation::getMessage)
        .contains("必须是12位统计用区划代码", "必须是校验码正确的18位统一社会信用代码");
  }
}
