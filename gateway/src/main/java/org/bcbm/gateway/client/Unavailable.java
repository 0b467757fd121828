package org.bcbm.gateway.client;

import java.util.Map;
import org.bcbm.common.problem.ProblemException;

/** The 503 problem a partner gets when the one service that can answer a call does not. */
final class Unavailable {

    private Unavailable() {
    }

    static ProblemException of(String service, int retryAfterSeconds) {
        return new ProblemException(503, "Service Unavailable", service + " did not answer in time; retry later", null,
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }
}
