package org.bcbm.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.bcbm.common.contract.CohortAnswer;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.gateway.config.GatewayConfig;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * recommendation-service with its failure policy: its answer is complete (evidence, cost and availability come
 * from its own snapshot of the owners' topics), so without it there is no answer and its failure is a 503. A retry
 * carries the same request id, so the service answers it once and audits it once.
 */
@ApplicationScoped
public class RecommendationClient {

    private final RecommendationApi api;
    private final GatewayConfig config;

    public RecommendationClient(@RestClient RecommendationApi api, GatewayConfig config) {
        this.api = api;
        this.config = config;
    }

    @Timeout(4000)
    @Retry(maxRetries = 1, delay = 100, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "unavailable", skipOn = ProblemException.class)
    public Recommendation recommend(String requestId, PatientProfile profile) {
        return api.recommend(requestId, profile);
    }

    /** A cohort can take a while; it is never retried (each answer is audited) and never degrades. */
    @Timeout(120_000)
    @Fallback(fallbackMethod = "unavailableBatch", skipOn = ProblemException.class)
    public CohortAnswer batch(JsonNode body) {
        return api.batch(body);
    }

    CohortAnswer unavailableBatch(JsonNode body) {
        throw Unavailable.of("recommendation-service", config.retryAfterSeconds());
    }

    Recommendation unavailable(String requestId, PatientProfile profile) {
        throw Unavailable.of("recommendation-service", config.retryAfterSeconds());
    }
}
