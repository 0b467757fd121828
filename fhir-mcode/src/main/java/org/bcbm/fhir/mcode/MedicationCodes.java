package org.bcbm.fhir.mcode;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * How the platform names an agent in FHIR it sends: its INN as text, with the RxNorm ingredient code when the
 * confirmed table ({@link RxNormAgents}, docs/research/mcode-codes.md) holds one. An agent without a confirmed code is
 * sent by name only: a guessed code could order the wrong product.
 */
public final class MedicationCodes {

    public static final String RXNORM = Code.RXNORM;

    private MedicationCodes() {
    }

    /** The RxNorm ingredient RXCUI of an agent named by its INN, when confirmed. */
    public static Optional<String> rxnormIngredient(String inn) {
        return Optional.ofNullable(RxNormAgents.INGREDIENT_BY_INN.get(inn));
    }

    /** The agent as a CodeableConcept: INN text, plus the RxNorm ingredient coding when confirmed. */
    public static CodeableConcept concept(String inn) {
        CodeableConcept concept = new CodeableConcept().setText(inn);
        rxnormIngredient(inn).ifPresent(rxcui -> concept.addCoding(new Coding(RXNORM, rxcui, inn)));
        return concept;
    }
}
