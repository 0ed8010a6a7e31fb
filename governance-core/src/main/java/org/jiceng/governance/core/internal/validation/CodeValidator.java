package org.jiceng.governance.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.jiceng.governance.core.PersonalData;
import org.jiceng.governance.core.code.CodeFormatException;

/**
 * Checks a code constraint by parsing the value with the code type's own parser, so that the
 * constraint and {@code parse} never disagree; null is valid. A violation's message is the
 * constraint's message followed by the parser's reason in the language the message is
 * interpolated in (see {@link #reason}), masked and escaped for message interpolation.
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
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate() + ": " + reason(e))
            .addConstraintViolation();
      }
      return false;
    }
  }

  /**
   * The parser's reason as a message template, in whatever language the message is interpolated
   * in: the reason's fragments as message keys of {@code ContributorValidationMessages}, its
   * arguments (masked) between them as literal text, then the position.
   */
  static String reason(CodeFormatException e) {
    String key = CodeFormatException.KEY_PREFIX + e.getProblem().name() + ".";
    StringBuilder sb = new StringBuilder("{").append(key).append("0}");
    for (int i = 0; i < e.getArguments().size(); i++) {
      String a = e.getArguments().get(i);
      sb.append(e.getProblem() == CodeFormatException.Problem.SEGMENT_ORDER
          ? "{" + CodeFormatException.KEY_PREFIX + "segment." + a + "}"
          : literal(PersonalData.mask(a)));
      sb.append('{').append(key).append(i + 1).append('}');
    }
    if (e.getErrorIndex() >= 0) {
      sb.append('{').append(CodeFormatException.KEY_PREFIX).append("position.0}").append(e.getErrorIndex() + 1)
          .append('{').append(CodeFormatException.KEY_PREFIX).append("position.1}");
    }
    return sb.toString();
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
