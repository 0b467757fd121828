package org.bcbm.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** evidence-service over HTTP; only {@link EvidenceClient} may call it. */
@RegisterRestClient(configKey = "evidence")
@RegisterProvider(DownstreamProblemMapper.class)
@RegisterProvider(ServiceAuthorizationFilter.class)
@Path("/api/v1")
interface EvidenceApi {

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

    @PUT
    @Path("/treatments/{inn}")
    JsonNode putTreatment(@PathParam("inn") String inn, JsonNode update);

    @PUT
    @Path("/trials/{trialId}")
    JsonNode putTrial(@PathParam("trialId") String trialId, JsonNode update);

    @POST
    @Path("/trials/{trialId}/outcomes")
    JsonNode addOutcome(@PathParam("trialId") String trialId, JsonNode update);

    @GET
    @Path("/comparative-profiles")
    JsonNode profiles(@QueryParam("modality") String modality);

    @GET
    @Path("/comparative-profiles/{profileId}")
    JsonNode profile(@PathParam("profileId") String profileId);

    @GET
    @Path("/treatments/{inn}/forest-plot.svg")
    @Produces("image/svg+xml")
    String forestPlot(@PathParam("inn") String inn);

    @GET
    @Path("/forest-plot.svg")
    @Produces("image/svg+xml")
    String forestPlotOf(@QueryParam("trials") String trials, @QueryParam("modality") String modality,
            @QueryParam("endpoint") String endpoint);

    @GET
    @Path("/trials/{trialId}/outcomes/{outcomeId}/fhir")
    @Produces("application/fhir+json")
    String outcomeAsFhir(@PathParam("trialId") String trialId, @PathParam("outcomeId") long outcomeId);

    @GET
    @Path("/treatments/{inn}")
    JsonNode treatment(@PathParam("inn") String inn);

    @POST
    @Path("/admin/reconcile")
    JsonNode reconcile();
}
