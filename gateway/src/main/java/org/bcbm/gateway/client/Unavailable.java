package org.bcbm.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.Dependent;
import java.util.Map;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.gateway.config.GatewayConfig;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/**
 * The 503 problem a partner gets when the one service that can answer a call does not, and the fallback handlers
 * that raise it for every call of a client (one per service and return type, instead of a method per call).
 */
final class Unavailable {

    private Unavailable() {
    }

    static ProblemException of(String service, int retryAfterSeconds) {
        return new ProblemException(503, "Service Unavailable", service + " did not answer in time; retry later", null,
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /** evidence-service reads and writes that only it can answer. */
    @Dependent
    static class Evidence implements FallbackHandler<JsonNode> {
        private final GatewayConfig config;

        Evidence(GatewayConfig config) {
            this.config = config;
        }

        @Override
        public JsonNode handle(ExecutionContext context) {
            throw of("evidence-service", config.retryAfterSeconds());
        }
    }

    /** evidence-service reads served as text (SVG forest plots, FHIR JSON) that only it can answer. */
    @Dependent
    static class EvidenceText implements FallbackHandler<String> {
        private final GatewayConfig config;

        EvidenceText(GatewayConfig config) {
            this.config = config;
        }

        @Override
        public String handle(ExecutionContext context) {
            throw of("evidence-service", config.retryAfterSeconds());
        }
    }

    /** access-cost-service reads and writes that only it can answer. */
    @Dependent
    static class Access implements FallbackHandler<JsonNode> {
        private final GatewayConfig config;

        Access(GatewayConfig config) {
            this.config = config;
        }

        @Override
        public JsonNode handle(ExecutionContext context) {
            throw of("access-cost-service", config.retryAfterSeconds());
        }
    }
}
