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
import org.jiceng.governance.core.internal.validation.DivisionCodeValidator;

/**
 * The annotated {@code CharSequence} must be a 12-digit statistical division code (统计用区划代码), as {@link
 * org.jiceng.governance.core.code.DivisionCode#parse} accepts it. {@code null} is valid: pair with
 * {@code @NotNull} where a value is required.
 */
// The validator's package is opened (module-info), not exported: a Bean Validation provider
// instantiates it reflectively; no consumer compiles against it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(DivisionCode.List.class)
public @interface DivisionCode {
  /**
   * The message template.
   *
   * @return the message key
   */
  String message() default "{org.jiceng.governance.core.constraints.DivisionCode.message}";

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

  /** Several {@code @DivisionCode} constraints on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    DivisionCode[] value();
  }
}
