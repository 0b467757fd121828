package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Regimens.DENOSUMAB;
import static org.bcbm.recommendation.rules.Regimens.PAMIDRONIC_ACID;
import static org.bcbm.recommendation.rules.Regimens.ZOLEDRONIC_ACID;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bcbm.common.contract.Enums.DentalStatus;
import org.bcbm.common.contract.PatientProfile.Clinical;

/**
 * Bone-modifying agents for every patient with bone metastases (ESMO 2020 bone health: start zoledronate or
 * denosumab whether symptomatic or not; ASCO 2017), with the renal, calcium and dental rules of their labels.
 * With hypercalcaemia the intravenous bisphosphonate comes first, because it also treats the hypercalcaemia.
 */
final class BoneHealth {

    /** Lower limit of the usual adult reference range for corrected calcium. */
    static final BigDecimal CALCIUM_LOW = new BigDecimal("2.20");
    static final BigDecimal CALCIUM_HIGH = new BigDecimal("2.60");
    static final BigDecimal SEVERE_RENAL_IMPAIRMENT = BigDecimal.valueOf(30);

    private BoneHealth() {
    }

    static void apply(Assessment a, Answer answer) {
        Clinical clinical = a.profile.clinical();
        BigDecimal crcl = clinical == null ? null : clinical.creatinineClearanceMlMin();
        BigDecimal calcium = clinical == null ? null : clinical.correctedCalciumMmolL();
        DentalStatus dental = clinical == null ? null : clinical.dentalStatus();
        boolean hypercalcaemic = SkeletalComplications.isHypercalcaemic(a);

        // read in this order: a condition to correct before the first dose comes first
        List<String> first = new ArrayList<>();
        List<String> common = new ArrayList<>();
        if (calcium == null) {
            answer.missing("clinical.correctedCalciumMmolL");
        } else if (calcium.compareTo(CALCIUM_LOW) < 0) {
            first.add("Corrected calcium " + calcium + " mmol/L is low: correct hypocalcaemia before the first dose");
        }
        if (hypercalcaemic) {
            first.add("Hypercalcaemia: no calcium or vitamin D supplements while calcium is high; reassess once it is normal");
        } else {
            common.add("Calcium and vitamin D supplementation");
        }
        common.add("Dental examination before start");
        if (dental == null || dental == DentalStatus.UNKNOWN) {
            answer.missing("clinical.dentalStatus");
        } else if (dental == DentalStatus.PENDING_INVASIVE_PROCEDURE) {
            common.add("Pending invasive dental procedure: complete it and let the mouth heal before the first dose "
                    + "(osteonecrosis of the jaw risk); this delays, it does not rule out, the agent");
        } else if (dental == DentalStatus.POOR_ORAL_HEALTH) {
            common.add("Poor oral health: dental treatment before the first dose (osteonecrosis of the jaw risk)");
        }
        if (crcl == null) {
            answer.missing("clinical.creatinineClearanceMlMin");
        }
        boolean severeRenal = crcl != null && crcl.compareTo(SEVERE_RENAL_IMPAIRMENT) < 0;
        if (severeRenal) {
            String why = "creatinine clearance " + crcl + " mL/min is below 30 mL/min: not recommended (label)";
            answer.contraindicate("zoledronic acid", why);
            answer.contraindicate("pamidronic acid", why);
        }

        Runnable denosumab = () -> {
            Answer.Draft d = answer.offer(DENOSUMAB, null);
            common.forEach(d::warn);
            if (severeRenal) {
                d.warnFirst("Creatinine clearance below 30 mL/min: high risk of severe hypocalcaemia; monitor calcium "
                        + "closely, no renal dose adjustment");
            }
            first.forEach(d::warnFirst);
        };
        if (!hypercalcaemic) {
            denosumab.run();
        }
        if (!severeRenal) {
            Regimen zoledronic = crcl == null ? ZOLEDRONIC_ACID
                    : ZOLEDRONIC_ACID.adjusted("zoledronic acid", zoledronicDose(crcl) + " IV over at least 15 minutes "
                            + "every 3-4 weeks; every 12 weeks is an alternative once stable",
                            "Zoledronic acid " + zoledronicDose(crcl) + " IV every 3-4 weeks or every 12 weeks");
            Answer.Draft z = answer.offer(zoledronic, crcl == null
                    ? "The dose depends on creatinine clearance (not given): " + zoledronicDose(null) + "."
                    : "Dose set by creatinine clearance " + crcl + " mL/min (label).");
            common.forEach(z::warn);
            first.forEach(z::warnFirst);
        }
        if (hypercalcaemic) {
            denosumab.run();
        }
        if (!severeRenal) {
            Answer.Draft p = answer.offer(PAMIDRONIC_ACID, null);
            common.forEach(p::warn);
            first.forEach(p::warnFirst);
        }
    }

    /** Zometa label: 4 mg above 60 mL/min; 3.5 mg at 50-60; 3.3 mg at 40-49; 3.0 mg at 30-39. */
    static String zoledronicDose(BigDecimal crcl) {
        if (crcl == null) {
            return "4 mg (less if creatinine clearance is 60 mL/min or below)";
        }
        if (crcl.compareTo(BigDecimal.valueOf(60)) > 0) {
            return "4 mg";
        }
        if (crcl.compareTo(BigDecimal.valueOf(50)) >= 0) {
            return "3.5 mg";
        }
        if (crcl.compareTo(BigDecimal.valueOf(40)) >= 0) {
            return "3.3 mg";
        }
        return "3.0 mg";
    }
}
