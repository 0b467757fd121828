package org.bcbm.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** 4xx from a service becomes a {@link DownstreamProblem}; 5xx stays a failure that fault tolerance handles. */
public class DownstreamProblemMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 400 && status < 500) {
            JsonNode body = null;
            try {
                body = MAPPER.readTree(response.readEntity(String.class));
            } catch (Exception e) {
                // an unreadable body still carries its status
            }
            return new DownstreamProblem(status, body);
        }
        return new DownstreamFailure("service answered " + status);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /** A service that failed (5xx): counts against its circuit breaker. */
    public static class DownstreamFailure extends RuntimeException {
        public DownstreamFailure(String message) {
            super(message);
        }
    }
}
