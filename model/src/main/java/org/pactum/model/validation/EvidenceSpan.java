package org.pactum.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.pactum.model.internal.validation.EvidenceSpanValidator;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Class-level rule of {@link org.pactum.model.Evidence}: {@code 0 <= start < end} and the quote is exactly
 * {@code end - start} characters long. Each violation names the property at fault (start, end or quote).
 */
@Documented
@Constraint(validatedBy = {EvidenceSpanValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(EvidenceSpan.List.class)
public @interface EvidenceSpan {

    String message() default "{org.pactum.model.validation.EvidenceSpan.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@link EvidenceSpan} constraints on one element. */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        EvidenceSpan[] value();
    }
}
