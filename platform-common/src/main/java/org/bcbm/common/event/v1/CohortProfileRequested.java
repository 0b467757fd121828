package org.bcbm.common.event.v1;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * cohort.requests, aggregate {@code cohort} (key = {@code jobId:index}, so one job's profiles spread over every
 * partition): one profile of a cohort job, exactly as the partner sent it, so the answering replica validates it.
 */
public record CohortProfileRequested(String jobId, int index, JsonNode profile) {

    public static final String TYPE = "CohortProfileRequested";
    public static final String AGGREGATE = "cohort";
}
