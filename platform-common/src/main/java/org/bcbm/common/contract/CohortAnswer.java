package org.bcbm.common.contract;

import java.util.List;
import org.bcbm.common.problem.Problem;

/**
 * The answer to a cohort of profiles: one item per profile, in input order, each with its recommendation or the
 * problem naming its invalid fields ({@code profiles[i].field}), so one bad profile never fails the others.
 */
public record CohortAnswer(String batchId, int size, int answered, int rejected, List<Item> items) {

    /** One profile's answer: its position, and either its recommendation or its problem. */
    public record Item(int index, Recommendation recommendation, Problem problem) {
    }
}
