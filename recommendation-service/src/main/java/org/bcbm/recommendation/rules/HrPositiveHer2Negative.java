package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Guidelines.ABC5;
import static org.bcbm.recommendation.rules.Guidelines.ESMO_MBC_2021;

import java.util.ArrayList;
import java.util.List;
import org.bcbm.recommendation.rules.Assessment.EndocrineSensitivity;
import org.bcbm.recommendation.rules.Assessment.OvarianFunction;

/**
 * Systemic options for HR+/HER2- disease (ESMO 2021 metastatic breast cancer guideline, ABC 5).
 * This rule set covers the first line; later lines are named as not yet covered rather than guessed.
 */
final class HrPositiveHer2Negative {

    private HrPositiveHer2Negative() {
    }

    static void apply(Assessment a, Answer answer) {
        if (a.visceralCrisis) {
            visceralCrisisChemotherapyFirst(a, answer);
            return;
        }
        if (a.lineOfTherapy > 1 || a.priorCdk46) {
            LaterLines.hrPositiveAfterFirstLine(a, answer);
            return;
        }
        if (a.endocrineSensitivity == EndocrineSensitivity.SENSITIVE) {
            firstLineEndocrineSensitive(a, answer);
        } else {
            firstLineEndocrineResistant(a, answer);
        }
    }

    /** ABC 5 / ESMO: visceral crisis calls for chemotherapy first, not endocrine therapy. */
    static void visceralCrisisChemotherapyFirst(Assessment a, Answer answer) {
        String why = "Visceral crisis: a fast response is needed, so chemotherapy comes before endocrine therapy; "
                + "endocrine therapy with a CDK4/6 inhibitor can follow once the crisis is controlled.";
        answer.add("hrpos.crisis.paclitaxel", "systemic", "Paclitaxel weekly", List.of("paclitaxel"),
                "80-90 mg/m2 IV weekly", why, List.of(), List.of(ABC5, ESMO_MBC_2021),
                List.of("Peripheral neuropathy", "Blood counts before each dose"));
        answer.add("hrpos.crisis.capecitabine", "systemic", "Capecitabine", List.of("capecitabine"),
                "1000-1250 mg/m2 orally twice daily, days 1-14 of 21", why, List.of(), List.of(ABC5, ESMO_MBC_2021),
                List.of("Hand-foot syndrome", "Dose by creatinine clearance"));
    }

    /**
     * ESMO 2021: an aromatase inhibitor with a CDK4/6 inhibitor is the preferred first line; ribociclib has shown an
     * overall-survival benefit (MONALEESA-2, -7), palbociclib has not (PALOMA-2). An AI alone or tamoxifen are the
     * sound choices where a CDK4/6 inhibitor cannot be had.
     */
    static void firstLineEndocrineSensitive(Assessment a, Answer answer) {
        boolean premenopausal = a.needsOvarianSuppression();
        String ai = "letrozole";
        if (!a.failed(ai)) {
            answer.add("hrpos.l1.ai-ribociclib", "systemic", withSuppression(a, "Letrozole + ribociclib", List.of(ai, "ribociclib")),
                    withSuppression(a, List.of(ai, "ribociclib")), "ribociclib 600 mg days 1-21 of 28; letrozole 2.5 mg daily"
                            + suppressionSchedule(a, List.of(ai, "ribociclib")),
                    "Endocrine-sensitive HR+/HER2- disease, first line: an aromatase inhibitor with a CDK4/6 inhibitor; "
                            + "ribociclib prolonged overall survival" + (premenopausal ? " in premenopausal women with ovarian suppression (MONALEESA-7)." : " (MONALEESA-2).")
                            + suppressionRationale(a, List.of(ai, "ribociclib")),
                    premenopausal ? List.of("MONALEESA-7") : List.of("MONALEESA-2", "MONALEESA-7"),
                    List.of(ESMO_MBC_2021, ABC5),
                    List.of("ECG (QTc) at baseline, day 14 and start of cycle 2", "Liver function tests every 2 weeks for the first 2 cycles",
                            "Blood counts every 2 weeks for the first 2 cycles"));
            answer.add("hrpos.l1.ai-palbociclib", "systemic", withSuppression(a, "Letrozole + palbociclib", List.of(ai, "palbociclib")),
                    withSuppression(a, List.of(ai, "palbociclib")), "palbociclib 125 mg days 1-21 of 28; letrozole 2.5 mg daily"
                            + suppressionSchedule(a, List.of(ai, "palbociclib")),
                    "Aromatase inhibitor with a CDK4/6 inhibitor: palbociclib prolonged progression-free survival "
                            + "(PALOMA-2) without a significant overall-survival gain." + suppressionRationale(a, List.of(ai, "palbociclib")),
                    List.of("PALOMA-2"), List.of(ESMO_MBC_2021, ABC5),
                    List.of("Blood counts at the start of each cycle and on day 15 of the first 2 cycles (neutropenia)"));
            answer.add("hrpos.l1.ai-alone", "systemic", withSuppression(a, "Letrozole", List.of(ai)),
                    withSuppression(a, List.of(ai)), "letrozole 2.5 mg orally daily" + suppressionSchedule(a, List.of(ai)),
                    "Endocrine therapy alone is a sound first line where a CDK4/6 inhibitor cannot be had: it was the "
                            + "control arm of PALOMA-2 and MONALEESA-2." + suppressionRationale(a, List.of(ai)),
                    List.of(), List.of(ESMO_MBC_2021, ABC5), List.of("Bone density and joint symptoms on aromatase inhibitors"));
        }
        tamoxifenIfNotFailed(a, answer);
    }

