package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Regimens.ALPELISIB_FULVESTRANT;
import static org.bcbm.recommendation.rules.Regimens.CAPECITABINE;
import static org.bcbm.recommendation.rules.Regimens.CAPIVASERTIB_FULVESTRANT;
import static org.bcbm.recommendation.rules.Regimens.ELACESTRANT;
import static org.bcbm.recommendation.rules.Regimens.ERIBULIN;
import static org.bcbm.recommendation.rules.Regimens.EVEROLIMUS_EXEMESTANE;
import static org.bcbm.recommendation.rules.Regimens.FULVESTRANT;
import static org.bcbm.recommendation.rules.Regimens.IMLUNESTRANT;
import static org.bcbm.recommendation.rules.Regimens.OLAPARIB;
import static org.bcbm.recommendation.rules.Regimens.PACLITAXEL_WEEKLY;
import static org.bcbm.recommendation.rules.Regimens.SACITUZUMAB_GOVITECAN;
import static org.bcbm.recommendation.rules.Regimens.TALAZOPARIB;
import static org.bcbm.recommendation.rules.Regimens.TAMOXIFEN;
import static org.bcbm.recommendation.rules.Regimens.TRASTUZUMAB_DERUXTECAN;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bcbm.common.contract.Enums.Her2;

/**
 * HER2-negative disease after the first line, following the ESMO metastatic breast cancer living guideline's
 * algorithm: while endocrine therapy still has a role, biomarker-directed endocrine partners come first; once
 * endocrine resistance is established (chemotherapy given for metastatic disease, or two endocrine lines failed)
 * every option is ranked by the strength of its evidence in that exact setting, and endocrine monotherapy comes last.
 */
final class LaterLines {

    /** What the evidence shows for a regimen in the patient's exact setting, strongest first. */
    enum Strength {
        OVERALL_SURVIVAL, PROGRESSION_FREE_SURVIVAL, EXPLORATORY_SUBGROUP, GUIDELINE, ENDOCRINE_MONOTHERAPY_AFTER_RESISTANCE
    }

    /** A regimen this patient may receive, why, which trial speaks for this setting and how strongly. */
    private record Candidate(Regimen regimen, String why, String trial, Strength strength, boolean endocrineBased) {
    }

    private LaterLines() {
    }

    static void hrPositiveAfterFirstLine(Assessment a, Answer answer) {
        int chemo = a.priorMetastaticChemotherapy;
        boolean resistant = a.endocrineResistanceEstablished();
        List<Candidate> c = new ArrayList<>();
        // trial populations: EMERALD and CAPItello-291 allowed one chemotherapy line, EMBER-3 and SOLAR-1 none
        if (a.canReceive(ELACESTRANT)) {
            c.add(endocrine(ELACESTRANT, "ESR1-mutated disease after an aromatase inhibitor with a CDK4/6 inhibitor.",
                    "EMERALD", chemo <= 1 ? Strength.PROGRESSION_FREE_SURVIVAL : Strength.GUIDELINE));
        }
        // one oral SERD after another has failed has no evidence: a failed elacestrant rules imlunestrant out too
        if (a.canReceive(IMLUNESTRANT) && !a.failed("elacestrant")) {
            c.add(endocrine(IMLUNESTRANT, "ESR1-mutated disease after endocrine therapy.", "EMBER-3",
                    chemo == 0 ? Strength.PROGRESSION_FREE_SURVIVAL : Strength.GUIDELINE));
        }
        if (a.canReceive(CAPIVASERTIB_FULVESTRANT)) {
            c.add(endocrine(CAPIVASERTIB_FULVESTRANT, "PIK3CA, AKT1 or PTEN alteration after endocrine therapy (with or "
                    + "without a CDK4/6 inhibitor).", "CAPITELLO-291",
                    chemo <= 1 ? Strength.PROGRESSION_FREE_SURVIVAL : Strength.GUIDELINE));
        }
        if (a.canReceive(ALPELISIB_FULVESTRANT)) {
            // SOLAR-1 and BOLERO-2 enrolled almost no one after a CDK4/6 inhibitor: evidence from another setting
            c.add(endocrine(ALPELISIB_FULVESTRANT, "PIK3CA-mutated disease after an aromatase inhibitor.", "SOLAR-1",
                    chemo == 0 && !a.priorCdk46 ? Strength.PROGRESSION_FREE_SURVIVAL : Strength.GUIDELINE));
        }
        parpInhibitors(a, "HR+/HER2- disease with a germline BRCA1/2 mutation.", c);
        if (a.canReceive(EVEROLIMUS_EXEMESTANE)) {
            c.add(endocrine(EVEROLIMUS_EXEMESTANE, "After a non-steroidal aromatase inhibitor.", "BOLERO-2",
                    chemo <= 1 && !a.priorCdk46 ? Strength.PROGRESSION_FREE_SURVIVAL : Strength.GUIDELINE));
        }
        Strength monotherapy = resistant ? Strength.ENDOCRINE_MONOTHERAPY_AFTER_RESISTANCE : Strength.GUIDELINE;
        String monotherapyWhy = resistant
                ? "Endocrine monotherapy after endocrine resistance is established has no trial evidence; kept for "
                        + "when nothing above can be had."
                : "Endocrine monotherapy remains an option for slowly progressing, endocrine-sensitive disease.";
        if (a.canReceive(FULVESTRANT)) {
            c.add(endocrine(FULVESTRANT, monotherapyWhy, null, monotherapy));
        }
        if (a.canReceive(TAMOXIFEN)) {
            c.add(endocrine(TAMOXIFEN, monotherapyWhy + " Tamoxifen is generic and available everywhere.", null, monotherapy));
        }
        antibodyDrugConjugates(a, true, c);
        chemotherapy(a, c);
        offerInOrder(a, answer, c, resistant);
        ultralowOutsideEvidence(a, answer, true);
    }

