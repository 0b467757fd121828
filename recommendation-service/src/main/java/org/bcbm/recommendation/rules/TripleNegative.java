package org.bcbm.recommendation.rules;

/** Triple-negative disease: this rule set names what it needs to decide and does not guess the systemic choice. */
final class TripleNegative {

    private TripleNegative() {
    }

    static void apply(Assessment a, Answer answer) {
        answer.note("Systemic options for triple-negative disease (pembrolizumab with chemotherapy for PD-L1 CPS >= 10, "
                + "PARP inhibitors or platinum for germline BRCA, sacituzumab govitecan, trastuzumab deruxtecan for "
                + "HER2-low) are not yet in this rule set; none are offered rather than guessed.");
    }
}
