package org.pactum.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.PartyRef;
import org.pactum.model.PartyRole;
import org.pactum.model.validation.DistinctParties;

import java.util.HashSet;
import java.util.Set;

/**
 * Checks {@link DistinctParties}: joint statements and declarations need two distinct parties, or one issuer (a
 * summit declaration an organization adopts: the Astana Declaration of the SCO Council of Heads of State).
 */
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
        if (codes.size() >= 2 || codes.size() == 1 && agreement.getParties().stream()
                .allMatch(p -> p != null && p.getRole() == PartyRole.ISSUER)) {
            return true;
        }
        Violations.report(context, "parties", "DistinctParties.message");
        return false;
    }

    private static boolean isJoint(AgreementKind kind) {
        return kind == AgreementKind.JOINT_STATEMENT || kind == AgreementKind.JOINT_DECLARATION;
    }
}
