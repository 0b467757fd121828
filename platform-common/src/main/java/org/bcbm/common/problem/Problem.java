package org.bcbm.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document, with the contract's extensions: {@code violations} for validation failures and
 * {@code requestId}, the id of the request it answers (quote it to find the request's log lines and trace).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations,
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path in the request ({@code tumour.her2}, {@code priorTherapies[0].setting}). */
    public record Violation(String field, String message) {
    }

    /** The same problem answering the request {@code id}. */
    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, violations, id);
    }
}
