package org.jiceng.governance.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.jiceng.governance.core.PersonalData;
import org.jiceng.governance.core.code.CodeFormatException;

/**
 * Checks a code constraint by parsing the value with the code type's own parser, so that the
 * constraint and {@code parse} never disagree; null is valid. A violation's message is the
 * constraint's message followed by the parser's reason, masked and escaped for message
 * interpolation.
 *
 * @param <A> the constraint annotation
 */
abstract class CodeValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {
  /**
   * Parses the value.
   *
   * @param value the value, not null
   * @throws CodeFormatException when it is not a valid code
   */
  abstract void parse(CharSequence value);

  @Override
  public final boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      parse(value);
      return true;
    } catch (CodeFormatException e) {
      if (context != null) {
        String where = e.getErrorIndex() < 0 ? "" : " (position " + (e.getErrorIndex() + 1) + ")";
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(
                context.getDefaultConstraintMessageTemplate() + ": " + literal(PersonalData.mask(e.getReason()) + where))
            .addConstraintViolation();
      }
      return false;
    }
  }

  /** Escapes the characters message interpolation treats as syntax, so the reason is shown as written. */
  static String literal(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '{' || ch == '}' || ch == '$' || ch == '\\') {
        sb.append('\\');
      }
      sb.append(ch);
    }
    return sb.toString();
  }
}
