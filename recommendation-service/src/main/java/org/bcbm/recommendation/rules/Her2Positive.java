package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Regimens.PERTUZUMAB_TRASTUZUMAB_DOCETAXEL;
import static org.bcbm.recommendation.rules.Regimens.PERTUZUMAB_TRASTUZUMAB_LETROZOLE;
import static org.bcbm.recommendation.rules.Regimens.TRASTUZUMAB_CAPECITABINE;
import static org.bcbm.recommendation.rules.Regimens.TRASTUZUMAB_DERUXTECAN;
import static org.bcbm.recommendation.rules.Regimens.TRASTUZUMAB_DERUXTECAN_PERTUZUMAB;
import static org.bcbm.recommendation.rules.Regimens.TRASTUZUMAB_DOCETAXEL;
import static org.bcbm.recommendation.rules.Regimens.TRASTUZUMAB_EMTANSINE;
import static org.bcbm.recommendation.rules.Regimens.TUCATINIB_TRASTUZUMAB_CAPECITABINE;

import java.util.ArrayList;
import java.util.List;

/**
 * Systemic options for HER2-positive disease (ESMO, ABC 6/7): first line THP (CLEOPATRA) or trastuzumab deruxtecan +
 * pertuzumab (DESTINY-Breast09); second line trastuzumab deruxtecan (DESTINY-Breast03) - also for relapse during or
 * within 12 months of (neo)adjuvant anti-HER2 therapy, which is not first-line disease - then later lines.
 */
final class Her2Positive {

    private Her2Positive() {
    }

    static void apply(Assessment a, Answer answer) {
        if (a.visceralCrisis) {
            answer.note("Visceral crisis: the anti-HER2 regimen for this line is given with its chemotherapy partner "
                    + "for a fast response.");
        }
        if (a.priorMetastaticAntiHer2 || a.lineOfTherapy > 1) {
            secondAndLaterLines(a, answer, "HER2-positive disease after trastuzumab and a taxane");
            return;
        }
        if (a.earlyRelapseAfterAdjuvantAntiHer2) {
            // DESTINY-Breast03 took progression within 6 months of (neo)adjuvant trastuzumab; relapse this early is
            // anti-HER2 resistance, so CLEOPATRA's first-line regimen does not apply
            answer.note("Relapse during or within 12 months of (neo)adjuvant anti-HER2 therapy is treated as second-line "
                    + "disease (ESMO; DESTINY-Breast03).");
            secondAndLaterLines(a, answer, "HER2-positive relapse during or within 12 months of (neo)adjuvant "
                    + "anti-HER2 therapy");
            return;
        }
        List<String> cardiac = new ArrayList<>();
        Integer lvef = a.profile.clinical() == null ? null : a.profile.clinical().lvefPercent();
        if (lvef == null) {
            answer.missing("clinical.lvefPercent");
        } else if (lvef < 50) {
            cardiac.add("LVEF " + lvef + "% is below 50%: cardiology review before any anti-HER2 antibody");
        }
        if (a.brainMetastases) {
            answer.note("Brain metastases: local therapy (surgery or radiosurgery) is discussed first.");
        }
        String why = "HER2-positive disease, first line.";
        String hrPositive = a.hrPositive ? " HR+/HER2+: after the taxane, anti-HER2 therapy continues with endocrine "
                + "maintenance." : "";
        if (a.canReceive(PERTUZUMAB_TRASTUZUMAB_DOCETAXEL)) {
            warnFirst(answer.offer(PERTUZUMAB_TRASTUZUMAB_DOCETAXEL, why + hrPositive), cardiac);
        }
        // after THP because CLEOPATRA's overall-survival gain is shown and DESTINY-Breast09's OS is still immature
        if (a.canReceive(TRASTUZUMAB_DERUXTECAN_PERTUZUMAB)) {
            warnFirst(answer.offer(TRASTUZUMAB_DERUXTECAN_PERTUZUMAB, why), cardiac);
        }
        if (a.canReceive(TRASTUZUMAB_DOCETAXEL)) {
            warnFirst(answer.offer(TRASTUZUMAB_DOCETAXEL, why + hrPositive), cardiac);
        }
        if (a.hrPositive && a.canReceive(PERTUZUMAB_TRASTUZUMAB_LETROZOLE)) {
            warnFirst(HrPositiveHer2Negative.offerEndocrine(a, answer, PERTUZUMAB_TRASTUZUMAB_LETROZOLE,
                    "HR+/HER2+ disease: maintenance once the taxane stops."), cardiac);
        }
    }

    private static void warnFirst(Answer.Draft draft, List<String> warnings) {
        warnings.forEach(draft::warnFirst);
    }

    /**
     * After anti-HER2 therapy: trastuzumab deruxtecan (DESTINY-Breast03); with brain metastases, tucatinib with
     * trastuzumab and capecitabine (HER2CLIMB) first; trastuzumab emtansine later.
     */
    static void secondAndLaterLines(Assessment a, Answer answer, String setting) {
        boolean tucatinib = a.canReceive(TUCATINIB_TRASTUZUMAB_CAPECITABINE);
        if (a.brainMetastases && tucatinib) {
            answer.offer(TUCATINIB_TRASTUZUMAB_CAPECITABINE, setting + ", with brain metastases.");
        }
        if (!a.failed("trastuzumab deruxtecan")) {
            answer.offer(TRASTUZUMAB_DERUXTECAN, setting + ": trastuzumab deruxtecan prolonged progression-free and "
                    + "overall survival over trastuzumab emtansine (DESTINY-Breast03).").citing("DESTINY-BREAST03");
        }
        if (!a.brainMetastases && tucatinib) {
            answer.offer(TUCATINIB_TRASTUZUMAB_CAPECITABINE, setting + ".");
        }
        if (a.canReceive(TRASTUZUMAB_EMTANSINE)) {
            answer.offer(TRASTUZUMAB_EMTANSINE, setting + ".");
        }
        if (a.canReceive(TRASTUZUMAB_CAPECITABINE)) {
            answer.offer(TRASTUZUMAB_CAPECITABINE, setting + ".");
        }
    }
}
