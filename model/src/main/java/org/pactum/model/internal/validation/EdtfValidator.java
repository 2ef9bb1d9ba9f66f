package org.pactum.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.pactum.model.EdtfDate;
import org.pactum.model.validation.Edtf;

/** Checks {@link Edtf} by parsing. */
public class EdtfValidator implements ConstraintValidator<Edtf, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            EdtfDate.parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
