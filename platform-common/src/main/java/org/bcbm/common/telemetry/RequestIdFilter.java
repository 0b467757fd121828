package org.bcbm.common.telemetry;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bcbm.common.contract.RequestIds;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request its request id before anything else runs: the caller's X-Request-Id when it is a UUID, a
 * new one otherwise. The id goes into the logging MDC (every log line of the request carries it), into the request
 * headers when the caller sent none (so the resources and the calls the gateway makes see the same one), onto the
 * response, and into every problem document.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** The MDC key and the JSON log field. */
    public static final String MDC_KEY = "requestId";

    void register(@Observes Router router) {
        // before the REST layer, the gateway's key filter and the body limit: their problems carry the id too
        router.route().order(Integer.MIN_VALUE + 10).handler(this::assign);
    }

    void assign(RoutingContext rc) {
        String header = rc.request().getHeader(RequestIds.HEADER);
        String id = RequestIds.valid(header);
        if (id == null) {
            id = RequestIds.newId();
            if (header == null || header.isBlank()) {
                rc.request().headers().set(RequestIds.HEADER, id);
            }
            // a malformed header stays as sent: the operations that take it answer a 400 naming it
        }
        ContextLocals.put(RequestIds.CONTEXT_KEY, id);
        MDC.put(MDC_KEY, id);
        rc.response().putHeader(RequestIds.HEADER, id);
        rc.next();
    }
}
