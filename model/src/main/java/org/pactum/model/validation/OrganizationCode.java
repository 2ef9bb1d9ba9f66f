package org.pactum.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.pactum.model.internal.validation.OrganizationCodeValidator;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The string is an organization code: 2 to 12 upper-case letters or digits, in groups joined by
 * single hyphens ({@code SCO}, {@code D-8}, {@code G20}, {@code EU}). Null is valid.
 */
@Documented
@Constraint(validatedBy = {OrganizationCodeValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(OrganizationCode.List.class)
public @interface OrganizationCode {

    String message() default "{org.pactum.model.validation.OrganizationCode.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@link OrganizationCode} constraints on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        OrganizationCode[] value();
    }
}
