package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Regimens.DECOMPRESSIVE_SURGERY;
import static org.bcbm.recommendation.rules.Regimens.DEXAMETHASONE_MSCC;
import static org.bcbm.recommendation.rules.Regimens.FRACTURE_STABILISATION;
import static org.bcbm.recommendation.rules.Regimens.HYDRATION;
import static org.bcbm.recommendation.rules.Regimens.HYPERCALCAEMIA_DENOSUMAB;
import static org.bcbm.recommendation.rules.Regimens.HYPERCALCAEMIA_PAMIDRONIC_ACID;
import static org.bcbm.recommendation.rules.Regimens.HYPERCALCAEMIA_ZOLEDRONIC_ACID;
import static org.bcbm.recommendation.rules.Regimens.POSTOPERATIVE_RADIOTHERAPY;
import static org.bcbm.recommendation.rules.Regimens.PROPHYLACTIC_FIXATION;
import static org.bcbm.recommendation.rules.Regimens.RADIOTHERAPY_8GY;
import static org.bcbm.recommendation.rules.Regimens.RADIOTHERAPY_CORD_COMPRESSION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bcbm.common.contract.Enums.NeurologicalStatus;
import org.bcbm.common.contract.PatientProfile.Bone;
import org.bcbm.common.contract.PatientProfile.Clinical;

/**
 * Local treatment of bone metastases: pain, spinal cord compression, fracture, hypercalcaemia
 * (ESMO 2020 bone health, ASTRO 2024, NICE NG234, Patchell 2005, Major 2001).
 */
final class SkeletalComplications {

    /** Patchell 2005 excluded patients totally paraplegic for longer than 48 hours. */
    static final int PARAPLEGIA_HOURS_LIMIT = 48;
    /** Patchell 2005 took patients with an expected survival of at least 3 months. */
    static final int MINIMUM_EXPECTED_SURVIVAL_MONTHS = 3;

    private SkeletalComplications() {
    }

    static void apply(Assessment a, Answer answer) {
        Bone bone = a.profile.metastases().bone();
        if (bone == null) {
            answer.missing("metastases.bone");
            return;
        }
        boolean compression = Boolean.TRUE.equals(bone.spinalCordCompression());
        boolean fracture = Boolean.TRUE.equals(bone.impendingFracture()) || Boolean.TRUE.equals(bone.pathologicalFracture());
        if (compression) {
            spinalCordCompression(a, answer, bone);
        }
        if (fracture) {
            fracture(answer, bone);
        }
        if (Boolean.TRUE.equals(bone.painful()) && !compression && !fracture) {
            answer.offer(RADIOTHERAPY_8GY, "Painful uncomplicated bone metastasis (ESMO 2020 [I, A]).");
        }
        if (bone.painful() == null) {
            answer.missing("metastases.bone.painful");
        }
        hypercalcaemia(a, answer);
    }

    /**
     * Metastatic spinal cord compression is an emergency: dexamethasone at once; decompressive surgery then
     * radiotherapy for a patient who meets Patchell 2005's criteria - one area of compression, not paraplegic for
     * more than 48 hours, expected survival of at least 3 months, fit for surgery (breast cancer is not one of the
     * radiosensitive histologies it excluded) - and radiotherapy alone otherwise. Each criterion not given is asked for.
     */
    static void spinalCordCompression(Assessment a, Answer answer, Bone bone) {
        Clinical clinical = a.profile.clinical();
        Integer ecog = clinical == null ? null : clinical.ecog();
        Integer survival = clinical == null ? null : clinical.expectedSurvivalMonths();
        // a skeleton with one lesion has one area of compression; otherwise the levels must be given
        Integer levels = bone.compressionLevels() != null ? bone.compressionLevels()
                : Integer.valueOf(1).equals(bone.lesionCount()) ? Integer.valueOf(1) : null;
        List<String> unknown = new ArrayList<>();
        if (ecog == null) {
            answer.missing("clinical.ecog");
            unknown.add("ECOG performance status");
        }
        if (levels == null) {
            answer.missing("metastases.bone.compressionLevels");
            unknown.add("the number of separate areas of compression");
        }
        if (bone.neurologicalStatus() == null) {
            answer.missing("metastases.bone.neurologicalStatus");
            unknown.add("neurological status");
        } else if (bone.neurologicalStatus() == NeurologicalStatus.PARAPLEGIC && bone.paraplegiaHours() == null) {
            answer.missing("metastases.bone.paraplegiaHours");
            unknown.add("how long the paraplegia has lasted");
        }
        if (survival == null) {
            answer.missing("clinical.expectedSurvivalMonths");
            unknown.add("expected survival");
        }
        boolean longParaplegia = bone.neurologicalStatus() == NeurologicalStatus.PARAPLEGIC
                && bone.paraplegiaHours() != null && bone.paraplegiaHours() > PARAPLEGIA_HOURS_LIMIT;
        boolean surgicalCandidate = unknown.isEmpty() && ecog <= 2 && levels == 1 && !longParaplegia
                && survival >= MINIMUM_EXPECTED_SURVIVAL_MONTHS;
        answer.offer(DEXAMETHASONE_MSCC, null);
        if (surgicalCandidate) {
            answer.offer(DECOMPRESSIVE_SURGERY, "Fit patient (ECOG " + ecog + ") with one area of compression, not "
                    + "paraplegic for more than 48 hours and an expected survival of " + survival + " months.");
        } else if (!unknown.isEmpty()) {
            answer.note("Decompressive surgery followed by radiotherapy may be indicated (Patchell 2005); to decide, "
                    + "give " + String.join(", ", unknown) + ".");
        }
        String why = surgicalCandidate ? "Radiotherapy alone if surgery is declined or not possible in time."
                : "Spinal cord compression without the criteria for decompressive surgery"
                        + (unknown.isEmpty() ? "" : " established") + ": urgent radiotherapy.";
        answer.offer(RADIOTHERAPY_CORD_COMPRESSION, why);
    }

