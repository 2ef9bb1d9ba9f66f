package org.pactum.api.query;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The text is a calendar day {@code YYYY-MM-DD}. Null is valid. */
@Documented
@Constraint(validatedBy = IsoDay.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface IsoDay {

    String message() default "must be a day written YYYY-MM-DD";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Parses with {@link LocalDate#parse(CharSequence)}. */
    class Validator implements ConstraintValidator<IsoDay, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                LocalDate.parse(value);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
