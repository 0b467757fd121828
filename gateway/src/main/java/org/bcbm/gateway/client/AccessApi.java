package org.bcbm.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** access-cost-service over HTTP; only {@link AccessClient} may call it. */
@RegisterRestClient(configKey = "access")
@RegisterProvider(DownstreamProblemMapper.class)
@RegisterProvider(ServiceAuthorizationFilter.class)
@Path("/api/v1")
interface AccessApi {

    @POST
    @Path("/costs/regimens")
    JsonNode regimenCosts(JsonNode request);

    @GET
    @Path("/countries/{code}")
    JsonNode country(@PathParam("code") String code);

    @GET
    @Path("/countries")
    JsonNode countries(@QueryParam("incomeGroup") String incomeGroup, @QueryParam("tier") String tier,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/drugs/{inn}/availability")
    JsonNode drugAvailability(@PathParam("inn") String inn);

    @PUT
    @Path("/countries/{code}/prices/{inn}")
    JsonNode updatePrice(@PathParam("code") String code, @PathParam("inn") String inn, JsonNode update);

    @PUT
    @Path("/countries/{code}/diagnostics")
    JsonNode updateDiagnostics(@PathParam("code") String code, JsonNode update);

    @PUT
    @Path("/countries/{code}/tier")
    JsonNode overrideTier(@PathParam("code") String code, JsonNode update);

    @PUT
    @Path("/countries/{code}/availability/{inn}")
    JsonNode updateAvailability(@PathParam("code") String code, @PathParam("inn") String inn, JsonNode update);

    @POST
    @Path("/admin/reconcile")
    JsonNode reconcile();
}
