package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Guidelines.ASCO_BMA_2017;
import static org.bcbm.recommendation.rules.Guidelines.ESMO_BONE_2020;
import static org.bcbm.recommendation.rules.Guidelines.PAMIDRONATE_SMPC;
import static org.bcbm.recommendation.rules.Guidelines.XGEVA_SMPC;
import static org.bcbm.recommendation.rules.Guidelines.ZOMETA_SMPC;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bcbm.common.contract.Enums.DentalStatus;
import org.bcbm.common.contract.PatientProfile.Clinical;

/**
 * Bone-modifying agents for every patient with bone metastases (ESMO 2020 bone health: start zoledronate or
 * denosumab whether symptomatic or not; ASCO 2017), with the renal, calcium and dental rules of their labels.
 */
final class BoneHealth {

    /** Lower limit of the usual adult reference range for corrected calcium. */
    static final BigDecimal CALCIUM_LOW = new BigDecimal("2.20");
    static final BigDecimal CALCIUM_HIGH = new BigDecimal("2.60");

    private BoneHealth() {
    }

    static void apply(Assessment a, Answer answer) {
        Clinical clinical = a.profile.clinical();
        BigDecimal crcl = clinical == null ? null : clinical.creatinineClearanceMlMin();
        BigDecimal calcium = clinical == null ? null : clinical.correctedCalciumMmolL();
        DentalStatus dental = clinical == null ? null : clinical.dentalStatus();

        List<String> common = new ArrayList<>();
        common.add(SkeletalComplications.isHypercalcaemic(a)
                ? "Hypercalcaemia: no calcium or vitamin D supplements until calcium is normal, then supplement"
                : "Calcium and vitamin D supplementation");
        common.add("Dental examination before start");
        if (dental == null || dental == DentalStatus.UNKNOWN) {
            answer.missing("clinical.dentalStatus");
        } else if (dental == DentalStatus.PENDING_INVASIVE_PROCEDURE) {
            common.add("Pending invasive dental procedure: complete it and let the mouth heal before the first dose "
                    + "(osteonecrosis of the jaw risk); this delays, it does not rule out, the agent");
        } else if (dental == DentalStatus.POOR_ORAL_HEALTH) {
            common.add("Poor oral health: dental treatment before the first dose (osteonecrosis of the jaw risk)");
        }
        if (calcium == null) {
            answer.missing("clinical.correctedCalciumMmolL");
        } else if (calcium.compareTo(CALCIUM_LOW) < 0) {
            common.add("Corrected calcium " + calcium + " mmol/L is low: correct hypocalcaemia before the first dose");
        }
        if (crcl == null) {
            answer.missing("clinical.creatinineClearanceMlMin");
        }
        boolean severeRenal = crcl != null && crcl.compareTo(BigDecimal.valueOf(30)) < 0;

        List<String> denosumabWarnings = new ArrayList<>(common);
        denosumabWarnings.add("Check calcium before each dose (hypocalcaemia)");
        if (severeRenal) {
            denosumabWarnings.add(0, "Creatinine clearance below 30 mL/min: high risk of severe hypocalcaemia; "
                    + "monitor calcium closely, no renal dose adjustment");
        }
        answer.add("bone.denosumab", "bone_modifying", "Denosumab 120 mg SC every 4 weeks", List.of("denosumab"),
                "120 mg subcutaneously every 4 weeks",
                "Denosumab delayed the first skeletal-related event more than zoledronic acid in breast cancer with "
                        + "bone metastases (Stopeck 2010) and needs no renal dose adjustment.",
                List.of("STOPECK-2010"), List.of(ESMO_BONE_2020, ASCO_BMA_2017, XGEVA_SMPC), denosumabWarnings);

        if (severeRenal) {
            answer.contraindicate("zoledronic acid", "creatinine clearance " + crcl + " mL/min is below 30 mL/min: "
                    + "not recommended (label)");
            answer.contraindicate("pamidronic acid", "creatinine clearance " + crcl + " mL/min is below 30 mL/min: "
                    + "not recommended (label)");
        } else {
            List<String> zoledronicWarnings = new ArrayList<>(common);
            zoledronicWarnings.add("Serum creatinine before each dose; acute-phase reaction after the first infusion");
            answer.add("bone.zoledronic-acid", "bone_modifying",
                    "Zoledronic acid " + (crcl == null ? "4 mg" : zoledronicDose(crcl)) + " IV every 3-4 weeks or every 12 weeks",
                    List.of("zoledronic acid"),
                    zoledronicDose(crcl) + " IV over at least 15 minutes every 3-4 weeks; every 12 weeks is an "
                            + "alternative once stable",
                    "Zoledronic acid reduces skeletal-related events, is generic, affordable and on the WHO essential "
                            + "medicines list; denosumab delayed the first event somewhat longer (Stopeck 2010)"
                            + (crcl == null ? "; the dose depends on creatinine clearance (not given)."
                            : "; dose set by creatinine clearance " + crcl + " mL/min."),
                    List.of(), List.of(ESMO_BONE_2020, ASCO_BMA_2017, ZOMETA_SMPC), zoledronicWarnings);
            List<String> pamidronateWarnings = new ArrayList<>(common);
            pamidronateWarnings.add("Serum creatinine before each dose");
            answer.add("bone.pamidronic-acid", "bone_modifying", "Pamidronate 90 mg IV every 3-4 weeks",
                    List.of("pamidronic acid"), "90 mg IV over at least 2 hours every 3-4 weeks",
                    "Pamidronate is an older bisphosphonate; an alternative where zoledronic acid and denosumab cannot be had.",
                    List.of(), List.of(ASCO_BMA_2017, PAMIDRONATE_SMPC), pamidronateWarnings);
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
