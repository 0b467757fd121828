package org.bcbm.common.contract;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code in upper case (null is valid: absence is handled elsewhere). */
@Constraint(validatedBy = IsoCountry.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCountry {

    String message() default "must be an ISO 3166-1 alpha-2 country code in upper case, e.g. UZ";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks against the JDK's list of ISO 3166-1 codes. */
    class Validator implements ConstraintValidator<IsoCountry, String> {

        private static final Set<String> CODES = Set.of(Locale.getISOCountries());

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CODES.contains(value);
        }
    }
}
