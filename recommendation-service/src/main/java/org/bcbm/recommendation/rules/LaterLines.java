package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Guidelines.ABC5;
import static org.bcbm.recommendation.rules.Guidelines.ESMO_MBC_2021;

import java.util.List;
import org.bcbm.common.contract.Enums.GermlineBrca;
import org.bcbm.common.contract.Enums.Her2;

/**
 * HR+/HER2- disease after the first line (after progression on endocrine therapy with or without a CDK4/6
 * inhibitor), following the ESMO metastatic breast cancer living guideline's treatment algorithm: biomarker-
 * directed endocrine partners first, then everolimus-exemestane or endocrine monotherapy, PARP inhibitors for
 * germline BRCA, antibody-drug conjugates and chemotherapy once endocrine options are exhausted.
 */
final class LaterLines {

    private LaterLines() {
    }

    static void hrPositiveAfterFirstLine(Assessment a, Answer answer) {
        boolean esr1 = a.altered("ESR1");
        boolean pik3ca = a.altered("PIK3CA");
        boolean aktPathway = pik3ca || a.altered("AKT1") || a.altered("PTEN");
        if (esr1 && !a.failed("elacestrant")) {
            answer.add("hrpos.later.elacestrant", "systemic", "Elacestrant", List.of("elacestrant"),
                    "345 mg orally daily",
                    "ESR1-mutated disease after an aromatase inhibitor with a CDK4/6 inhibitor: the oral SERD elacestrant "
                            + "prolonged progression-free survival over standard endocrine therapy, most in ESR1-mutated tumours (EMERALD).",
                    List.of("EMERALD"), List.of(ESMO_MBC_2021), List.of("Nausea", "Lipids"));
        }
        // one oral SERD after another has failed has no evidence: a failed elacestrant rules imlunestrant out too
        if (esr1 && !a.failed("imlunestrant") && !a.failed("elacestrant")) {
            answer.add("hrpos.later.imlunestrant", "systemic", "Imlunestrant", List.of("imlunestrant"),
                    "400 mg orally once daily",
                    "ESR1-mutated disease after endocrine therapy: the oral SERD imlunestrant prolonged progression-free "
                            + "survival over standard endocrine therapy in ESR1-mutated tumours (EMBER-3).",
                    List.of("EMBER-3"), List.of(ESMO_MBC_2021), List.of("Diarrhoea", "Nausea", "Fatigue"));
        }
        if (aktPathway && !a.failed("capivasertib") && !a.failed("fulvestrant")) {
            answer.add("hrpos.later.capivasertib-fulvestrant", "systemic",
                    HrPositiveHer2Negative.withSuppression(a, "Fulvestrant + capivasertib", List.of("fulvestrant", "capivasertib")),
                    HrPositiveHer2Negative.withSuppression(a, List.of("fulvestrant", "capivasertib")),
                    "capivasertib 400 mg twice daily, 4 days on, 3 days off; fulvestrant 500 mg IM monthly after loading",
                    "PIK3CA, AKT1 or PTEN alteration after endocrine therapy (with or without a CDK4/6 inhibitor): "
                            + "capivasertib with fulvestrant prolonged progression-free survival, most in the altered population (CAPItello-291).",
                    List.of("CAPITELLO-291"), List.of(ESMO_MBC_2021),
                    List.of("Hyperglycaemia: fasting glucose and HbA1c before and during treatment", "Diarrhoea", "Rash"));
        }
        if (pik3ca && !a.failed("alpelisib") && !a.failed("fulvestrant")) {
            answer.add("hrpos.later.alpelisib-fulvestrant", "systemic",
                    HrPositiveHer2Negative.withSuppression(a, "Fulvestrant + alpelisib", List.of("fulvestrant", "alpelisib")),
                    HrPositiveHer2Negative.withSuppression(a, List.of("fulvestrant", "alpelisib")),
                    "alpelisib 300 mg daily; fulvestrant 500 mg IM monthly after loading",
                    "PIK3CA-mutated disease after an aromatase inhibitor: alpelisib with fulvestrant prolonged "
                            + "progression-free survival (SOLAR-1).",
                    List.of("SOLAR-1"), List.of(ESMO_MBC_2021),
                    List.of("Hyperglycaemia: fasting glucose and HbA1c; metformin prophylaxis in those at risk", "Rash", "Diarrhoea"));
        }
        gBrcaParpInhibitors(a, answer, "HR+/HER2- disease with a germline BRCA1/2 mutation");
        if (!a.failed("exemestane") && !a.failed("everolimus")) {
            answer.add("hrpos.later.everolimus-exemestane", "systemic",
                    HrPositiveHer2Negative.withSuppression(a, "Exemestane + everolimus", List.of("exemestane", "everolimus")),
                    HrPositiveHer2Negative.withSuppression(a, List.of("exemestane", "everolimus")),
                    "everolimus 10 mg daily; exemestane 25 mg daily",
                    "After a non-steroidal aromatase inhibitor, everolimus with exemestane prolonged progression-free "
                            + "survival without an overall-survival gain (BOLERO-2).",
                    List.of("BOLERO-2"), List.of(ESMO_MBC_2021, ABC5),
                    List.of("Stomatitis: dexamethasone mouthwash prophylaxis", "Pneumonitis", "Hyperglycaemia"));
        }
        if (!a.failed("fulvestrant")) {
            answer.add("hrpos.later.fulvestrant", "systemic",
                    HrPositiveHer2Negative.withSuppression(a, "Fulvestrant", List.of("fulvestrant")),
                    HrPositiveHer2Negative.withSuppression(a, List.of("fulvestrant")),
                    "500 mg IM days 1, 15, 29, then every 4 weeks",
                    "Endocrine monotherapy remains an option for slowly progressing, endocrine-sensitive disease.",
                    List.of(), List.of(ESMO_MBC_2021, ABC5), List.of("Injection-site reactions"));
        }
        if (!a.failed("tamoxifen")) {
            answer.add("hrpos.later.tamoxifen", "systemic", "Tamoxifen", List.of("tamoxifen"), "20 mg orally daily",
                    "Tamoxifen, not yet failed, is an affordable endocrine option where the above cannot be had.",
                    List.of(), List.of(ABC5), List.of("Venous thromboembolism risk"));
        }
        antibodyDrugConjugatesAndChemotherapy(a, answer, true);
    }