    /** Triple-negative disease after the first line: every option ranked by its evidence in that setting. */
    static void tripleNegativeAfterFirstLine(Assessment a, Answer answer) {
        List<Candidate> c = new ArrayList<>();
        parpInhibitors(a, "Triple-negative disease with a germline BRCA1/2 mutation.", c);
        antibodyDrugConjugates(a, false, c);
        chemotherapy(a, c);
        offerInOrder(a, answer, c, true);
        ultralowOutsideEvidence(a, answer, false);
    }

    /**
     * While endocrine therapy has a role, endocrine-based and biomarker-directed options keep the guideline's
     * order and the rest follow by evidence; once resistance is established, all are ranked by evidence.
     */
    private static void offerInOrder(Assessment a, Answer answer, List<Candidate> candidates, boolean byEvidenceOnly) {
        Comparator<Candidate> byStrength = Comparator.comparing(Candidate::strength);
        Comparator<Candidate> order = byEvidenceOnly ? byStrength
                : Comparator.comparing((Candidate x) -> !x.endocrineBased()).thenComparing(byStrength);
        candidates.stream().sorted(order).forEach(x -> {
            Answer.Draft d = x.endocrineBased()
                    ? HrPositiveHer2Negative.offerEndocrine(a, answer, x.regimen(), x.why())
                    : answer.offer(x.regimen(), x.why());
            if (x.trial() != null) {
                d.citing(x.trial());
            }
        });
    }

    private static Candidate endocrine(Regimen r, String why, String trial, Strength strength) {
        return new Candidate(r, why, trial, strength, true);
    }

    private static Candidate other(Regimen r, String why, String trial, Strength strength) {
        return new Candidate(r, why, trial, strength, false);
    }

    /** OlympiAD, EMBRACA: a PARP inhibitor for HER2-negative disease with a germline BRCA1/2 mutation. */
    private static void parpInhibitors(Assessment a, String who, List<Candidate> c) {
        // biomarker-directed like the endocrine partners: kept in the guideline's order while endocrine therapy has a role
        if (a.canReceive(OLAPARIB)) {
            c.add(new Candidate(OLAPARIB, who, "OLYMPIAD", Strength.PROGRESSION_FREE_SURVIVAL, a.hrPositive));
        }
        if (a.canReceive(TALAZOPARIB)) {
            c.add(new Candidate(TALAZOPARIB, who, "EMBRACA", Strength.PROGRESSION_FREE_SURVIVAL, a.hrPositive));
        }
    }

    /** First-line PARP inhibitors for triple-negative disease with a germline BRCA1/2 mutation. */
    static void parpInhibitorsFirstLine(Assessment a, Answer answer) {
        String who = "Triple-negative disease with a germline BRCA1/2 mutation.";
        if (a.canReceive(OLAPARIB)) {
            answer.offer(OLAPARIB, who).citing("OLYMPIAD");
        }
        if (a.canReceive(TALAZOPARIB)) {
            answer.offer(TALAZOPARIB, who).citing("EMBRACA");
        }
    }

