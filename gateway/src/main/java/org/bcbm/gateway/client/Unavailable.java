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

    /**
     * Raises the 503 for one service, whatever the call's return type. Each subclass names FallbackHandler again:
     * SmallRye Fault Tolerance reads the handler's type from the class's own interfaces only.
     */
    abstract static class Raising<T> implements FallbackHandler<T> {
        private final GatewayConfig config;
        private final String service;

        Raising(GatewayConfig config, String service) {
            this.config = config;
            this.service = service;
        }

        @Override
        public T handle(ExecutionContext context) {
            throw of(service, config.retryAfterSeconds());
        }
    }

    /** evidence-service reads and writes that only it can answer. */
    @Dependent
    static class Evidence extends Raising<JsonNode> implements FallbackHandler<JsonNode> {
        Evidence(GatewayConfig config) {
            super(config, "evidence-service");
        }
    }

    /** evidence-service reads served as text (SVG forest plots, FHIR JSON) that only it can answer. */
    @Dependent
    static class EvidenceText extends Raising<String> implements FallbackHandler<String> {
        EvidenceText(GatewayConfig config) {
            super(config, "evidence-service");
        }
    }

    /** access-cost-service reads and writes that only it can answer. */
    @Dependent
    static class Access extends Raising<JsonNode> implements FallbackHandler<JsonNode> {
        Access(GatewayConfig config) {
            super(config, "access-cost-service");
        }
    }
}
