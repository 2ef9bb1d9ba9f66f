package org.pactum.service.application;

import java.util.List;
import org.pactum.api.Problem;

/** Records of an article failed validation once merged with the store: nothing was stored. */
public class InvalidRecordsException extends RuntimeException {

    private final transient List<Problem.Violation> violations;

    public InvalidRecordsException(String documentId, List<Problem.Violation> violations) {
        super("the records of document " + documentId + " are invalid: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
