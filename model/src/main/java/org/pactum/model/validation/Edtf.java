package org.pactum.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.pactum.model.internal.validation.EdtfValidator;

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
 * The string is a valid EDTF date or interval ({@link org.pactum.model.EdtfDate#parse(String)}).
 * Null is valid.
 */
@Documented
@Constraint(validatedBy = {EdtfValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(Edtf.List.class)
public @interface Edtf {

    String message() default "{org.pactum.model.validation.Edtf.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@link Edtf} constraints on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        Edtf[] value();
    }
}