    /** OlympiAD, EMBRACA: a PARP inhibitor for HER2-negative disease with a germline BRCA1/2 mutation. */
    static void gBrcaParpInhibitors(Assessment a, Answer answer, String who) {
        GermlineBrca brca = a.profile.tumour().germlineBrca();
        if (brca != GermlineBrca.BRCA1 && brca != GermlineBrca.BRCA2) {
            return;
        }
        if (!a.failed("olaparib")) {
            answer.add("her2neg.gbrca.olaparib", "systemic", "Olaparib", List.of("olaparib"), "300 mg orally twice daily",
                    who + ": olaparib prolonged progression-free survival over chemotherapy of physician's choice (OlympiAD).",
                    List.of("OLYMPIAD"), List.of(ESMO_MBC_2021), List.of("Anaemia: blood counts monthly", "Nausea"));
        }
        if (!a.failed("talazoparib")) {
            answer.add("her2neg.gbrca.talazoparib", "systemic", "Talazoparib", List.of("talazoparib"), "1 mg orally daily",
                    who + ": talazoparib prolonged progression-free survival over chemotherapy of physician's choice (EMBRACA).",
                    List.of("EMBRACA"), List.of(ESMO_MBC_2021), List.of("Anaemia: blood counts monthly"));
        }
    }

