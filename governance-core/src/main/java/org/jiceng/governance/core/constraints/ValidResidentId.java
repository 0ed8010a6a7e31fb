package org.jiceng.governance.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jiceng.governance.core.internal.validation.ValidResidentIdValidator;

/**
 * The annotated {@code CharSequence} must be an 18-character resident identity number (公民身份号码) with a real birth date and a correct check character, as {@link
 * org.jiceng.governance.core.code.ResidentIdNumber#parse} accepts it. {@code null} is valid: pair with
 * {@code @NotNull} where a value is required.
 *
 * <p>The violation's message is the bundle's text followed by the parser's reason (which
 * character, what was expected), with personal data masked. Named {@code Valid…} so that it
 * imports beside the code type {@link org.jiceng.governance.core.code.ResidentIdNumber}.
 */
@Documented
@Constraint(validatedBy = ValidResidentIdValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidResidentId.List.class)
public @interface ValidResidentId {
  /**
   * The message template.
   *
   * @return the message key
   */
  String message() default "{org.jiceng.governance.core.constraints.ValidResidentId.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @ValidResidentId} constraints on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    ValidResidentId[] value();
  }
}
