package org.jiceng.governance.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jiceng.governance.core.code.CodeFormatException;
import org.jiceng.governance.core.constraints.DivisionCode;

/** Checks {@link DivisionCode} by parsing the value; null is valid. */
public final class DivisionCodeValidator implements ConstraintValidator<DivisionCode, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      org.jiceng.governance.core.code.DivisionCode.parse(value);
      return true;
    } catch (CodeFormatException e) {
      return false;
    }
  }
}
