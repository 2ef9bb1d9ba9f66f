package org.pactum.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.pactum.model.Countries;
import org.pactum.model.validation.PartyCode;

/** Checks {@link PartyCode}: a country code or an organization code. */
public class PartyCodeValidator implements ConstraintValidator<PartyCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Countries.isAlpha3(value) || Codes.isOrganizationCode(value);
    }
}
