package org.bcbm.gateway.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.bcbm.common.problem.Problem;
import org.bcbm.common.problem.ProblemException;

/** A 4xx problem a service answered: relayed to the partner as it is, never retried, never a circuit failure. */
public class DownstreamProblem extends ProblemException {

    // a service may add members to its problem documents (RFC 9457 extensions): read what the gateway relays
    private static final ObjectMapper PROBLEMS = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** {@code body} is the service's problem document, or null when it sent none the gateway could read. */
    DownstreamProblem(int status, Problem body) {
        super(status, body == null || body.title() == null ? "Error" : body.title(),
                body == null || body.detail() == null ? "the request was refused" : body.detail(),
                body == null ? null : body.violations(), null);
    }

    /** The problem a service answered with {@code status}; an unreadable body still carries its status. */
    static DownstreamProblem read(int status, InputStream body) {
        try (body) {
            return new DownstreamProblem(status, PROBLEMS.readValue(body, Problem.class));
        } catch (IOException | RuntimeException e) {
            return new DownstreamProblem(status, null);
        }
    }
}
