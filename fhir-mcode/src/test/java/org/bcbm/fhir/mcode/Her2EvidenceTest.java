package org.bcbm.fhir.mcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.bcbm.common.contract.Enums.Her2;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/** How the HER2 results combine: ASCO/CAP 2018 categories with HER2-low and the 2023 ultralow wording. */
class Her2EvidenceTest {

    private static Her2 decide(Boolean interpretation, String ihc, String faint, Boolean ish, Findings findings) {
        TumourMarkers.Her2Evidence evidence = new TumourMarkers.Her2Evidence();
        evidence.interpretationPositive = interpretation;
        evidence.ihc = ihc;
        evidence.faintStaining = faint == null ? null : new BigDecimal(faint);
        evidence.ishAmplified = ish;
        evidence.ihcObservation = new Observation();
        return evidence.decide(findings);
    }

    @Test
    void ihc3PlusOrAmplifiedIshOrAPositiveInterpretationIsPositive() {
        assertEquals(Her2.POSITIVE, decide(null, "3+", null, null, new Findings()));
        assertEquals(Her2.POSITIVE, decide(null, "2+", null, true, new Findings()));
        assertEquals(Her2.POSITIVE, decide(true, null, null, null, new Findings()));
    }

    @Test
    void ihc1PlusOrIhc2PlusWithNegativeIshIsLowEvenWhenTheInterpretationSaysNegative() {
        assertEquals(Her2.LOW, decide(false, "1+", null, null, new Findings()));
        assertEquals(Her2.LOW, decide(false, "2+", null, false, new Findings()));
    }

    @Test
    void ihc2PlusWithoutIshIsNotDecided() {
        Findings findings = new Findings();
        assertNull(decide(null, "2+", null, null, findings));
        assertTrue(findings.unmappedItems().get(0).reason().contains("equivocal"));
    }

    @Test
    void ihc0WithFaintStainingAboveZeroAndUpToTenPercentIsUltralow() {
        assertEquals(Her2.ULTRALOW, decide(null, "0", "0.5", null, new Findings()));
        assertEquals(Her2.ULTRALOW, decide(null, "0", "10", null, new Findings()));
        assertEquals(Her2.NEGATIVE, decide(null, "0", "0", null, new Findings()));
    }

    @Test
    void ihc0WithMoreThanTenPercentFaintStainingIsInconsistentAndNotDecided() {
        Findings findings = new Findings();
        assertNull(decide(null, "0", "15", null, findings));
        assertEquals(1, findings.unmappedItems().size());
    }

    @Test
    void ihc0WithoutTheStainingPercentageIsNegativeAndSaysUltralowWasNotAssessed() {
        Findings findings = new Findings();
        assertEquals(Her2.NEGATIVE, decide(null, "0", null, null, findings));
        assertTrue(findings.unmappedItems().get(0).reason().contains("ultralow not assessed"));
    }

    @Test
    void noHer2ResultAtAllIsNotDecided() {
        assertNull(decide(null, null, null, null, new Findings()));
    }
}
