package org.pactum.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.pactum.model.internal.validation.AgreementChronologyValidator;
import org.pactum.model.internal.validation.MembershipChronologyValidator;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Class-level rule that dates follow each other: for an agreement, signed &lt;= in force &lt;= ended; for a
 * membership, since &lt;= until. Partial dates conflict only when one certainly lies after the other (earliest day
 * of the first after the latest day of the second). The violation names the later property.
 */
@Documented
@Constraint(validatedBy = {AgreementChronologyValidator.class, MembershipChronologyValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(Chronology.List.class)
public @interface Chronology {

    String message() default "{org.pactum.model.validation.Chronology.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@link Chronology} constraints on one element. */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        Chronology[] value();
    }
}
