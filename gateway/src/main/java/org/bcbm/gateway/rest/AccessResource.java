package org.bcbm.gateway.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bcbm.common.contract.Page;
import org.bcbm.common.contract.access.AccessViews.CountryView;
import org.bcbm.common.contract.access.AccessViews.FormularyEntry;
import org.bcbm.common.contract.access.AvailabilityUpdate;
import org.bcbm.common.contract.access.DiagnosticsUpdate;
import org.bcbm.common.contract.access.PriceUpdate;
import org.bcbm.common.contract.access.TierOverride;
import org.bcbm.gateway.RequiresRole;
import org.bcbm.gateway.Role;
import org.bcbm.gateway.client.AccessClient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Countries and their formularies, from access-cost-service; curators' price and availability changes. */
@Path("/api/v1/countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access and cost")
public class AccessResource {

    private final AccessClient access;

    public AccessResource(AccessClient access) {
        this.access = access;
    }

    @GET
    @Operation(operationId = "listCountries", summary = "Countries with income group and tier, filtered by incomeGroup "
            + "(low|lower_middle|upper_middle|high) or tier (basic|limited|enhanced|maximal), paged (size up to 500)")
    public Page<CountryView> countries(@QueryParam("incomeGroup") String incomeGroup, @QueryParam("tier") String tier,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return access.countries(incomeGroup, tier, page, size);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCountry", summary = "A country's profile and formulary (availability, sourced price, annual cost)")
    public CountryView country(@PathParam("code") String code) {
        return access.country(code);
    }

    @PUT
    @Path("/{code}/prices/{inn}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.CURATOR)
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "curator")
    @Operation(operationId = "setCountryDrugPrice", summary = "Curator: set a drug's sourced, dated price in a country (version: the listing version read)")
    @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "NHS list price", value = """
                    {"version":0,"amount":309.86,"currency":"GBP","per":"120 mg vial","packUnits":1,"unitStrengthMg":120,
                     "source":"NICE TA265, BNF 63 list price","asOf":"2012-10-01"}""")))
    public FormularyEntry updatePrice(@PathParam("code") String code, @PathParam("inn") String inn, PriceUpdate update) {
        return access.updatePrice(code, inn, update);
    }

    @PUT
    @Path("/{code}/diagnostics")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.CURATOR)
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "curator")
    @Operation(operationId = "setCountryDiagnostics", summary = "Curator: set which diagnostics (HER2 IHC, ISH, NGS/ctDNA) a country can deliver (null = unknown)")
    public CountryView updateDiagnostics(@PathParam("code") String code, DiagnosticsUpdate update) {
        return access.updateDiagnostics(code, update);
    }

    @PUT
    @Path("/{code}/tier")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.CURATOR)
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "curator")
    @Operation(operationId = "overrideCountryTier", summary = "Curator: override the resource tier derived from the income group, with a reason (null clears)")
    public CountryView overrideTier(@PathParam("code") String code, TierOverride update) {
        return access.overrideTier(code, update);
    }

    @PUT
    @Path("/{code}/availability/{inn}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.CURATOR)
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "curator")
    @Operation(operationId = "setCountryDrugAvailability", summary = "Curator: set whether a drug is registered, reimbursed, generic in a country (null = unknown)")
    @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "registered, reimbursement unknown", value = """
                    {"version":0,"registered":true,"reimbursed":null,"genericAvailable":true,
                     "source":"national medicines register extract","asOf":"2026-06-30"}""")))
    public FormularyEntry updateAvailability(@PathParam("code") String code, @PathParam("inn") String inn, AvailabilityUpdate update) {
        return access.updateAvailability(code, inn, update);
    }
}
