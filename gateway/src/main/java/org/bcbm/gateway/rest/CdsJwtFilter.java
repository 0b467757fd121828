package org.bcbm.gateway.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.bcbm.common.problem.ProblemMappers;
import org.bcbm.gateway.config.CdsConfig;
import org.bcbm.gateway.service.CdsTokenVerifier;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every call under /cds-services carries a CDS client's JWT (ApiKeyFilter guards only /api, so this is the one
 * check these endpoints have): a 401 problem+json without a valid one. CORS preflights are answered before this.
 */
public class CdsJwtFilter {

    private static final Logger LOG = Logger.getLogger(CdsJwtFilter.class);
    static final String PREFIX = "/cds-services";

    private final CdsTokenVerifier verifier;
    private final CdsCaller caller;
    private final CdsConfig config;

    public CdsJwtFilter(CdsTokenVerifier verifier, CdsCaller caller, CdsConfig config) {
        this.verifier = verifier;
        this.caller = caller;
        this.config = config;
    }

    @ServerRequestFilter
    public Uni<Response> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals(PREFIX) && !path.startsWith(PREFIX + "/") || HttpMethod.OPTIONS.equals(request.getMethod())) {
            return Uni.createFrom().nullItem();
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        List<String> audiences = audiences(request.getUriInfo().getRequestUri(), path);
        // the jti check writes to the database: off the event loop
        return Uni.createFrom().item(() -> {
            try {
                caller.set(verifier.verify(authorization, audiences));
                return (Response) null;
            } catch (CdsTokenVerifier.Refused e) {
                LOG.infof("CDS call to %s refused: %s", path, e.getMessage());
                return ProblemMappers.build(401, "Unauthorized", e.getMessage(), request.getUriInfo(), null)
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The endpoint URL the JWT must be addressed to; feedback also accepts its service's URL. */
    List<String> audiences(URI requested, String path) {
        String base = config.publicBaseUrl().map(u -> u.replaceAll("/+$", ""))
                .orElseGet(() -> requested.getScheme() + "://" + requested.getRawAuthority());
        String trimmed = path.replaceAll("/+$", "");
        List<String> audiences = new ArrayList<>();
        audiences.add(base + trimmed);
        if (trimmed.endsWith("/feedback")) {
            audiences.add(base + trimmed.substring(0, trimmed.length() - "/feedback".length()));
        }
        return audiences;
    }
}
