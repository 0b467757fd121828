package org.bcbm.fhir.mcode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;

/** Reading an Observation's value (or a component's) without guessing: each reader says what it found or why not. */
final class ObservationValues {

    private ObservationValues() {
    }

    /** Whether the observation's code is any of {@code codes}. */
    static boolean codeIn(Observation observation, List<Code> codes) {
        return codes.stream().anyMatch(code -> code.in(observation.getCode()));
    }

    /** The observation's value, or null when it has none (an element dropped by the parser leaves an empty one). */
    static Type value(Observation observation) {
        Type value = observation.getValue();
        return value == null || value.isEmpty() ? null : value;
    }

    /** Positive (true), negative (false) or unreadable (null, with the reason in findings). */
    static Boolean positiveOrNegative(Observation observation, String field, Findings findings) {
        Type value = value(observation);
        if (value == null) {
            findings.unmapped(observation, field, "observation has no value");
            return null;
        }
        if (!(value instanceof CodeableConcept)) {
            findings.unmapped(observation, field, "value is a " + value.fhirType() + ", expected a CodeableConcept");
            return null;
        }
        CodeableConcept concept = (CodeableConcept) value;
        if (McodeCodes.POSITIVE.stream().anyMatch(code -> code.in(concept))) {
            return true;
        }
        if (McodeCodes.NEGATIVE.stream().anyMatch(code -> code.in(concept))) {
            return false;
        }
        findings.unmapped(observation, field, "value " + describe(concept) + " is neither a known positive nor negative code");
        return null;
    }

    /** A Quantity value in {@code unit} (UCUM code, or unit text when no code), else null with the reason. */
    static BigDecimal quantity(Observation observation, String unit, String field, Findings findings) {
        Type value = value(observation);
        if (value == null) {
            findings.unmapped(observation, field, "observation has no value");
            return null;
        }
        if (!(value instanceof Quantity)) {
            findings.unmapped(observation, field, "value is a " + value.fhirType() + ", expected a Quantity in " + unit);
            return null;
        }
        return quantityIn((Quantity) value, unit, observation, field, findings);
    }

    static BigDecimal quantityIn(Quantity quantity, String unit, Observation observation, String field, Findings findings) {
        if (!quantity.hasValue()) {
            findings.unmapped(observation, field, "quantity has no value");
            return null;
        }
        String given = quantity.hasCode() ? quantity.getCode() : quantity.getUnit();
        if (given == null || !given.equals(unit)) {
            findings.unmapped(observation, field, "unit '" + (given == null ? "" : given) + "' is not " + unit);
            return null;
        }
        return quantity.getValue();
    }

    /** The text of a CodeableConcept value, or of its first coding's display, or of a string value; null when none. */
    static String text(Type value) {
        if (value instanceof CodeableConcept) {
            CodeableConcept concept = (CodeableConcept) value;
            if (concept.hasText()) {
                return concept.getText().trim();
            }
            for (Coding coding : concept.getCoding()) {
                if (coding.hasDisplay()) {
                    return coding.getDisplay().trim();
                }
            }
            return null;
        }
        if (value != null && value.isPrimitive() && "string".equals(value.fhirType())) {
            return value.primitiveValue().trim();
        }
        return null;
    }

    static String describe(CodeableConcept concept) {
        if (concept.hasCoding()) {
            Coding coding = concept.getCodingFirstRep();
            return "'" + coding.getSystem() + "|" + coding.getCode() + "'";
        }
        return concept.hasText() ? "'" + concept.getText() + "'" : "(empty)";
    }

    static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
