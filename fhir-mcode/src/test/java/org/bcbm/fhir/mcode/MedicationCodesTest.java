package org.bcbm.fhir.mcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.junit.jupiter.api.Test;

/** Outgoing medicines carry only confirmed RxNorm ingredient codes, and read back as the same agent. */
class MedicationCodesTest {

    @Test
    void anAgentWithAConfirmedIngredientCodeIsSentWithIt() {
        CodeableConcept letrozole = MedicationCodes.concept("letrozole");
        assertEquals("letrozole", letrozole.getText());
        assertEquals(MedicationCodes.RXNORM, letrozole.getCodingFirstRep().getSystem());
        assertEquals("72965", letrozole.getCodingFirstRep().getCode());
    }

    @Test
    void anAgentWithoutAConfirmedCodeOrWithOnlyAClinicalDrugCodeIsSentByNameOnly() {
        assertTrue(MedicationCodes.concept("ribociclib").getCoding().isEmpty(), "no confirmed code at all");
        assertEquals(Optional.empty(), MedicationCodes.rxnormIngredient("tamoxifen"),
                "the table holds a tablet (SCD) for tamoxifen, not its ingredient");
    }

    @Test
    void everyIngredientCodeSentIsReadBackAsTheSameAgent() {
        RxNormAgents.INGREDIENT_BY_INN.forEach((inn, rxcui) ->
                assertEquals(Optional.of(inn), RxNormAgents.inn(MedicationCodes.concept(inn)), rxcui));
    }
}
