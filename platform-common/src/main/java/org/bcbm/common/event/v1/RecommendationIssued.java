package org.bcbm.common.event.v1;

import java.util.List;

/**
 * recommendation.events, aggregate {@code recommendation} (id = request id): what was recommended, with the
 * knowledge versions it was decided on and a keyed hash instead of the patient reference.
 */
public record RecommendationIssued(String requestId, String patientHash, String rulesVersion,
        String evidenceVersion, String accessVersion, String subtype, List<String> optionIds,
        List<String> contraindicated, String generatedAt) {

    public static final String TYPE = "RecommendationIssued";
    public static final String AGGREGATE = "recommendation";
}
