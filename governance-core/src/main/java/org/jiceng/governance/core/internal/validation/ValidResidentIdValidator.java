package org.jiceng.governance.core.internal.validation;

import org.jiceng.governance.core.code.ResidentIdNumber;
import org.jiceng.governance.core.constraints.ValidResidentId;

/** Checks {@link ValidResidentId} by parsing the value; null is valid. */
public final class ValidResidentIdValidator extends CodeValidator<ValidResidentId> {
  @Override
  void parse(CharSequence value) {
    ResidentIdNumber.parse(value);
  }
}
