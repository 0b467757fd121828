package org.bcbm.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.bcbm.common.contract.RequestIds;
import org.bcbm.gateway.rest.CurrentCaller;

/**
 * Adds the gateway's credential for the current caller to every evidence- and access-cost-service call, and the
 * partner request's id, so the services' log lines of that request carry the same one. Those calls are made on the
 * request's own thread, where the caller the key filter resolved is known.
 */
@ApplicationScoped
public class ServiceAuthorizationFilter implements ClientRequestFilter {

    private final CurrentCaller current;
    private final ServiceCredentials credentials;

    public ServiceAuthorizationFilter(CurrentCaller current, ServiceCredentials credentials) {
        this.current = current;
        this.credentials = credentials;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, credentials.authorization(current.caller()));
        String requestId = RequestIds.current();
        if (requestId != null && !request.getHeaders().containsKey(RequestIds.HEADER)) {
            request.getHeaders().putSingle(RequestIds.HEADER, requestId);
        }
    }
}
