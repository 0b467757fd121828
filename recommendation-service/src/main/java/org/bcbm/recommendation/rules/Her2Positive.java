package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Guidelines.ABC5;
import static org.bcbm.recommendation.rules.Guidelines.ESMO_MBC_2021;

import java.util.ArrayList;
import java.util.List;

/**
 * Systemic options for HER2-positive disease (ESMO 2021, ABC 5): first line THP (CLEOPATRA) or trastuzumab
 * deruxtecan + pertuzumab (DESTINY-Breast09), then later lines.
 */
final class Her2Positive {

    private Her2Positive() {
    }

    static void apply(Assessment a, Answer answer) {
        if (a.priorMetastaticAntiHer2 || a.lineOfTherapy > 1) {
            secondAndLaterLines(a, answer);
            return;
        }
        List<String> warnings = new ArrayList<>(List.of("LVEF by echocardiogram or MUGA at baseline and every 3 months",
                "Infusion reactions"));
        Integer lvef = a.profile.clinical() == null ? null : a.profile.clinical().lvefPercent();
        if (lvef == null) {
            answer.missing("clinical.lvefPercent");
        } else if (lvef < 50) {
            warnings.add(0, "LVEF " + lvef + "% is below 50%: cardiology review before any anti-HER2 antibody");
        }
        if (a.hrPositive) {
            warnings.add("HR+/HER2+: after the taxane, continue anti-HER2 therapy with endocrine maintenance");
        }
        List<String> maintenanceWarnings = List.copyOf(warnings);
        if (a.brainMetastases) {
            answer.note("Brain metastases: local therapy (surgery or radiosurgery) is discussed first.");
        }
        answer.add("her2.l1.pertuzumab-trastuzumab-docetaxel", "systemic", "Pertuzumab + trastuzumab + docetaxel",
                List.of("pertuzumab", "trastuzumab", "docetaxel"),
                "pertuzumab 840 mg then 420 mg, trastuzumab 8 mg/kg then 6 mg/kg, docetaxel 75 mg/m2, all every 3 weeks",
                "HER2-positive first line: dual HER2 blockade with a taxane prolonged median overall survival by about "
                        + "16 months (CLEOPATRA).",
                List.of("CLEOPATRA"), List.of(ESMO_MBC_2021, ABC5), warnings);
        if (!a.failed("trastuzumab deruxtecan")) {
            // after THP because CLEOPATRA's overall-survival gain is shown and DESTINY-Breast09's OS is still immature
            List<String> tdxdWarnings = new ArrayList<>(warnings);
            tdxdWarnings.add("Interstitial lung disease: stop and treat at the first sign");
            answer.add("her2.l1.trastuzumab-deruxtecan-pertuzumab", "systemic", "Trastuzumab deruxtecan + pertuzumab",
                    List.of("trastuzumab deruxtecan", "pertuzumab"),
                    "trastuzumab deruxtecan 5.4 mg/kg + pertuzumab 420 mg every 3 weeks",
                    "HER2-positive first line: trastuzumab deruxtecan with pertuzumab prolonged progression-free survival "
                            + "over taxane + trastuzumab + pertuzumab (40.7 vs 26.9 months, DESTINY-Breast09); overall "
                            + "survival is immature.",
                    List.of("DESTINY-BREAST09"), List.of(ESMO_MBC_2021), tdxdWarnings);
        }
        answer.add("her2.l1.trastuzumab-docetaxel", "systemic", "Trastuzumab + docetaxel",
                List.of("trastuzumab", "docetaxel"),
                "trastuzumab 8 mg/kg then 6 mg/kg, docetaxel 75 mg/m2, every 3 weeks",
                "Trastuzumab with a taxane (the control arm of CLEOPATRA) is the sound choice where pertuzumab cannot "
                        + "be had; trastuzumab is on the WHO essential medicines list with its biosimilars.",
                List.of("CLEOPATRA"), List.of(ESMO_MBC_2021, ABC5), warnings);
        if (a.hrPositive && !a.failed("letrozole")) {
            List<String> agents = HrPositiveHer2Negative.withSuppression(a, List.of("pertuzumab", "trastuzumab", "letrozole"));
            answer.add("her2.l1.maintenance-endocrine", "systemic",
                    HrPositiveHer2Negative.withSuppression(a, "Maintenance after the taxane: pertuzumab + trastuzumab + letrozole",
                            List.of("letrozole")),
                    agents, "pertuzumab and trastuzumab every 3 weeks; letrozole 2.5 mg daily, once the taxane stops",
                    "HR+/HER2+ disease: after 4-6 months of the taxane, dual HER2 blockade continues with endocrine "
                            + "therapy as maintenance until progression.",
                    List.of(), List.of(ESMO_MBC_2021, ABC5), maintenanceWarnings);
        }
    }