    /**
     * Trastuzumab deruxtecan for HR+ HER2-low or -ultralow disease before chemotherapy (DESTINY-Breast06) and for
     * HER2-low disease after chemotherapy (DESTINY-Breast04, overall survival); sacituzumab govitecan after two
     * chemotherapies in HR+ disease (TROPiCS-02) and after one in triple-negative disease (ASCENT).
     */
    private static void antibodyDrugConjugates(Assessment a, boolean hrPositive, List<Candidate> c) {
        int chemo = a.priorMetastaticChemotherapy;
        if (!a.failed("trastuzumab deruxtecan")) {
            if (hrPositive && (a.her2 == Her2.LOW || a.her2 == Her2.ULTRALOW) && chemo == 0) {
                boolean ultralow = a.her2 == Her2.ULTRALOW;
                c.add(other(TRASTUZUMAB_DERUXTECAN, "HR+ HER2-" + (ultralow ? "ultralow" : "low") + " disease after "
                        + "endocrine-based therapy and before chemotherapy: trastuzumab deruxtecan prolonged "
                        + "progression-free survival over chemotherapy (DESTINY-Breast06)"
                        + (ultralow ? "; the HER2-ultralow result is an exploratory subgroup." : "."),
                        "DESTINY-BREAST06", ultralow ? Strength.EXPLORATORY_SUBGROUP : Strength.PROGRESSION_FREE_SURVIVAL));
            } else if (a.her2 == Her2.LOW && chemo >= 1) {
                c.add(other(TRASTUZUMAB_DERUXTECAN, "HER2-low disease after chemotherapy for metastatic disease: "
                        + "trastuzumab deruxtecan prolonged progression-free and overall survival over chemotherapy "
                        + "(DESTINY-Breast04)" + (hrPositive ? "." : "; in hormone receptor-negative disease an "
                        + "exploratory cohort."),
                        "DESTINY-BREAST04", hrPositive ? Strength.OVERALL_SURVIVAL : Strength.EXPLORATORY_SUBGROUP));
            }
        }
        boolean sacituzumabDue = hrPositive ? chemo >= 2 : chemo >= 1;
        if (sacituzumabDue && a.canReceive(SACITUZUMAB_GOVITECAN)) {
            c.add(other(SACITUZUMAB_GOVITECAN, hrPositive
                    ? "Endocrine-resistant HR+/HER2- disease after at least two chemotherapies for metastatic disease: "
                            + "sacituzumab govitecan improved survival over chemotherapy (TROPiCS-02)."
                    : "Pretreated triple-negative disease: sacituzumab govitecan improved survival over chemotherapy of "
                            + "physician's choice (ASCENT).",
                    hrPositive ? "TROPICS-02" : "ASCENT", Strength.OVERALL_SURVIVAL));
        }
    }

    private static void ultralowOutsideEvidence(Assessment a, Answer answer, boolean hrPositive) {
        if (a.her2 == Her2.ULTRALOW && !(hrPositive && a.priorMetastaticChemotherapy == 0)) {
            answer.note("HER2-ultralow: trastuzumab deruxtecan has evidence only for hormone receptor-positive disease "
                    + "before chemotherapy (DESTINY-Breast06); after chemotherapy, or without hormone receptors, it is "
                    + "not offered here.");
        }
    }

    private static void chemotherapy(Assessment a, List<Candidate> c) {
        String why = "Single-agent chemotherapy in sequence is the standard once targeted options are used or unavailable.";
        if (a.canReceive(CAPECITABINE)) {
            c.add(other(CAPECITABINE, why, null, Strength.GUIDELINE));
        }
        if (a.canReceive(PACLITAXEL_WEEKLY)) {
            c.add(other(PACLITAXEL_WEEKLY, "A taxane, if not given for metastatic disease or if relapse was long after "
                    + "(neo)adjuvant taxane.", null, Strength.GUIDELINE));
        }
        if (a.priorMetastaticChemotherapy >= 1 && a.canReceive(ERIBULIN)) {
            c.add(other(ERIBULIN, "After chemotherapy for metastatic disease.", null, Strength.GUIDELINE));
        }
    }
}
