package org.pactum.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.PartyRef;
import org.pactum.model.validation.DistinctParties;

import java.util.HashSet;
import java.util.Set;

/** Checks {@link DistinctParties}: joint statements and declarations need two distinct parties. */
public class DistinctPartiesValidator implements ConstraintValidator<DistinctParties, Agreement> {

    @Override
    public boolean isValid(Agreement agreement, ConstraintValidatorContext context) {
        if (agreement == null || !isJoint(agreement.getKind())) {
            return true;
        }
        Set<String> codes = new HashSet<>();
        for (PartyRef party : agreement.getParties()) {
            if (party != null && party.getCode() != null) {
                codes.add(party.getCode());
            }
        }
        if (codes.size() >= 2) {
            return true;
        }
        Violations.report(context, "parties", "DistinctParties.message");
        return false;
    }

    private static boolean isJoint(AgreementKind kind) {
        return kind == AgreementKind.JOINT_STATEMENT || kind == AgreementKind.JOINT_DECLARATION;
    }
}
