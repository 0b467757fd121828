package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Regimens.CAPECITABINE;
import static org.bcbm.recommendation.rules.Regimens.DOCETAXEL_CAPECITABINE;
import static org.bcbm.recommendation.rules.Regimens.DOXORUBICIN;
import static org.bcbm.recommendation.rules.Regimens.ERIBULIN;
import static org.bcbm.recommendation.rules.Regimens.GEMCITABINE_PACLITAXEL;
import static org.bcbm.recommendation.rules.Regimens.PACLITAXEL_WEEKLY;

import java.util.List;

/**
 * Visceral crisis (ABC 6/7, ESMO): chemotherapy for a fast response, combination chemotherapy first because it
 * responds faster and more often, then single agents by sequence - an anthracycline if none was given, a taxane,
 * capecitabine, eribulin after both - never an agent that has already failed.
 */
final class VisceralCrisis {

    private VisceralCrisis() {
    }

    static void chemotherapyFirst(Assessment a, Answer answer, String why) {
        int before = answer.drafts().size();
        List<String> failedChemotherapy = a.failedAgents.stream().filter(Assessment.CHEMOTHERAPY::contains).sorted().toList();
        String history = failedChemotherapy.isEmpty() ? "" : " Already failed, so not offered: "
                + String.join(", ", failedChemotherapy) + ".";
        for (Regimen combination : List.of(DOCETAXEL_CAPECITABINE, GEMCITABINE_PACLITAXEL)) {
            if (a.canReceive(combination)) {
                answer.offer(combination, why + history);
            }
        }
        // a second anthracycline course is limited by the lifetime cumulative dose, which the profile does not give
        if (a.givenAgents.stream().noneMatch(Assessment.ANTHRACYCLINES::contains) && a.canReceive(DOXORUBICIN)) {
            answer.offer(DOXORUBICIN, why);
        }
        if (a.canReceive(PACLITAXEL_WEEKLY)) {
            answer.offer(PACLITAXEL_WEEKLY, why);
        }
        if (a.canReceive(CAPECITABINE)) {
            answer.offer(CAPECITABINE, why);
        }
        boolean anthracyclineAndTaxaneGiven = a.givenAgents.stream().anyMatch(Assessment.ANTHRACYCLINES::contains)
                && a.givenAgents.stream().anyMatch(Assessment.TAXANES::contains);
        if (anthracyclineAndTaxaneGiven && a.canReceive(ERIBULIN)) {
            answer.offer(ERIBULIN, why);
        }
        if (answer.drafts().size() == before) {
            answer.note("Visceral crisis: every chemotherapy in the catalogue has already failed or been given to its "
                    + "limit; a clinical trial or best supportive care is discussed.");
        }
    }
}
