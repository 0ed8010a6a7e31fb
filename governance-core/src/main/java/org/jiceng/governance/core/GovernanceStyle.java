package org.jiceng.governance.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, applied in each model package's
 * {@code package-info.java}.
 *
 * <p>Accessors read {@code getX()}/{@code isX()} so that Hibernate Validator sees the Jakarta
 * constraints placed on them; implementations are package-private and builders hand back the
 * abstract value type, so user code only ever names {@code Area}, never {@code ImmutableArea}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    jakarta = true,
    strictBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    redactedMask = "****",
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true))
public @interface GovernanceStyle {}
