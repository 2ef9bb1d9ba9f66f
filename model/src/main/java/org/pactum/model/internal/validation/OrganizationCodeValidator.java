package org.pactum.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.pactum.model.validation.OrganizationCode;

/** Checks {@link OrganizationCode}. */
public class OrganizationCodeValidator implements ConstraintValidator<OrganizationCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Codes.isOrganizationCode(value);
    }
}
