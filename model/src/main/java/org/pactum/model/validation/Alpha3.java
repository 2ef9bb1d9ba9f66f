package org.pactum.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.pactum.model.internal.validation.Alpha3Validator;

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
 * The string is an assigned ISO 3166-1 alpha-3 country code ({@link org.pactum.model.Countries}).
 * Null is valid: pair with {@code @NotNull} where the value is required.
 */
@Documented
@Constraint(validatedBy = {Alpha3Validator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(Alpha3.List.class)
public @interface Alpha3 {

    String message() default "{org.pactum.model.validation.Alpha3.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@link Alpha3} constraints on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        Alpha3[] value();
    }
}
