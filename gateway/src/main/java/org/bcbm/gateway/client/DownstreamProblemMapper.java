package org.bcbm.gateway.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * 4xx from a service becomes a {@link DownstreamProblem}; 5xx, and a refusal of the gateway's credential, stay a
 * failure that fault tolerance handles.
 */
public class DownstreamProblemMapper implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status == 401 || status == 403) {
            // the service refused the gateway's own credential (a key or clock out of step): the gateway's failure,
            // never the partner's, so it is not relayed as one
            return new DownstreamFailure("service refused the gateway's credential (" + status + ")");
        }
        if (status >= 400 && status < 500) {
            return DownstreamProblem.read(status, response.readEntity(InputStream.class));
        }
        return new DownstreamFailure("service answered " + status);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /** A service that failed (5xx): counts against its circuit breaker. */
    public static class DownstreamFailure extends RuntimeException {
        public DownstreamFailure(String message) {
            super(message);
        }
    }
}