    /** Relapse on or within 12 months of adjuvant endocrine therapy: fulvestrant with a CDK4/6 inhibitor. */
    static void firstLineEndocrineResistant(Assessment a, Answer answer) {
        if (a.sensitivityAssumed) {
            answer.note("Endocrine sensitivity could not be established (an adjuvant course lacks endedMonthsAgo); "
                    + "options assume endocrine resistance, which fulvestrant-based regimens cover.");
        }
        inavolisibTripletForPik3caMutated(a, answer);
        if (!a.failed("fulvestrant")) {
            answer.add("hrpos.l1r.fulvestrant-ribociclib", "systemic", withSuppression(a, "Fulvestrant + ribociclib", List.of("fulvestrant", "ribociclib")),
                    withSuppression(a, List.of("fulvestrant", "ribociclib")),
                    "ribociclib 600 mg days 1-21 of 28; fulvestrant 500 mg IM days 1, 15, 29, then every 4 weeks" + suppressionSchedule(a, List.of("fulvestrant", "ribociclib")),
                    "Endocrine-resistant HR+/HER2- disease: fulvestrant with a CDK4/6 inhibitor; ribociclib with "
                            + "fulvestrant prolonged overall survival (MONALEESA-3)." + suppressionRationale(a, List.of("fulvestrant", "ribociclib")),
                    List.of("MONALEESA-3"), List.of(ESMO_MBC_2021, ABC5),
                    List.of("ECG (QTc) at baseline, day 14 and start of cycle 2", "Liver function tests every 2 weeks for the first 2 cycles"));
            answer.add("hrpos.l1r.fulvestrant-palbociclib", "systemic", withSuppression(a, "Fulvestrant + palbociclib", List.of("fulvestrant", "palbociclib")),
                    withSuppression(a, List.of("fulvestrant", "palbociclib")),
                    "palbociclib 125 mg days 1-21 of 28; fulvestrant 500 mg IM days 1, 15, 29, then every 4 weeks" + suppressionSchedule(a, List.of("fulvestrant", "palbociclib")),
                    "Fulvestrant with palbociclib after progression on endocrine therapy prolonged progression-free "
                            + "survival (PALOMA-3)." + suppressionRationale(a, List.of("fulvestrant", "palbociclib")),
                    List.of("PALOMA-3"), List.of(ESMO_MBC_2021, ABC5),
                    List.of("Blood counts at the start of each cycle and on day 15 of the first 2 cycles (neutropenia)"));
            answer.add("hrpos.l1r.fulvestrant", "systemic", withSuppression(a, "Fulvestrant", List.of("fulvestrant")),
                    withSuppression(a, List.of("fulvestrant")), "fulvestrant 500 mg IM days 1, 15, 29, then every 4 weeks" + suppressionSchedule(a, List.of("fulvestrant")),
                    "Fulvestrant alone is the sound choice where a CDK4/6 inhibitor cannot be had (control arm of "
                            + "MONALEESA-3 and PALOMA-3)." + suppressionRationale(a, List.of("fulvestrant")),
                    List.of(), List.of(ESMO_MBC_2021, ABC5), List.of("Injection-site reactions"));
        }
        tamoxifenIfNotFailed(a, answer);
    }

