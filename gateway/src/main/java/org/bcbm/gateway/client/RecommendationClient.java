package org.bcbm.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.gateway.config.GatewayConfig;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** recommendation-service with its failure policy: without it there is no answer, so its failure is a 503. */
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
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "unavailable", skipOn = ProblemException.class)
    public Recommendation recommend(PatientProfile profile) {
        return api.recommend(profile);
    }

    /** A cohort can take a while; it is never retried (each answer is audited) and never degrades. */
    @Timeout(120_000)
    @Fallback(fallbackMethod = "unavailableBatch", skipOn = ProblemException.class)
    public com.fasterxml.jackson.databind.JsonNode batch(com.fasterxml.jackson.databind.JsonNode body) {
        return api.batch(body);
    }

    com.fasterxml.jackson.databind.JsonNode unavailableBatch(com.fasterxml.jackson.databind.JsonNode body) {
        throw Unavailable.of("recommendation-service", config.retryAfterSeconds());
    }

    Recommendation unavailable(PatientProfile profile) {
        throw Unavailable.of("recommendation-service", config.retryAfterSeconds());
    }
}
