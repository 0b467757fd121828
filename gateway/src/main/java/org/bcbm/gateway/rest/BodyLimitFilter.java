package org.bcbm.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bcbm.common.contract.RequestIds;
import org.bcbm.common.problem.Problem;
import org.bcbm.gateway.config.CohortConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The body limits, answered as a 413 problem naming the limit: the cohort upload, which streams, may be as large as
 * quarkus.http.limits.max-body-size; every other route, whose body is read whole, takes bcbm.cohorts.other-routes-max-
 * body. A declared Content-Length over the limit is refused here, before Quarkus's own check (which would answer a
 * bare 413) and before a byte of the body is read; a chunked body is counted as it is read ({@link BodyLimitReader}).
 */
@ApplicationScoped
public class BodyLimitFilter {

    static final String COHORTS = "/api/v1/cohorts";

    private final long otherRoutesMax;
    private final long cohortsMax;
    private final ObjectMapper mapper;

    public BodyLimitFilter(CohortConfig config, ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.otherRoutesMax = config.otherRoutesMaxBody().asLongValue();
        this.cohortsMax = maxBodySize.asLongValue();
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    long limitFor(String path) {
        return COHORTS.equals(path) ? cohortsMax : otherRoutesMax;
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        String path = context.normalizedPath();
        long limit = limitFor(path);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = -1; // Vert.x itself refuses a malformed length
        }
        if (length <= limit) {
            context.next();
            return;
        }
        // the unread body would be taken for the next request on this connection: close it after the answer
        context.response().setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(problem(tooLarge(path, "holds " + length + " bytes", limit), path))
                .onComplete(done -> context.request().connection().close());
    }

    static String tooLarge(String path, String what, long limit) {
        return "the body " + what + "; " + (COHORTS.equals(path) ? "a cohort upload" : "this route") + " takes at most "
                + limit + " bytes" + (COHORTS.equals(path) ? "" : " (cohorts of any size: POST " + COHORTS + ")");
    }

    private String problem(String detail, String path) {
        try {
            return mapper.writeValueAsString(new Problem("about:blank", "Content Too Large", 413, detail, path, null,
                    RequestIds.current()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
