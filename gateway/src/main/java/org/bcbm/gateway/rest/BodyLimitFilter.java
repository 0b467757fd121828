package org.bcbm.gateway.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.bcbm.common.problem.ProblemMappers;
import org.bcbm.gateway.config.CohortConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The HTTP body limit is raised for the cohort upload, which streams; every other route, whose body is read whole,
 * keeps the smaller limit (a 413 problem above it).
 */
public class BodyLimitFilter {

    static final String COHORTS = "/api/v1/cohorts";

    private final long otherRoutesMax;

    public BodyLimitFilter(CohortConfig config) {
        this.otherRoutesMax = config.otherRoutesMaxBody().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.equals(COHORTS) || request.getLength() <= otherRoutesMax) {
            return Optional.empty();
        }
        return Optional.of(ProblemMappers.build(413, "Content Too Large", "the body holds " + request.getLength()
                + " bytes; this route takes at most " + otherRoutesMax + " (cohorts of any size: POST " + COHORTS + ")",
                null, null).build());
    }
}