    /** ESMO 2020: prophylactic fixation of an impending fracture, fixation of an actual one, then radiotherapy. */
    static void fracture(Answer answer, Bone bone) {
        boolean actual = Boolean.TRUE.equals(bone.pathologicalFracture());
        answer.offer(actual ? FRACTURE_STABILISATION : PROPHYLACTIC_FIXATION, null);
        answer.offer(POSTOPERATIVE_RADIOTHERAPY, null);
    }

    /**
     * Corrected calcium above the usual reference range; without a measured value, the partner's flag. A measured
     * value is today's state, so it wins over a flag that disagrees with it (see {@link #flagDisagrees}).
     */
    static boolean isHypercalcaemic(Assessment a) {
        Bone bone = a.profile.metastases().bone();
        BigDecimal calcium = a.profile.clinical() == null ? null : a.profile.clinical().correctedCalciumMmolL();
        if (calcium != null) {
            return calcium.compareTo(BoneHealth.CALCIUM_HIGH) > 0;
        }
        return bone != null && Boolean.TRUE.equals(bone.hypercalcaemia());
    }

    /** Hypercalcaemia flagged while the measured corrected calcium is not high. */
    static boolean flagDisagrees(Assessment a) {
        Bone bone = a.profile.metastases().bone();
        BigDecimal calcium = a.profile.clinical() == null ? null : a.profile.clinical().correctedCalciumMmolL();
        return bone != null && Boolean.TRUE.equals(bone.hypercalcaemia()) && calcium != null
                && calcium.compareTo(BoneHealth.CALCIUM_HIGH) <= 0;
    }

    /**
     * Hypercalcaemia of malignancy: intravenous hydration, then an intravenous bisphosphonate - zoledronic acid 4 mg
     * (Major 2001), pamidronate the alternative - and denosumab where the hypercalcaemia persists after a
     * bisphosphonate or bisphosphonates are contraindicated.
     */
    static void hypercalcaemia(Assessment a, Answer answer) {
        if (flagDisagrees(a)) {
            answer.note("Hypercalcaemia is flagged but the corrected calcium given is not above "
                    + BoneHealth.CALCIUM_HIGH + " mmol/L; the measured value is followed: no hypercalcaemia treatment.");
        }
        if (!isHypercalcaemic(a)) {
            return;
        }
        answer.offer(HYDRATION, null);
        boolean bisphosphonatesContraindicated = answer.isContraindicated("zoledronic acid");
        if (bisphosphonatesContraindicated) {
            answer.offer(HYPERCALCAEMIA_DENOSUMAB, "Intravenous bisphosphonates are contraindicated here (severe renal "
                    + "impairment), so denosumab treats the hypercalcaemia.")
                    .warnFirst("Severe renal impairment: denosumab can cause severe hypocalcaemia once calcium falls; "
                            + "monitor calcium closely");
            return;
        }
        answer.offer(HYPERCALCAEMIA_ZOLEDRONIC_ACID, "After rehydration, an intravenous bisphosphonate.");
        answer.offer(HYPERCALCAEMIA_PAMIDRONIC_ACID, "Where zoledronic acid cannot be had.");
        answer.offer(HYPERCALCAEMIA_DENOSUMAB, "Only if calcium stays high after a bisphosphonate.");
    }
}
