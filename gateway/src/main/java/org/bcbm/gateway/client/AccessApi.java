package org.bcbm.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.bcbm.common.contract.Page;
import org.bcbm.common.contract.access.AccessViews.CountryView;
import org.bcbm.common.contract.access.AccessViews.FormularyEntry;
import org.bcbm.common.contract.access.AccessViews.RegimenCosts;
import org.bcbm.common.contract.access.AvailabilityUpdate;
import org.bcbm.common.contract.access.DiagnosticsUpdate;
import org.bcbm.common.contract.access.PriceUpdate;
import org.bcbm.common.contract.access.RegimenCostRequest;
import org.bcbm.common.contract.access.TierOverride;
import org.bcbm.common.outbox.Reconciliation;
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
    RegimenCosts regimenCosts(RegimenCostRequest request);

    @GET
    @Path("/countries/{code}")
    CountryView country(@PathParam("code") String code);

    @GET
    @Path("/countries")
    Page<CountryView> countries(@QueryParam("incomeGroup") String incomeGroup, @QueryParam("tier") String tier,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/drugs/{inn}/availability")
    Map<String, FormularyEntry> drugAvailability(@PathParam("inn") String inn);

    @PUT
    @Path("/countries/{code}/prices/{inn}")
    FormularyEntry updatePrice(@PathParam("code") String code, @PathParam("inn") String inn, PriceUpdate update);

    @PUT
    @Path("/countries/{code}/diagnostics")
    CountryView updateDiagnostics(@PathParam("code") String code, DiagnosticsUpdate update);

    @PUT
    @Path("/countries/{code}/tier")
    CountryView overrideTier(@PathParam("code") String code, TierOverride update);

    @PUT
    @Path("/countries/{code}/availability/{inn}")
    FormularyEntry updateAvailability(@PathParam("code") String code, @PathParam("inn") String inn, AvailabilityUpdate update);

    @POST
    @Path("/admin/reconcile")
    Reconciliation reconcile();
}
