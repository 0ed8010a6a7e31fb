package org.jiceng.governance.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jiceng.governance.core.code.CodeFormatException;
import org.jiceng.governance.core.constraints.ResidentIdNumber;

/** Checks {@link ResidentIdNumber} by parsing the value; null is valid. */
public final class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      org.jiceng.governance.core.code.ResidentIdNumber.parse(value);
      return true;
    } catch (CodeFormatException e) {
      return false;
    }
  }
}
