package org.bcbm.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document, with the contract's {@code violations} extension for validation failures. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path in the request ({@code tumour.her2}, {@code priorTherapies[0].setting}). */
    public record Violation(String field, String message) {
    }
}
