package org.pactum.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.pactum.model.Membership;
import org.pactum.model.validation.Chronology;

/** Checks {@link Chronology} of a membership: since <= until. */
public class MembershipChronologyValidator implements ConstraintValidator<Chronology, Membership> {

    @Override
    public boolean isValid(Membership membership, ConstraintValidatorContext context) {
        if (membership == null || !Dates.certainlyAfter(membership.getSince(), membership.getUntil())) {
            return true;
        }
        Violations.report(context, "until", "Chronology.until.message");
        return false;
    }
}