    /**
     * After first-line pertuzumab-trastuzumab-taxane: trastuzumab deruxtecan (DESTINY-Breast03); with brain
     * metastases, tucatinib with trastuzumab and capecitabine (HER2CLIMB) first; trastuzumab emtansine later.
     */
    static void secondAndLaterLines(Assessment a, Answer answer) {
        List<String> cardiac = List.of("LVEF by echocardiogram or MUGA every 3 months");
        Runnable tucatinib = () -> {
            if (!a.failed("tucatinib")) {
                answer.add("her2.later.tucatinib-trastuzumab-capecitabine", "systemic",
                        "Tucatinib + trastuzumab + capecitabine", List.of("tucatinib", "trastuzumab", "capecitabine"),
                        "tucatinib 300 mg twice daily; trastuzumab every 3 weeks; capecitabine 1000 mg/m2 twice daily days 1-14 of 21",
                        "Pretreated HER2-positive disease, including active or stable brain metastases: tucatinib added to "
                                + "trastuzumab and capecitabine prolonged progression-free and overall survival (HER2CLIMB).",
                        List.of("HER2CLIMB"), List.of(ESMO_MBC_2021),
                        List.of("Diarrhoea", "Liver function tests", "Hand-foot syndrome", cardiac.get(0)));
            }
        };
        if (a.brainMetastases) {
            tucatinib.run();
        }
        if (!a.failed("trastuzumab deruxtecan")) {
            answer.add("her2.later.trastuzumab-deruxtecan", "systemic", "Trastuzumab deruxtecan",
                    List.of("trastuzumab deruxtecan"), "5.4 mg/kg IV every 3 weeks",
                    "HER2-positive disease after trastuzumab and a taxane: trastuzumab deruxtecan prolonged progression-free "
                            + "and overall survival over trastuzumab emtansine (DESTINY-Breast03).",
                    List.of("DESTINY-BREAST03"), List.of(ESMO_MBC_2021),
                    List.of("Interstitial lung disease: stop and treat at the first sign", cardiac.get(0), "Nausea"));
        }
        if (!a.brainMetastases) {
            tucatinib.run();
        }
        if (!a.failed("trastuzumab emtansine")) {
            answer.add("her2.later.trastuzumab-emtansine", "systemic", "Trastuzumab emtansine",
                    List.of("trastuzumab emtansine"), "3.6 mg/kg IV every 3 weeks",
                    "An anti-HER2 antibody-drug conjugate for later lines, or where trastuzumab deruxtecan cannot be had.",
                    List.of(), List.of(ESMO_MBC_2021, ABC5), List.of("Thrombocytopenia", "Liver function tests", cardiac.get(0)));
        }
        if (!a.failed("capecitabine") && !a.failed("trastuzumab")) {
            answer.add("her2.later.trastuzumab-capecitabine", "systemic", "Trastuzumab + capecitabine",
                    List.of("trastuzumab", "capecitabine"), "trastuzumab every 3 weeks; capecitabine days 1-14 of 21",
                    "Continuing HER2 blockade beyond progression with a new chemotherapy partner, where newer agents cannot be had.",
                    List.of(), List.of(ABC5), List.of(cardiac.get(0), "Hand-foot syndrome"));
        }
    }
}
