package org.jiceng.governance.core.internal.validation;

import org.jiceng.governance.core.code.UnifiedSocialCreditCode;
import org.jiceng.governance.core.constraints.ValidCreditCode;

/** Checks {@link ValidCreditCode} by parsing the value; null is valid. */
public final class ValidCreditCodeValidator extends CodeValidator<ValidCreditCode> {
  @Override
  void parse(CharSequence value) {
    UnifiedSocialCreditCode.parse(value);
  }
}
