package org.pactum.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.pactum.model.Agreement;
import org.pactum.model.validation.Chronology;

/** Checks {@link Chronology} of an agreement: signed <= in force <= ended. */
public class AgreementChronologyValidator implements ConstraintValidator<Chronology, Agreement> {

    @Override
    public boolean isValid(Agreement agreement, ConstraintValidatorContext context) {
        if (agreement == null) {
            return true;
        }
        boolean valid = true;
        if (Dates.certainlyAfter(agreement.getSigned(), agreement.getInForce())) {
            Violations.report(context, "inForce", "Chronology.inForce.message");
            valid = false;
        }
        if (Dates.certainlyAfter(agreement.getInForce(), agreement.getEnded())) {
            Violations.report(context, "ended", "Chronology.ended.inForce.message");
            valid = false;
        } else if (Dates.certainlyAfter(agreement.getSigned(), agreement.getEnded())) {
            Violations.report(context, "ended", "Chronology.ended.signed.message");
            valid = false;
        }
        return valid;
    }
}