    /**
     * INAVO120: PIK3CA-mutated disease relapsing during or within 12 months of adjuvant endocrine therapy, first line:
     * inavolisib with palbociclib and fulvestrant prolonged progression-free and overall survival. Offered only when
     * resistance is documented, not when it is merely assumed for missing data, because that is whom the trial took.
     */
    private static void inavolisibTripletForPik3caMutated(Assessment a, Answer answer) {
        List<String> agents = List.of("inavolisib", "palbociclib", "fulvestrant");
        if (!a.altered("PIK3CA") || !a.documentedEndocrineResistantFirstLine() || agents.stream().anyMatch(a::failed)) {
            return;
        }
        answer.add("hrpos.l1r.inavolisib-palbociclib-fulvestrant", "systemic",
                withSuppression(a, "Inavolisib + palbociclib + fulvestrant", agents), withSuppression(a, agents),
                "inavolisib 9 mg daily; palbociclib 125 mg days 1-21 of 28; fulvestrant 500 mg IM days 1, 15, 29, then "
                        + "every 4 weeks" + suppressionSchedule(a, agents),
                "PIK3CA-mutated disease relapsing during or within 12 months of adjuvant endocrine therapy: inavolisib "
                        + "with palbociclib and fulvestrant prolonged progression-free and overall survival over "
                        + "palbociclib and fulvestrant (INAVO120)." + suppressionRationale(a, agents),
                List.of("INAVO120"), List.of(ESMO_MBC_2021),
                List.of("Hyperglycaemia: fasting glucose and HbA1c before and during treatment",
                        "Stomatitis", "Blood counts at the start of each cycle and on day 15 of the first 2 cycles (neutropenia)",
                        "Diarrhoea"));
    }

    /** Tamoxifen: globally available and affordable (seed review §5.6); the preferred endocrine agent in men. */
    private static void tamoxifenIfNotFailed(Assessment a, Answer answer) {
        if (a.failed("tamoxifen")) {
            return;
        }
        answer.add("hrpos.l1.tamoxifen", "systemic", "Tamoxifen", List.of("tamoxifen"), "tamoxifen 20 mg orally daily",
                "Tamoxifen is an effective, generic and globally available endocrine therapy; a sound choice where "
                        + "aromatase inhibitors or CDK4/6 inhibitors cannot be had"
                        + (a.ovarianFunction == OvarianFunction.MALE ? ", and the preferred endocrine monotherapy in men." : "."),
                List.of(), List.of(ABC5, ESMO_MBC_2021), List.of("Venous thromboembolism risk", "Endometrial changes: report abnormal bleeding"));
    }

    /** Pre/perimenopausal women need ovarian suppression with an AI or fulvestrant; men need a GnRH agonist with an AI. */
    static boolean needsSuppression(Assessment a, List<String> agents) {
        return a.needsOvarianSuppression()
                || (a.ovarianFunction == OvarianFunction.MALE && agents.stream().anyMatch(Assessment.AROMATASE_INHIBITORS::contains));
    }

    static List<String> withSuppression(Assessment a, List<String> agents) {
        if (!needsSuppression(a, agents)) {
            return agents;
        }
        List<String> all = new ArrayList<>(agents);
        all.add("goserelin");
        return all;
    }

    static String withSuppression(Assessment a, String regimen, List<String> agents) {
        if (!needsSuppression(a, agents)) {
            return regimen;
        }
        return regimen + (a.ovarianFunction == OvarianFunction.MALE ? " + goserelin (testicular suppression)"
                : " + goserelin (ovarian suppression)");
    }

    private static String suppressionSchedule(Assessment a, List<String> agents) {
        return needsSuppression(a, agents) ? "; goserelin 3.6 mg SC every 4 weeks" : "";
    }

    private static String suppressionRationale(Assessment a, List<String> agents) {
        if (!needsSuppression(a, agents)) {
            return "";
        }
        return switch (a.ovarianFunction) {
            case PREMENOPAUSAL -> " Pre/perimenopausal: ovarian function suppression is required with the endocrine partner.";
            case UNKNOWN -> " Menopausal status unknown: ovarian suppression is included until postmenopausal status is confirmed.";
            case MALE -> " In men an aromatase inhibitor needs a GnRH agonist.";
            default -> "";
        };
    }
}
