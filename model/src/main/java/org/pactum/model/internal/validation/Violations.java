package org.pactum.model.internal.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a class-level rule's violation on the property at fault, with its own message key. */
final class Violations {

    private static final String PREFIX = "{org.pactum.model.validation.";

    private Violations() {
    }

    static void report(ConstraintValidatorContext context, String property, String messageKey) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(PREFIX + messageKey + "}")
                .addPropertyNode(property)
                .addConstraintViolation();
    }
}
