package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Guidelines.ABC5;
import static org.bcbm.recommendation.rules.Guidelines.ESMO_MBC_2021;

import java.util.ArrayList;
import java.util.List;

/** Systemic options for HER2-positive disease (ESMO 2021, ABC 5); this rule set covers the first line. */
final class Her2Positive {

    private Her2Positive() {
    }

    static void apply(Assessment a, Answer answer) {
        if (a.priorMetastaticAntiHer2 || a.lineOfTherapy > 1) {
            answer.note("Second and later lines for HER2-positive disease (trastuzumab deruxtecan; tucatinib with "
                    + "trastuzumab and capecitabine for brain metastases) are not yet in this rule set; none are offered "
                    + "rather than guessed.");
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
        if (a.brainMetastases) {
            answer.note("Brain metastases: local therapy (surgery or radiosurgery) is discussed first; tucatinib-based "
                    + "therapy is not yet in this rule set.");
        }
        answer.add("her2.l1.pertuzumab-trastuzumab-docetaxel", "systemic", "Pertuzumab + trastuzumab + docetaxel",
                List.of("pertuzumab", "trastuzumab", "docetaxel"),
                "pertuzumab 840 mg then 420 mg, trastuzumab 8 mg/kg then 6 mg/kg, docetaxel 75 mg/m2, all every 3 weeks",
                "HER2-positive first line: dual HER2 blockade with a taxane prolonged median overall survival by about "
                        + "16 months (CLEOPATRA).",
                List.of("CLEOPATRA"), List.of(ESMO_MBC_2021, ABC5), warnings);
        answer.add("her2.l1.trastuzumab-docetaxel", "systemic", "Trastuzumab + docetaxel",
                List.of("trastuzumab", "docetaxel"),
                "trastuzumab 8 mg/kg then 6 mg/kg, docetaxel 75 mg/m2, every 3 weeks",
                "Trastuzumab with a taxane (the control arm of CLEOPATRA) is the sound choice where pertuzumab cannot "
                        + "be had; trastuzumab is on the WHO essential medicines list with its biosimilars.",
                List.of("CLEOPATRA"), List.of(ESMO_MBC_2021, ABC5), warnings);
    }
}
