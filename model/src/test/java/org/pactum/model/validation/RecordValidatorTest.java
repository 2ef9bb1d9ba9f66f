package org.pactum.model.validation;

import jakarta.validation.ConstraintViolation;
import org.junit.jupiter.api.Test;
import org.pactum.model.Agreement;
import org.pactum.model.Samples;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordValidatorTest {

    private final RecordValidator validator = RecordValidator.create();

    @Test
    void samplesAreValid() {
        assertEquals(Set.of(), validator.validate(Samples.dataset()));
    }

    @Test
    void messagesAreAlsoShippedAsContributorMessages() throws Exception {
        // Hibernate Validator merges ContributorValidationMessages bundles, so an application's own
        // ValidationMessages.properties cannot hide the model's messages
        var loader = RecordValidatorTest.class.getClassLoader();
        try (var user = loader.getResourceAsStream("ValidationMessages.properties");
             var contributor = loader.getResourceAsStream("ContributorValidationMessages.properties")) {
            assertTrue(user != null && contributor != null);
            assertTrue(java.util.Arrays.equals(user.readAllBytes(), contributor.readAllBytes()));
        }
    }

    @Test
    void emptyAgreementFails() {
        Set<ConstraintViolation<Agreement>> violations = validator.validate(new Agreement());
        assertEquals("evidence: every record needs at least one evidence; id: must not be blank; "
                + "kind: must not be null; parties: must not be empty; status: must not be null; "
                + "title: must not be blank", RecordValidator.describe(violations));
    }

    @Test
    void unknownCountryIsNamed() {
        Agreement agreement = Samples.agreement();
        agreement.getParties().get(1).setCode("aze");
        Set<ConstraintViolation<Agreement>> violations = validator.validate(agreement);
        assertEquals(1, violations.size());
        ConstraintViolation<Agreement> violation = violations.iterator().next();
        assertEquals("parties[1].code", violation.getPropertyPath().toString());
        assertTrue(violation.getMessage().startsWith("'aze' is neither"), violation.getMessage());
    }
}
