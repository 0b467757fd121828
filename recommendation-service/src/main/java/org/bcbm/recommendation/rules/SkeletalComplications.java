package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Guidelines.ASTRO_BONE_2017;
import static org.bcbm.recommendation.rules.Guidelines.ESMO_BONE_2020;
import static org.bcbm.recommendation.rules.Guidelines.NICE_MSCC_2023;
import static org.bcbm.recommendation.rules.Guidelines.PATCHELL_2005;

import java.math.BigDecimal;
import java.util.List;
import org.bcbm.common.contract.PatientProfile.Bone;
import org.bcbm.common.contract.Recommendation.Radiotherapy;

/**
 * Local treatment of bone metastases: pain, spinal cord compression, fracture, hypercalcaemia
 * (ESMO 2020 bone health, ASTRO 2017, NICE NG234, Patchell 2005).
 */
final class SkeletalComplications {

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
            painfulUncomplicated(answer);
        }
        if (bone.painful() == null) {
            answer.missing("metastases.bone.painful");
        }
        hypercalcaemia(a, answer, bone);
    }

    /** ESMO 2020 [I, A]: a single 8 Gy fraction for painful uncomplicated bone metastases. */
    static void painfulUncomplicated(Answer answer) {
        answer.add(new Answer.Draft("bone.rt.single-fraction", "radiotherapy",
                "External beam radiotherapy 8 Gy single fraction", List.of(), "8 Gy in 1 fraction to the painful site",
                "Painful uncomplicated bone metastasis: a single 8 Gy fraction relieves pain as well as longer "
                        + "courses, with more convenience and lower cost; retreatment is more often needed.",
                List.of(), List.of(ESMO_BONE_2020, ASTRO_BONE_2017),
                new java.util.ArrayList<>(List.of("Pain flare in the first days: consider dexamethasone prophylaxis",
                        "Prophylactic antiemetics for fields including the abdomen")),
                new Radiotherapy(8, 1)));
    }

    /**
     * Metastatic spinal cord compression is an emergency: dexamethasone at once; decompressive surgery then
     * radiotherapy for fit patients with a single level (Patchell 2005); radiotherapy alone otherwise.
     */
    static void spinalCordCompression(Assessment a, Answer answer, Bone bone) {
        Integer ecog = a.profile.clinical() == null ? null : a.profile.clinical().ecog();
        if (ecog == null) {
            answer.missing("clinical.ecog");
        }
        if (bone.lesionCount() == null) {
            answer.missing("metastases.bone.lesionCount");
        }
        boolean surgicalCandidate = ecog != null && ecog <= 2 && bone.lesionCount() != null && bone.lesionCount() == 1;
        answer.add("bone.mscc.dexamethasone", "supportive", "Dexamethasone 16 mg daily", List.of("dexamethasone"),
                "16 mg orally or IV daily at once, with a proton-pump inhibitor; taper after definitive treatment",
                "Suspected metastatic spinal cord compression: start corticosteroids immediately, before imaging results.",
                List.of(), List.of(NICE_MSCC_2023), List.of("Blood glucose monitoring", "Urgent MRI of the whole spine"));
        if (surgicalCandidate) {
            answer.add("bone.mscc.surgery", "surgery", "Urgent decompressive surgery followed by radiotherapy", List.of(),
                    "surgery within 24 hours where possible, then postoperative radiotherapy",
                    "Fit patient (ECOG 0-2) with compression at one level: direct decompressive surgery plus "
                            + "radiotherapy kept more patients walking than radiotherapy alone (Patchell 2005).",
                    List.of(), List.of(PATCHELL_2005, NICE_MSCC_2023, ESMO_BONE_2020),
                    List.of("Urgent spinal surgical opinion", "Postoperative radiotherapy once the wound has healed"));
        }
        answer.add(new Answer.Draft("bone.mscc.radiotherapy", "radiotherapy",
                "External beam radiotherapy 20 Gy in 5 fractions to the compression", List.of(),
                "20 Gy in 5 fractions, starting urgently",
                surgicalCandidate ? "Radiotherapy alone if surgery is declined or not possible in time."
                        : "Spinal cord compression without a single-level surgical indication or without fitness for "
                                + "surgery: urgent radiotherapy.",
                List.of(), List.of(NICE_MSCC_2023, ESMO_BONE_2020),
                new java.util.ArrayList<>(List.of("Start within 24 hours")), new Radiotherapy(20, 5)));
    }

    /** ESMO 2020: prophylactic fixation of an impending fracture, fixation of an actual one, then radiotherapy. */
    static void fracture(Answer answer, Bone bone) {
        boolean actual = Boolean.TRUE.equals(bone.pathologicalFracture());
        answer.add("bone.fracture.stabilisation", "surgery",
                actual ? "Surgical stabilisation of the pathological fracture followed by radiotherapy"
                        : "Prophylactic surgical fixation of the impending fracture followed by radiotherapy",
                List.of(), "orthopaedic fixation, then postoperative radiotherapy to the operated bone",
                actual ? "A pathological fracture of a long bone is stabilised surgically, then irradiated."
                        : "An impending fracture is better fixed before it breaks than after.",
                List.of(), List.of(ESMO_BONE_2020),
                List.of("Orthopaedic surgical opinion", "Postoperative radiotherapy after fixation"));
        answer.add(new Answer.Draft("bone.fracture.postop-radiotherapy", "radiotherapy",
                "Postoperative external beam radiotherapy 8 Gy single fraction", List.of(),
                "8 Gy in 1 fraction to the operated bone once healed",
                "Radiotherapy after orthopaedic fixation treats the residual tumour and protects the fixation.",
                List.of(), List.of(ESMO_BONE_2020, ASTRO_BONE_2017), new java.util.ArrayList<>(),
                new Radiotherapy(8, 1)));
    }

    /** Flagged by the partner, or corrected calcium above the usual reference range. */
    static boolean isHypercalcaemic(Assessment a) {
        Bone bone = a.profile.metastases().bone();
        BigDecimal calcium = a.profile.clinical() == null ? null : a.profile.clinical().correctedCalciumMmolL();
        return (bone != null && Boolean.TRUE.equals(bone.hypercalcaemia()))
                || (calcium != null && calcium.compareTo(BoneHealth.CALCIUM_HIGH) > 0);
    }

    /** Hypercalcaemia of malignancy: intravenous hydration first, then a bone-modifying agent. */
    static void hypercalcaemia(Assessment a, Answer answer, Bone bone) {
        if (!isHypercalcaemic(a)) {
            return;
        }
        answer.add("bone.hypercalcaemia.hydration", "supportive", "Intravenous hydration with 0.9% sodium chloride",
                List.of(), "IV 0.9% sodium chloride, adjusted to cardiac and renal function",
                "Hypercalcaemia of malignancy: rehydrate first, then give a bone-modifying agent.",
                List.of(), List.of(ESMO_BONE_2020),
                List.of("Calcium, renal function and fluid balance daily", "Stop calcium and vitamin D supplements while hypercalcaemic"));
    }
}
