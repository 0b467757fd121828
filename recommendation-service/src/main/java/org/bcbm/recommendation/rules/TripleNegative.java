package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Guidelines.ABC5;
import static org.bcbm.recommendation.rules.Guidelines.ESMO_MBC_2021;

import java.util.List;
import org.bcbm.common.contract.Enums.GermlineBrca;

/**
 * Triple-negative disease (ESMO 2021 and its living updates): first line by PD-L1 (CPS >= 10: pembrolizumab with
 * chemotherapy, KEYNOTE-355) and germline BRCA (PARP inhibitor or platinum); pretreated: sacituzumab govitecan
 * (ASCENT), trastuzumab deruxtecan for HER2-low (DESTINY-Breast04), then chemotherapy.
 */
final class TripleNegative {

    private TripleNegative() {
    }

    static void apply(Assessment a, Answer answer) {
        if (a.priorMetastaticChemotherapy == 0) {
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
        if (gBrca) {
            LaterLines.gBrcaParpInhibitors(a, answer, "Triple-negative disease with a germline BRCA1/2 mutation");
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
            answer.note("PD-L1 (22C3 CPS) is not known: pembrolizumab with chemotherapy is offered only when CPS >= 10.");
        }
    }
}
