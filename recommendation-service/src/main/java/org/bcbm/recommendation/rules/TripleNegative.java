package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Guidelines.ABC5;
import static org.bcbm.recommendation.rules.Guidelines.ESMO_MBC_2021;

import java.util.List;
import org.bcbm.common.contract.Enums.GermlineBrca;

/**
 * Triple-negative disease (ESMO 2021 and its living updates, and the 2025-2026 first-line approvals): first line by
 * PD-L1 - CPS >= 10: pembrolizumab with chemotherapy (KEYNOTE-355) or with sacituzumab govitecan (ASCENT-04);
 * not a candidate for PD-(L)1 inhibitors: datopotamab deruxtecan (TROPION-Breast02) or sacituzumab govitecan
 * (ASCENT-03) - and germline BRCA (PARP inhibitor or platinum); pretreated: sacituzumab govitecan (ASCENT),
 * trastuzumab deruxtecan for HER2-low (DESTINY-Breast04), then chemotherapy.
 */
final class TripleNegative {

    private TripleNegative() {
    }

    static void apply(Assessment a, Answer answer) {
        // any metastatic line ends the first line, an antibody-drug conjugate included (it is not counted as chemotherapy)
        if (a.lineOfTherapy == 1) {
            firstLine(a, answer);
        } else {
            LaterLines.gBrcaParpInhibitors(a, answer, "Triple-negative disease with a germline BRCA1/2 mutation");
            LaterLines.antibodyDrugConjugatesAndChemotherapy(a, answer, false);
        }
    }

    static void firstLine(Assessment a, Answer answer) {
        Integer cps = a.profile.tumour().pdl1Cps();
        boolean gBrca = a.profile.tumour().germlineBrca() == GermlineBrca.BRCA1
                || a.profile.tumour().germlineBrca() == GermlineBrca.BRCA2;
        if (cps != null && cps >= 10 && !a.failed("pembrolizumab") && !a.failed("paclitaxel")) {
            answer.add("tnbc.l1.pembrolizumab-paclitaxel", "systemic", "Pembrolizumab + paclitaxel",
                    List.of("pembrolizumab", "paclitaxel"), "pembrolizumab 200 mg every 3 weeks; paclitaxel 90 mg/m2 days 1, 8, 15 every 4 weeks",
                    "Triple-negative disease with PD-L1 CPS >= 10: pembrolizumab with chemotherapy prolonged progression-free "
                            + "and overall survival (KEYNOTE-355).",
                    List.of("KEYNOTE-355"), List.of(ESMO_MBC_2021),
                    List.of("Immune-related adverse events: thyroid function, liver tests, glucose", "Peripheral neuropathy"));
            answer.add("tnbc.l1.pembrolizumab-gemcitabine-carboplatin", "systemic",
                    "Pembrolizumab + gemcitabine + carboplatin", List.of("pembrolizumab", "gemcitabine", "carboplatin"),
                    "pembrolizumab 200 mg every 3 weeks; gemcitabine 1000 mg/m2 and carboplatin AUC 2 days 1 and 8 every 3 weeks",
                    "The platinum partner of KEYNOTE-355, when a taxane was recent or is unsuitable.",
                    List.of("KEYNOTE-355"), List.of(ESMO_MBC_2021),
                    List.of("Immune-related adverse events", "Myelosuppression: blood counts each cycle"));
        }
        boolean pd1Candidate = cps != null && cps >= 10 && !a.failed("pembrolizumab");
        if (pd1Candidate && !a.failed("sacituzumab govitecan")) {
            // after KEYNOTE-355 because its overall-survival gain is shown; ASCENT-04's OS is still immature
            answer.add("tnbc.l1.sacituzumab-pembrolizumab", "systemic", "Sacituzumab govitecan + pembrolizumab",
                    List.of("sacituzumab govitecan", "pembrolizumab"),
                    "sacituzumab govitecan 10 mg/kg IV days 1 and 8 every 3 weeks; pembrolizumab 200 mg every 3 weeks",
                    "PD-L1 CPS >= 10, first line: sacituzumab govitecan with pembrolizumab prolonged progression-free "
                            + "survival over chemotherapy with pembrolizumab (ASCENT-04); overall survival is immature.",
                    List.of("ASCENT-04"), List.of(ESMO_MBC_2021),
                    List.of("Neutropenia: G-CSF as needed", "Diarrhoea", "Immune-related adverse events"));
        }
        if (gBrca) {
            // the biomarker-matched option first for carriers; the trials of the first-line ADCs were not selected for it
            LaterLines.gBrcaParpInhibitors(a, answer, "Triple-negative disease with a germline BRCA1/2 mutation");
        }
        if (cps != null && !pd1Candidate) {
            notAPd1Candidate(a, answer);
        }
        if (gBrca && !a.failed("carboplatin")) {
            answer.add("tnbc.l1.carboplatin", "systemic", "Carboplatin", List.of("carboplatin"), "AUC 6 IV every 3 weeks",
                    "Germline BRCA1/2 mutation: platinum chemotherapy is preferred to a taxane in the first line.",
                    List.of(), List.of(ESMO_MBC_2021, ABC5), List.of("Myelosuppression", "Renal function"));
        }
        if (!a.failed("paclitaxel")) {
            answer.add("tnbc.l1.paclitaxel", "systemic", "Paclitaxel weekly", List.of("paclitaxel"), "80-90 mg/m2 IV weekly",
                "Single-agent taxane chemotherapy is the first-line standard without PD-L1 or BRCA-directed options.",
                List.of(), List.of(ABC5, ESMO_MBC_2021), List.of("Peripheral neuropathy"));
        }
        if (!a.failed("capecitabine")) {
            answer.add("tnbc.l1.capecitabine", "systemic", "Capecitabine", List.of("capecitabine"),
                "1000-1250 mg/m2 orally twice daily, days 1-14 of 21",
                "An oral chemotherapy alternative, e.g. after a recent taxane.",
                List.of(), List.of(ABC5), List.of("Hand-foot syndrome"));
        }
        if (cps == null) {
            answer.note("PD-L1 (22C3 CPS) is not known: pembrolizumab-based options need CPS >= 10, and the first-line "
                    + "antibody-drug conjugates for patients who are not PD-(L)1 candidates (TROPION-Breast02, ASCENT-03) "
                    + "need it known to be below 10.");
        }
    }

