package org.bcbm.common.contract;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;
import java.util.UUID;
import org.bcbm.common.problem.ProblemException;

/** The request id a caller may send as its idempotency key: a UUID, or a new one when none is given. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Where the id of the HTTP request being served is kept (its Vert.x duplicated context). */
    public static final String CONTEXT_KEY = "bcbm.request-id";

    private RequestIds() {
    }

    /** The caller's id when it is a UUID, a new one when the header is absent; a 400 naming the header otherwise. */
    public static String parse(String header) {
        if (header == null || header.isBlank()) {
            return newId();
        }
        try {
            return UUID.fromString(header.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(HEADER, "must be a UUID");
        }
    }

    /** A new request id (see RandomIds: unique, not secret). */
    public static String newId() {
        return RandomIds.uuid().toString();
    }

    /** The header as a normalised UUID; null when it is absent or not a UUID. */
    public static String valid(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(header.trim()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The id of the HTTP request being served (see RequestIdFilter); null outside one. */
    public static String current() {
        var context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return null;
        }
        return ContextLocals.<String>get(CONTEXT_KEY).orElse(null);
    }
}
