package org.bcbm.common.contract;

import java.util.UUID;
import org.bcbm.common.problem.ProblemException;

/** The request id a caller may send as its idempotency key: a UUID, or a new one when none is given. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private RequestIds() {
    }

    /** The caller's id when it is a UUID, a new one when the header is absent; a 400 naming the header otherwise. */
    public static String parse(String header) {
        if (header == null || header.isBlank()) {
            return UUID.randomUUID().toString();
        }
        try {
            return UUID.fromString(header.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(HEADER, "must be a UUID");
        }
    }
}
