package org.bcbm.common.problem;

import java.util.List;
import java.util.Map;

/** Thrown anywhere to end a request with a specific problem (status, detail, field violations, extra headers). */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Map<String, String> headers;

    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations,
            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = violations;
        this.headers = headers == null ? Map.of() : headers;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "Not Found", what + " '" + id + "' does not exist", null, null);
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(400, "Bad Request", field + ": " + message,
                List.of(new Problem.Violation(field, message)), null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, null, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
