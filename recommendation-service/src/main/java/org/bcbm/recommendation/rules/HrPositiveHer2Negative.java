package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Regimens.FULVESTRANT;
import static org.bcbm.recommendation.rules.Regimens.FULVESTRANT_ABEMACICLIB;
import static org.bcbm.recommendation.rules.Regimens.FULVESTRANT_PALBOCICLIB;
import static org.bcbm.recommendation.rules.Regimens.FULVESTRANT_RIBOCICLIB;
import static org.bcbm.recommendation.rules.Regimens.INAVOLISIB_PALBOCICLIB_FULVESTRANT;
import static org.bcbm.recommendation.rules.Regimens.LETROZOLE;
import static org.bcbm.recommendation.rules.Regimens.LETROZOLE_ABEMACICLIB;
import static org.bcbm.recommendation.rules.Regimens.LETROZOLE_PALBOCICLIB;
import static org.bcbm.recommendation.rules.Regimens.LETROZOLE_RIBOCICLIB;
import static org.bcbm.recommendation.rules.Regimens.TAMOXIFEN;

import org.bcbm.recommendation.rules.Assessment.EndocrineSensitivity;
import org.bcbm.recommendation.rules.Assessment.OvarianFunction;
import org.bcbm.recommendation.rules.Regimen.Dose;

/**
 * Systemic options for HR+/HER2- disease (ESMO metastatic breast cancer guideline and living algorithm, ABC 6/7):
 * chemotherapy first in visceral crisis; first line by endocrine sensitivity; later lines in {@link LaterLines}.
 */
final class HrPositiveHer2Negative {

    private HrPositiveHer2Negative() {
    }

    static void apply(Assessment a, Answer answer) {
        if (a.visceralCrisis) {
            VisceralCrisis.chemotherapyFirst(a, answer, "Visceral crisis: a fast response is needed, so chemotherapy "
                    + "comes before endocrine therapy; endocrine therapy with a CDK4/6 inhibitor can follow once the "
                    + "crisis is controlled.");
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

    /**
     * ESMO: an aromatase inhibitor with a CDK4/6 inhibitor is the preferred first line, ranked by evidence: ribociclib
     * prolonged overall survival (MONALEESA-2, -7); palbociclib (PALOMA-2) and abemaciclib (MONARCH-3, final OS not
     * significant) prolonged progression-free survival only. An AI alone or tamoxifen where none can be had.
     */
    static void firstLineEndocrineSensitive(Assessment a, Answer answer) {
        String why = "Endocrine-sensitive HR+/HER2- disease, first line: an aromatase inhibitor with a CDK4/6 inhibitor.";
        if (a.canReceive(LETROZOLE_RIBOCICLIB)) {
            Answer.Draft d = offerEndocrine(a, answer, LETROZOLE_RIBOCICLIB, why);
            if (a.needsOvarianSuppression()) {
                d.citing("MONALEESA-7");
            }
        }
        offerEndocrineIfSuitable(a, answer, LETROZOLE_PALBOCICLIB, why);
        offerEndocrineIfSuitable(a, answer, LETROZOLE_ABEMACICLIB, why);
        offerEndocrineIfSuitable(a, answer, LETROZOLE, "Endocrine therapy alone is a sound first line where a CDK4/6 "
                + "inhibitor cannot be had.");
        tamoxifenIfSuitable(a, answer);
    }

    /**
     * Relapse on or within 12 months of adjuvant endocrine therapy: fulvestrant with a CDK4/6 inhibitor, ranked by
     * overall survival shown (MONALEESA-3, MONARCH-2) before progression-free survival only (PALOMA-3).
     */
    static void firstLineEndocrineResistant(Assessment a, Answer answer) {
        if (a.sensitivityAssumed) {
            answer.note("Endocrine sensitivity could not be established (an adjuvant course lacks endedMonthsAgo); "
                    + "options assume endocrine resistance, which fulvestrant-based regimens cover.");
        }
        // INAVO120 took documented resistance, not resistance assumed for missing data
        if (a.documentedEndocrineResistantFirstLine() && a.canReceive(INAVOLISIB_PALBOCICLIB_FULVESTRANT)) {
            offerEndocrine(a, answer, INAVOLISIB_PALBOCICLIB_FULVESTRANT, "PIK3CA-mutated disease relapsing during or "
                    + "within 12 months of adjuvant endocrine therapy, first line.");
        }
        String why = "Endocrine-resistant HR+/HER2- disease: fulvestrant with a CDK4/6 inhibitor.";
        offerEndocrineIfSuitable(a, answer, FULVESTRANT_RIBOCICLIB, why);
        offerEndocrineIfSuitable(a, answer, FULVESTRANT_ABEMACICLIB, why);
        offerEndocrineIfSuitable(a, answer, FULVESTRANT_PALBOCICLIB, why);
        offerEndocrineIfSuitable(a, answer, FULVESTRANT, "Where a CDK4/6 inhibitor cannot be had.");
        tamoxifenIfSuitable(a, answer);
    }

    /** Tamoxifen: generic and globally available; the preferred endocrine monotherapy in men. */
    static void tamoxifenIfSuitable(Assessment a, Answer answer) {
        if (a.canReceive(TAMOXIFEN)) {
            answer.offer(TAMOXIFEN, a.ovarianFunction == OvarianFunction.MALE
                    ? "The preferred endocrine monotherapy in men, and a sound choice where aromatase inhibitors or "
                            + "CDK4/6 inhibitors cannot be had."
                    : "A sound choice where aromatase inhibitors or CDK4/6 inhibitors cannot be had.");
        }
    }

    static void offerEndocrineIfSuitable(Assessment a, Answer answer, Regimen regimen, String why) {
        if (a.canReceive(regimen)) {
            offerEndocrine(a, answer, regimen, why);
        }
    }

    /** Offers an endocrine regimen with the ovarian (or, in men with an AI, testicular) suppression it needs. */
    static Answer.Draft offerEndocrine(Assessment a, Answer answer, Regimen regimen, String why) {
        if (!needsSuppression(a, regimen)) {
            return answer.offer(regimen, why);
        }
        String suffix = a.ovarianFunction == OvarianFunction.MALE ? " + goserelin (testicular suppression)"
                : " + goserelin (ovarian suppression)";
        String reason = switch (a.ovarianFunction) {
            case PREMENOPAUSAL -> " Pre/perimenopausal: ovarian function suppression is required with the endocrine partner.";
            case UNKNOWN -> " Menopausal status unknown: ovarian suppression is included until postmenopausal status is confirmed.";
            case MALE -> " In men an aromatase inhibitor needs a GnRH agonist.";
            default -> "";
        };
        return answer.offer(regimen.plus(Dose.standard(Assessment.SUPPRESSION), suffix), why + reason);
    }

    /** Pre/perimenopausal women need suppression with an AI or fulvestrant; men need a GnRH agonist with an AI. */
    static boolean needsSuppression(Assessment a, Regimen regimen) {
        boolean endocrine = regimen.agents().stream().anyMatch(Assessment.ENDOCRINE_AGENTS::contains)
                && !regimen.agents().contains("tamoxifen");
        return (a.needsOvarianSuppression() && endocrine)
                || (a.ovarianFunction == OvarianFunction.MALE
                        && regimen.agents().stream().anyMatch(Assessment.AROMATASE_INHIBITORS::contains));
    }
}
