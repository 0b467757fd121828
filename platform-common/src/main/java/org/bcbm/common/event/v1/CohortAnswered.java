package org.bcbm.common.event.v1;

import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.problem.Problem;

/**
 * cohort.answers, aggregate {@code cohort} (key = job id): one profile's answer, either its recommendation or the
 * problem naming its invalid fields ({@code profiles[i].field}), and the replica that answered it. {@code index} is
 * boxed so that a record without one reads as missing, never as profile 0.
 */
public record CohortAnswered(String jobId, Integer index, Recommendation recommendation, Problem problem,
        String answeredBy) {

    public static final String TYPE = "CohortAnswered";
    public static final String AGGREGATE = "cohort";

    public static CohortAnswered of(String jobId, int index, Recommendation recommendation, Problem problem,
            String answeredBy) {
        return new CohortAnswered(jobId, index, recommendation, problem, answeredBy);
    }
}
