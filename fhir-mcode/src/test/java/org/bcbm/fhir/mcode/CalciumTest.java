package org.bcbm.fhir.mcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

/** Albumin-corrected calcium from what a laboratory sends: as sent, or by Payne's formula, never from a total alone. */
class CalciumTest {

    private final Findings findings = new Findings();
    private final Calcium calcium = new Calcium();

    private static Observation lab(String id, String value, String unit, String day) {
        Observation o = new Observation();
        o.setId(id);
        o.setValue(new Quantity().setValue(new BigDecimal(value)).setSystem("http://unitsofmeasure.org").setCode(unit));
        if (day != null) {
            o.setEffective(new DateTimeType(day));
        }
        return o;
    }

    @Test
    void paynesFormulaAddsTwoHundredthsPerGramOfAlbuminBelowForty() {
        assertEquals(new BigDecimal("2.50"), Calcium.payne(new BigDecimal("2.30"), new BigDecimal("30")));
        assertEquals(new BigDecimal("2.26"), Calcium.payne(new BigDecimal("2.30"), new BigDecimal("42")));
        assertEquals(new BigDecimal("2.30"), Calcium.payne(new BigDecimal("2.30"), new BigDecimal("40")));
    }

    @Test
    void correctedCalciumIsTakenAsSentAndWinsOverADerivedOne() {
        calcium.corrected(lab("c", "2.61", "mmol/L", "2026-11-01"), findings);
        calcium.total(lab("t", "2.00", "mmol/L", "2026-11-01"), findings);
        calcium.albumin(lab("a", "40", "g/L", "2026-11-01"), findings);
        assertEquals(new BigDecimal("2.61"), calcium.resolve(findings));
        assertTrue(findings.unmappedItems().isEmpty(), findings.unmappedItems().toString());
    }

    @Test
    void totalCalciumInMilligramsPerDecilitreIsConvertedBeforeCorrection() {
        // 10.0 mg/dL / 4.008 = 2.495 mmol/L; albumin 2.5 g/dL = 25 g/L: + 0.02 x 15 = 2.80 mmol/L
        calcium.total(lab("t", "10.0", "mg/dL", "2026-11-01"), findings);
        calcium.albumin(lab("a", "2.5", "g/dL", "2026-11-01T08:30:00Z"), findings);
        assertEquals(new BigDecimal("2.80"), calcium.resolve(findings));
    }

    @Test
    void theLatestReadingOfEachCounts() {
        calcium.total(lab("old", "3.40", "mmol/L", "2026-10-01"), findings);
        calcium.total(lab("new", "2.40", "mmol/L", "2026-11-01"), findings);
        calcium.albumin(lab("a", "40", "g/L", "2026-11-01"), findings);
        assertEquals(new BigDecimal("2.40"), calcium.resolve(findings));
    }

    @Test
    void totalCalciumWithoutAlbuminIsNeverTakenForACorrectedValue() {
        calcium.total(lab("t", "2.40", "mmol/L", "2026-11-01"), findings);
        assertNull(calcium.resolve(findings));
        assertEquals(1, findings.unmappedItems().size());
        assertEquals(Calcium.FIELD, findings.unmappedItems().get(0).field());
        assertTrue(findings.unmappedItems().get(0).reason().contains("1751-7"));
    }

    @Test
    void aValueInAnotherUnitOrOutsideThePlausibleRangeIsUnmappedNotGuessed() {
        calcium.corrected(lab("c", "9.6", "mg/dL", "2026-11-01"), findings);
        assertNull(calcium.resolve(findings), "29265-6 is a molar quantity: mg/dL is not accepted for it");
        Calcium implausible = new Calcium();
        Findings more = new Findings();
        implausible.corrected(lab("c", "7.2", "mmol/L", "2026-11-01"), more);
        assertNull(implausible.resolve(more));
        assertTrue(more.unmappedItems().get(0).reason().contains("outside 1.0-5.0"));
    }
}
