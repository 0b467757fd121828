package org.bcbm.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bcbm.common.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A call without a valid service credential is a 401, one whose credential lacks the role a 403, both as
 * application/problem+json. The detail never repeats the credential.
 */
public class SecurityProblems {

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized("this service answers only calls carrying the gateway's credential (Authorization: Bearer)", uri);
    }

    @ServerExceptionMapper
    public Response invalidCredential(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized("the credential is not valid: not signed by the gateway, expired, or not meant for this service", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemMappers.build(403, "Forbidden", "the credential's role does not allow this call", uri, null).build();
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        return ProblemMappers.build(401, "Unauthorized", detail, uri, null)
                .header("WWW-Authenticate", "Bearer realm=\"bcbm-services\"").build();
    }
}
