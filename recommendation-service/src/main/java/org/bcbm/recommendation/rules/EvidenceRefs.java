package org.bcbm.recommendation.rules;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.bcbm.common.contract.Recommendation.EvidenceRef;

/**
 * A trial's citations as an answer shows them: every ratio-bearing outcome, OS first, with what the ratio is (hazard
 * or rate ratio) and where its figures come from. Depends on the trial alone, so a snapshot computes it once.
 */
public final class EvidenceRefs {

    private static final List<String> ENDPOINT_ORDER = List.of("OS", "PFS", "TIME_TO_FIRST_SRE",
            "TIME_TO_FIRST_AND_SUBSEQUENT_SRE");

    private EvidenceRefs() {
    }

    public static List<EvidenceRef> of(Knowledge.TrialSnapshot trial) {
        return trial.outcomes().stream()
                .filter(o -> o.hazardRatio() != null)
                .sorted(Comparator.comparingInt(o -> endpointOrder(o.endpoint())))
                .map(o -> EvidenceRef.builder().trialId(trial.trialId()).endpoint(o.endpoint())
                        .hazardRatio(o.hazardRatio()).ci95(o.ci95()).mcbsGrade(o.mcbsGrade()).doi(o.doi())
                        .analysis(o.analysis()).experimentalMedianMonths(o.experimentalMedianMonths())
                        .controlMedianMonths(o.controlMedianMonths()).pValue(o.pValue()).trialName(trial.name())
                        .phase(design(trial, Knowledge.Design::phase)).n(design(trial, Knowledge.Design::n))
                        .population(design(trial, Knowledge.Design::population)).mcbsGradable(o.mcbsGradable())
                        .mcbsNotGradableReason(o.mcbsNotGradableReason()).effectMeasure(o.effectMeasure())
                        .citation(o.citation()).sourceKind(o.sourceKind()).sourceNote(o.sourceNote()).build())
                .toList();
    }

    private static <T> T design(Knowledge.TrialSnapshot trial, Function<Knowledge.Design, T> field) {
        return trial.design() == null ? null : field.apply(trial.design());
    }

    private static int endpointOrder(String endpoint) {
        // List.of(...).indexOf(null) throws: an outcome without an endpoint sorts last
        int i = endpoint == null ? -1 : ENDPOINT_ORDER.indexOf(endpoint);
        return i < 0 ? ENDPOINT_ORDER.size() : i;
    }
}
