package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Regimens.CAPECITABINE;
import static org.bcbm.recommendation.rules.Regimens.CARBOPLATIN;
import static org.bcbm.recommendation.rules.Regimens.DATOPOTAMAB_DERUXTECAN;
import static org.bcbm.recommendation.rules.Regimens.PACLITAXEL_WEEKLY;
import static org.bcbm.recommendation.rules.Regimens.PEMBROLIZUMAB_GEMCITABINE_CARBOPLATIN;
import static org.bcbm.recommendation.rules.Regimens.PEMBROLIZUMAB_PACLITAXEL;
import static org.bcbm.recommendation.rules.Regimens.SACITUZUMAB_GOVITECAN;
import static org.bcbm.recommendation.rules.Regimens.SACITUZUMAB_PEMBROLIZUMAB;

import org.bcbm.recommendation.rules.Regimen.Requirement;

/**
 * Triple-negative disease (ESMO and its living updates, and the 2025-2026 first-line approvals): first line by
 * PD-L1 - CPS >= 10: pembrolizumab with chemotherapy (KEYNOTE-355) or with sacituzumab govitecan (ASCENT-04);
 * not a candidate for PD-(L)1 inhibitors: datopotamab deruxtecan (TROPION-Breast02) or sacituzumab govitecan
 * (ASCENT-03) - and germline BRCA (PARP inhibitor or platinum); pretreated: ranked by evidence in {@link LaterLines}.
 */
final class TripleNegative {

    private TripleNegative() {
    }

    static void apply(Assessment a, Answer answer) {
        if (a.visceralCrisis) {
            answer.note("Visceral crisis: chemotherapy-containing options come first for a fast response.");
        }
        // any metastatic line ends the first line, an antibody-drug conjugate included (it is not counted as chemotherapy)
        if (a.lineOfTherapy == 1) {
            firstLine(a, answer);
        } else {
            LaterLines.tripleNegativeAfterFirstLine(a, answer);
        }
    }

    static void firstLine(Assessment a, Answer answer) {
        Integer cps = a.profile.tumour().pdl1Cps();
        String pdl1 = "Triple-negative disease with PD-L1 CPS >= 10, first line.";
        if (a.canReceive(PEMBROLIZUMAB_PACLITAXEL)) {
            answer.offer(PEMBROLIZUMAB_PACLITAXEL, pdl1);
        }
        if (a.canReceive(PEMBROLIZUMAB_GEMCITABINE_CARBOPLATIN)) {
            answer.offer(PEMBROLIZUMAB_GEMCITABINE_CARBOPLATIN, pdl1);
        }
        boolean pd1Candidate = Requirement.PDL1_CPS_10.metBy(a) && !a.failed("pembrolizumab");
        // after KEYNOTE-355 because its overall-survival gain is shown; ASCENT-04's OS is still immature
        if (pd1Candidate && a.canReceive(SACITUZUMAB_PEMBROLIZUMAB)) {
            answer.offer(SACITUZUMAB_PEMBROLIZUMAB, pdl1);
        }
        // the biomarker-matched option first for carriers; the trials of the first-line ADCs were not selected for it
        LaterLines.parpInhibitorsFirstLine(a, answer);
        if (cps != null && !pd1Candidate) {
            String why = "First line, not a candidate for a PD-(L)1 inhibitor.";
            if (a.canReceive(DATOPOTAMAB_DERUXTECAN)) {
                answer.offer(DATOPOTAMAB_DERUXTECAN, why);
            }
            if (a.canReceive(SACITUZUMAB_GOVITECAN)) {
                answer.offer(SACITUZUMAB_GOVITECAN, why + " Sacituzumab govitecan prolonged progression-free survival "
                        + "over chemotherapy (ASCENT-03); overall survival is immature.").citing("ASCENT-03");
            }
        }
        if (a.canReceive(CARBOPLATIN)) {
            answer.offer(CARBOPLATIN, "Germline BRCA1/2 mutation.");
        }
        if (a.canReceive(PACLITAXEL_WEEKLY)) {
            answer.offer(PACLITAXEL_WEEKLY, "Single-agent taxane chemotherapy is the first-line standard without PD-L1 "
                    + "or BRCA-directed options.");
        }
        if (a.canReceive(CAPECITABINE)) {
            answer.offer(CAPECITABINE, "An oral chemotherapy alternative, e.g. after a recent taxane.");
        }
        if (cps == null) {
            answer.note("PD-L1 (22C3 CPS) is not known: pembrolizumab-based options need CPS >= 10, and the first-line "
                    + "antibody-drug conjugates for patients who are not PD-(L)1 candidates (TROPION-Breast02, ASCENT-03) "
                    + "need it known to be below 10.");
        }
    }
}
