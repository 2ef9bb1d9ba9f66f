package org.pactum.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.pactum.model.Countries;
import org.pactum.model.validation.Alpha3;

/** Checks {@link Alpha3} against the ISO 3166-1 list in {@link Countries}. */
public class Alpha3Validator implements ConstraintValidator<Alpha3, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Countries.isAlpha3(value);
    }
}
