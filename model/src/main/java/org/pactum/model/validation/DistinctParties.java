package org.pactum.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.pactum.model.internal.validation.DistinctPartiesValidator;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Class-level rule of {@link org.pactum.model.Agreement}: joint statements and joint declarations have at
 * least two distinct party codes, or a single party in the role {@code ISSUER} (an organization's summit
 * declaration). The violation names {@code parties}.
 */
@Documented
@Constraint(validatedBy = {DistinctPartiesValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(DistinctParties.List.class)
public @interface DistinctParties {

    String message() default "{org.pactum.model.validation.DistinctParties.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@link DistinctParties} constraints on one element. */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        DistinctParties[] value();
    }
}
