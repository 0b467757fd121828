package org.bcbm.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** evidence-service over HTTP; only {@link EvidenceClient} may call it. */
@RegisterRestClient(configKey = "evidence")
@RegisterProvider(DownstreamProblemMapper.class)
@Path("/api/v1")
interface EvidenceApi {

    @GET
    @Path("/trials")
    JsonNode trialsByIds(@QueryParam("ids") String ids);

    @GET
    @Path("/trials")
    JsonNode trials(@BeanParam ListQuery query);

    @GET
    @Path("/trials/{trialId}")
    JsonNode trial(@PathParam("trialId") String trialId);

    @PUT
    @Path("/trials/{trialId}/outcomes/{outcomeId}")
    JsonNode updateOutcome(@PathParam("trialId") String trialId, @PathParam("outcomeId") long outcomeId, JsonNode update);

    @POST
    @Path("/mcbs/grade")
    JsonNode grade(JsonNode request);

    @GET
    @Path("/treatments")
    JsonNode treatments(@BeanParam ListQuery query);

    @GET
    @Path("/treatments/{inn}")
    JsonNode treatment(@PathParam("inn") String inn);
}
