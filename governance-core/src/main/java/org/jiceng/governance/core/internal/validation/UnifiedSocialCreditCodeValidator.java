package org.jiceng.governance.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jiceng.governance.core.code.CodeFormatException;
import org.jiceng.governance.core.constraints.UnifiedSocialCreditCode;

/** Checks {@link UnifiedSocialCreditCode} by parsing the value; null is valid. */
public final class UnifiedSocialCreditCodeValidator implements ConstraintValidator<UnifiedSocialCreditCode, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      org.jiceng.governance.core.code.UnifiedSocialCreditCode.parse(value);
      return true;
    } catch (CodeFormatException e) {
      return false;
    }
  }
}