    /**
     * After endocrine options (HR+) or after a first chemotherapy (TNBC): trastuzumab deruxtecan for HR+ HER2-low or
     * HER2-ultralow disease before any chemotherapy (DESTINY-Breast06) and for HER2-low disease after chemotherapy
     * (DESTINY-Breast04), sacituzumab govitecan later (TROPiCS-02 in HR+, ASCENT in TNBC), and single-agent
     * chemotherapy.
     */
    static void antibodyDrugConjugatesAndChemotherapy(Assessment a, Answer answer, boolean hrPositive) {
        boolean lowOrUltralow = a.her2 == Her2.LOW || a.her2 == Her2.ULTRALOW;
        if (hrPositive && lowOrUltralow && a.priorMetastaticChemotherapy == 0 && !a.failed("trastuzumab deruxtecan")) {
            // DESTINY-Breast06 enrolled HR+ disease after >= 1 endocrine-based line and no chemotherapy for
            // metastatic disease; the ultralow result is exploratory but consistent, and the approvals include it
            answer.add("hrpos.later.trastuzumab-deruxtecan", "systemic", "Trastuzumab deruxtecan",
                    List.of("trastuzumab deruxtecan"), "5.4 mg/kg IV every 3 weeks",
                    "HR+ HER2-" + (a.her2 == Her2.LOW ? "low" : "ultralow") + " disease after endocrine-based therapy and "
                            + "before chemotherapy: trastuzumab deruxtecan prolonged progression-free survival over "
                            + "chemotherapy (DESTINY-Breast06)"
                            + (a.her2 == Her2.ULTRALOW ? "; the HER2-ultralow result is an exploratory subgroup." : "."),
                    List.of("DESTINY-BREAST06"), List.of(ESMO_MBC_2021),
                    List.of("Interstitial lung disease: stop and treat at the first sign", "LVEF monitoring", "Nausea"));
        } else if (a.her2 == Her2.LOW && a.priorMetastaticChemotherapy >= 1 && !a.failed("trastuzumab deruxtecan")) {
            answer.add("her2low.trastuzumab-deruxtecan", "systemic", "Trastuzumab deruxtecan",
                    List.of("trastuzumab deruxtecan"), "5.4 mg/kg IV every 3 weeks",
                    "HER2-low disease after chemotherapy for metastatic disease: trastuzumab deruxtecan prolonged "
                            + "progression-free and overall survival over chemotherapy (DESTINY-Breast04).",
                    List.of("DESTINY-BREAST04"), List.of(ESMO_MBC_2021),
                    List.of("Interstitial lung disease: stop and treat at the first sign", "LVEF monitoring", "Nausea"));
        } else if (a.her2 == Her2.ULTRALOW) {
            answer.note("HER2-ultralow: trastuzumab deruxtecan has evidence only for hormone receptor-positive disease "
                    + "before chemotherapy (DESTINY-Breast06); after chemotherapy, or without hormone receptors, it is "
                    + "not offered here.");
        }
        boolean sacituzumabDue = hrPositive ? a.priorMetastaticChemotherapy >= 2 : a.priorMetastaticChemotherapy >= 1;
        if (sacituzumabDue && !a.failed("sacituzumab govitecan")) {
            answer.add(hrPositive ? "hrpos.later.sacituzumab" : "tnbc.later.sacituzumab", "systemic",
                    "Sacituzumab govitecan", List.of("sacituzumab govitecan"), "10 mg/kg IV days 1 and 8 every 3 weeks",
                    hrPositive ? "Endocrine-resistant HR+/HER2- disease after at least two chemotherapies for metastatic "
                            + "disease: sacituzumab govitecan improved survival over chemotherapy (TROPiCS-02)."
                            : "Pretreated triple-negative disease: sacituzumab govitecan improved survival over "
                                    + "chemotherapy of physician's choice (ASCENT).",
                    List.of(hrPositive ? "TROPICS-02" : "ASCENT"), List.of(ESMO_MBC_2021),
                    List.of("Neutropenia: G-CSF as needed", "Diarrhoea", "UGT1A1*28 homozygotes: more toxicity"));
        }
        if (!a.failed("capecitabine")) {
            answer.add((hrPositive ? "hrpos" : "tnbc") + ".later.capecitabine", "systemic", "Capecitabine",
                    List.of("capecitabine"), "1000-1250 mg/m2 orally twice daily, days 1-14 of 21",
                    "Single-agent chemotherapy in sequence is the standard once targeted options are used or unavailable.",
                    List.of(), List.of(ABC5, ESMO_MBC_2021), List.of("Hand-foot syndrome", "Dose by creatinine clearance"));
        }
        if (!a.failed("paclitaxel")) {
            answer.add((hrPositive ? "hrpos" : "tnbc") + ".later.paclitaxel", "systemic", "Paclitaxel weekly",
                    List.of("paclitaxel"), "80-90 mg/m2 IV weekly",
                    "A taxane, if not given for metastatic disease or relapse was long after (neo)adjuvant taxane.",
                    List.of(), List.of(ABC5, ESMO_MBC_2021), List.of("Peripheral neuropathy"));
        }
        if (!a.failed("eribulin") && a.priorMetastaticChemotherapy >= 1) {
            answer.add((hrPositive ? "hrpos" : "tnbc") + ".later.eribulin", "systemic", "Eribulin", List.of("eribulin"),
                    "1.23 mg/m2 IV days 1 and 8 every 3 weeks",
                    "A later-line chemotherapy after anthracycline and taxane.",
                    List.of(), List.of(ABC5), List.of("Neutropenia", "Peripheral neuropathy"));
        }
    }
}
