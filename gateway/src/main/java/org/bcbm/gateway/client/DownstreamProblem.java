package org.bcbm.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.bcbm.common.problem.Problem;
import org.bcbm.common.problem.ProblemException;

/** A 4xx problem a service answered: relayed to the partner as it is, never retried, never a circuit failure. */
public class DownstreamProblem extends ProblemException {

    public DownstreamProblem(int status, JsonNode body) {
        super(status, text(body, "title", "Error"), text(body, "detail", "the request was refused"), violations(body),
                null);
    }

    private static String text(JsonNode body, String field, String fallback) {
        return body != null && body.hasNonNull(field) ? body.get(field).asText() : fallback;
    }

    private static List<Problem.Violation> violations(JsonNode body) {
        if (body == null || !body.has("violations")) {
            return null;
        }
        List<Problem.Violation> list = new ArrayList<>();
        body.get("violations").forEach(v -> list.add(new Problem.Violation(v.path("field").asText(), v.path("message").asText())));
        return list;
    }
}
