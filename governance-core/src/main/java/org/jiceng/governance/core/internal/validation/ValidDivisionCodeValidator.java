package org.jiceng.governance.core.internal.validation;

import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.constraints.ValidDivisionCode;

/** Checks {@link ValidDivisionCode} by parsing the value; null is valid. */
public final class ValidDivisionCodeValidator extends CodeValidator<ValidDivisionCode> {
  @Override
  void parse(CharSequence value) {
    DivisionCode.parse(value);
  }
}