    /**
     * Not a candidate for PD-(L)1 inhibitors (PD-L1 CPS < 10, or pembrolizumab failed): datopotamab deruxtecan
     * prolonged progression-free and overall survival (TROPION-Breast02), sacituzumab govitecan progression-free
     * survival (ASCENT-03), each over chemotherapy.
     */
    private static void notAPd1Candidate(Assessment a, Answer answer) {
        if (!a.failed("datopotamab deruxtecan")) {
            answer.add("tnbc.l1.datopotamab-deruxtecan", "systemic", "Datopotamab deruxtecan",
                    List.of("datopotamab deruxtecan"), "6 mg/kg IV every 3 weeks",
                    "First line, not a candidate for a PD-(L)1 inhibitor: datopotamab deruxtecan prolonged progression-free "
                            + "and overall survival over chemotherapy (TROPION-Breast02).",
                    List.of("TROPION-BREAST02"), List.of(ESMO_MBC_2021),
                    List.of("Stomatitis: prophylactic mouthwash", "Ocular surface toxicity: eye care and review",
                            "Interstitial lung disease: stop and treat at the first sign"));
        }
        if (!a.failed("sacituzumab govitecan")) {
            answer.add("tnbc.l1.sacituzumab", "systemic", "Sacituzumab govitecan", List.of("sacituzumab govitecan"),
                    "10 mg/kg IV days 1 and 8 every 3 weeks",
                    "First line, not a candidate for a PD-(L)1 inhibitor: sacituzumab govitecan prolonged progression-free "
                            + "survival over chemotherapy (ASCENT-03); overall survival is immature.",
                    List.of("ASCENT-03"), List.of(ESMO_MBC_2021),
                    List.of("Neutropenia: G-CSF as needed", "Diarrhoea", "UGT1A1*28 homozygotes: more toxicity"));
        }
    }
}
