package org.bcbm.fhir.mcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.bcbm.common.regimen.AgentSchedules;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;

/** RxNorm codes and names to the platform's INNs. */
class RxNormAgentsTest {

    @Test
    void everyInnInTheRxNormTableIsAnAgentThePlatformSchedules() {
        RxNormAgents.INN_BY_RXCUI.values().forEach(inn ->
                assertTrue(AgentSchedules.of(inn).isPresent(), inn + " is not in AgentSchedules"));
    }

    @Test
    void aKnownRxNormCodeGivesItsInnWhateverTheDisplay() {
        CodeableConcept medication = new CodeableConcept(new Coding(Code.RXNORM, "1601374", "Ibrance"));
        assertEquals(Optional.of("palbociclib"), RxNormAgents.inn(medication));
    }

    @Test
    void anUnknownCodeFallsBackToTheTextMatchedAsAWholeInn() {
        CodeableConcept medication = new CodeableConcept(new Coding(Code.RXNORM, "999999999", null))
                .setText("Ribociclib 200 MG Oral Tablet");
        assertEquals(Optional.of("ribociclib"), RxNormAgents.inn(medication));
    }

    @Test
    void theLongestInnWinsSoADrugConjugateIsNotItsAntibody() {
        assertEquals(Optional.of("trastuzumab deruxtecan"), RxNormAgents.byName("fam-trastuzumab deruxtecan-nxki"));
        assertEquals(Optional.of("trastuzumab emtansine"), RxNormAgents.byName("ado-trastuzumab emtansine"));
        assertEquals(Optional.of("trastuzumab"), RxNormAgents.byName("Trastuzumab-dkst"));
    }

    @Test
    void aNameThatOnlyContainsAnInnIsNotMatched() {
        assertEquals(Optional.empty(), RxNormAgents.byName("not letrozole"));
        assertEquals(Optional.empty(), RxNormAgents.byName("letrozolex"));
        assertEquals(Optional.empty(), RxNormAgents.byName(" "));
    }
}
