package org.bcbm.gateway.client;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.bcbm.common.contract.KnowledgeSummary;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.gateway.client.DownstreamProblemMapper.DownstreamFailure;
import org.bcbm.gateway.config.GatewayConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * recommendation-service with its failure policy: its answer is complete (evidence, cost and availability come
 * from its own snapshot of the owners' topics), so without it there is no answer and its failure is a 503. A retry
 * carries the same request id, so the service answers it once and audits it once. The answer comes back as
 * recommendation-service encoded it (a {@code Recommendation}, its type in the contract and in the OpenAPI
 * document) and is relayed unread: the gateway adds nothing to it, and decoding 20 kB only to encode it again was
 * most of the gateway's work per request. Non-blocking end to end, so no worker thread waits on the call.
 */
@ApplicationScoped
public class RecommendationClient {

    private static final Logger LOG = Logger.getLogger(RecommendationClient.class);

    private final RecommendationApi api;
    private final GatewayConfig config;
    private final URI batchUri;
    /** Cohort answers stream through this client: the REST client would hold a whole 200 MB answer in memory. */
    private final HttpClient streaming = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public RecommendationClient(@RestClient RecommendationApi api, GatewayConfig config,
            @ConfigProperty(name = "quarkus.rest-client.recommendation.url") String baseUrl) {
        this.api = api;
        this.config = config;
        this.batchUri = URI.create(baseUrl.replaceAll("/+$", "") + "/api/v1/recommendations/batch");
    }

    @Timeout(4000)
    @Retry(maxRetries = 1, delay = 100, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "unavailable", skipOn = ProblemException.class)
    @AsynchronousNonBlocking
    public Uni<byte[]> recommend(String authorization, String requestId, PatientProfile profile) {
        return api.recommend(authorization, requestId, profile);
    }

    /**
     * A cohort, streamed both ways: the profiles as the partner sent them (recommendation-service validates each one)
     * and the answer as it is written, so the gateway never holds either. Never retried (each answer is audited);
     * the timeout covers the wait for the answer to start.
     */
    @Timeout(120_000)
    @Fallback(fallbackMethod = "unavailableBatch", skipOn = ProblemException.class)
    public InputStream batch(String authorization, InputStream body) {
        HttpRequest request = HttpRequest.newBuilder(batchUri).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header(HttpHeaders.AUTHORIZATION, authorization)
                .POST(BodyPublishers.ofInputStream(() -> body)).build();
        HttpResponse<InputStream> response;
        try {
            response = streaming.send(request, BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new DownstreamFailure("recommendation-service did not answer the cohort: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownstreamFailure("interrupted while waiting for the cohort's answer");
        }
        int status = response.statusCode();
        if (status == 200) {
            return response.body();
        }
        if (status >= 400 && status < 500 && status != 401 && status != 403) {
            throw DownstreamProblem.read(status, response.body());
        }
        // a refused credential is the gateway's failure, never the partner's: it is not relayed as a problem
        String failure = status == 401 || status == 403
                ? "recommendation-service refused the gateway's credential (" + status + ")"
                : "recommendation-service answered " + status;
        try (InputStream unread = response.body()) {
            throw new DownstreamFailure(failure);
        } catch (IOException e) {
            throw new DownstreamFailure(failure);
        }
    }

    InputStream unavailableBatch(String authorization, InputStream body) {
        throw Unavailable.of("recommendation-service", config.retryAfterSeconds());
    }

    /** What the replica that answers holds (behind a Service, one replica of several). */
    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "unavailableAdmin", skipOn = ProblemException.class)
    public KnowledgeSummary knowledge(String authorization) {
        return api.knowledge(authorization);
    }

    /** Starts a rebuild on the replica that answers; the service answers 202 at once. */
    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "unavailableRebuild", skipOn = ProblemException.class)
    public void rebuild(String authorization) {
        api.rebuild(authorization).close();
    }

    KnowledgeSummary unavailableAdmin(String authorization) {
        throw Unavailable.of("recommendation-service", config.retryAfterSeconds());
    }

    void unavailableRebuild(String authorization) {
        throw Unavailable.of("recommendation-service", config.retryAfterSeconds());
    }

    // the profile stays out of the log: it names a patient
    Uni<byte[]> unavailable(String authorization, String requestId, PatientProfile profile) {
        LOG.warnf("recommendation-service did not answer request %s in time or at all: answered 503", requestId);
        return Uni.createFrom().failure(Unavailable.of("recommendation-service", config.retryAfterSeconds()));
    }
}
