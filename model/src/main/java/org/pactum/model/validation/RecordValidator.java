package org.pactum.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates Pactum records against every rule of the data contract (Jakarta Bean Validation).
 * Thread-safe; {@link #create()} shares one validator factory per JVM (class loader).
 */
public final class RecordValidator {

    /** Lazily built: the factory is expensive and needs a Bean Validation provider on the class or module path. */
    private static final class Shared {
        static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    }

    private final Validator validator;

    private RecordValidator(Validator validator) {
        this.validator = validator;
    }

    /** A validator using the default Bean Validation provider (Hibernate Validator). */
    public static RecordValidator create() {
        return new RecordValidator(Shared.FACTORY.getValidator());
    }

    /** A validator delegating to the given one (e.g. the container's, in Jakarta EE). */
    public static RecordValidator using(Validator validator) {
        return new RecordValidator(validator);
    }

    /** Every rule the record breaks; empty when it is valid. */
    public <T> Set<ConstraintViolation<T>> validate(T record) {
        return validator.validate(record);
    }

    /** Whether the record breaks no rule. */
    public boolean isValid(Object record) {
        return validator.validate(record).isEmpty();
    }

    /**
     * Returns the record if it is valid.
     *
     * @throws ConstraintViolationException listing "path: message" for every violation, sorted by path
     */
    public <T> T requireValid(T record) {
        Set<ConstraintViolation<T>> violations = validator.validate(record);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(describe(violations), violations);
        }
        return record;
    }

    /** One line per violation, "path: message", sorted by path: for logs and error messages. */
    public static String describe(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
    }
}
