package org.bcbm.fhir.mcode;

import java.math.BigDecimal;
import java.util.Map;
import org.bcbm.common.contract.Enums.MenopausalStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Type;

/** ECOG, creatinine clearance and menopausal phase; eGFR is recognised but not used (see it); calcium: {@link Calcium}. */
final class ClinicalObservations {

    private static final Code ECOG_ZERO = Code.loinc("LA9622-7",
            "Fully active, able to carry on all pre-disease performance without restriction");

    private ClinicalObservations() {
    }

    /** ECOG 89247-1 as valueInteger 0-4 (mCODE ECOGPerformanceStatus); 5 (dead) and anything else are unmapped. */
    static Integer ecog(Observation observation, Findings findings) {
        Type value = ObservationValues.value(observation);
        if (value instanceof IntegerType && ((IntegerType) value).getValue() != null) {
            int score = ((IntegerType) value).getValue();
            if (score >= 0 && score <= 4) {
                return score;
            }
            findings.unmapped(observation, "clinical.ecog", "ECOG " + score + " is outside 0-4");
            return null;
        }
        if (value instanceof CodeableConcept && ECOG_ZERO.in((CodeableConcept) value)) {
            return 0;
        }
        findings.unmapped(observation, "clinical.ecog", value == null ? "observation has no value"
                : "value is a " + value.fhirType() + ", expected an integer 0-4");
        return null;
    }

    /** Creatinine clearance 2164-2 in mL/min (UCUM "mL/min"); a value per 1.73 m2 is not an absolute clearance. */
    static BigDecimal creatinineClearance(Observation observation, Findings findings) {
        BigDecimal value = ObservationValues.quantity(observation, "mL/min", "clinical.creatinineClearanceMlMin", findings);
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(200)) > 0)) {
            findings.unmapped(observation, "clinical.creatinineClearanceMlMin", "clearance "
                    + value.toPlainString() + " mL/min is outside 0-200");
            return null;
        }
        return value;
    }

    /** eGFR (33914-3) is normalised to 1.73 m2 and estimated: not the creatinine clearance the contract asks for. */
    static void egfr(Observation observation, Findings findings) {
        findings.unmapped(observation, "clinical.creatinineClearanceMlMin",
                "eGFR (33914-3) is not a creatinine clearance in mL/min; send 2164-2");
    }

    /** Menopausal phase from an observation value coded with one of {@link McodeCodes#MENOPAUSAL_PHASE}. */
    static MenopausalStatus menopausalStatus(Observation observation) {
        if (!(observation.getValue() instanceof CodeableConcept)) {
            return null;
        }
        CodeableConcept value = (CodeableConcept) observation.getValue();
        for (Map.Entry<Code, MenopausalStatus> entry : McodeCodes.MENOPAUSAL_PHASE.entrySet()) {
            if (entry.getKey().in(value)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
