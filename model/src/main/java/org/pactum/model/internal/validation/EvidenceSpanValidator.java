package org.pactum.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.pactum.model.Evidence;
import org.pactum.model.validation.EvidenceSpan;

/** Checks {@link EvidenceSpan}: 0 <= start < end, and the quote is end - start characters long. */
public class EvidenceSpanValidator implements ConstraintValidator<EvidenceSpan, Evidence> {

    @Override
    public boolean isValid(Evidence evidence, ConstraintValidatorContext context) {
        if (evidence == null) {
            return true;
        }
        boolean valid = true;
        if (evidence.getStart() < 0) {
            Violations.report(context, "start", "EvidenceSpan.start.message");
            valid = false;
        }
        if (evidence.getEnd() <= evidence.getStart()) {
            Violations.report(context, "end", "EvidenceSpan.end.message");
            valid = false;
        } else if (valid && evidence.getQuote() != null
                && evidence.getQuote().length() != evidence.getEnd() - evidence.getStart()) {
            Violations.report(context, "quote", "EvidenceSpan.quote.message");
            valid = false;
        }
        return valid;
    }
}
