package org.pactum.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.pactum.model.internal.validation.PartyCodeValidator;

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
 * The string is a party code: an ISO 3166-1 alpha-3 country code, or an organization code
 * ({@link OrganizationCode}). Null is valid.
 */
@Documented
@Constraint(validatedBy = {PartyCodeValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(PartyCode.List.class)
public @interface PartyCode {

    String message() default "{org.pactum.model.validation.PartyCode.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@link PartyCode} constraints on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        PartyCode[] value();
    }
}
