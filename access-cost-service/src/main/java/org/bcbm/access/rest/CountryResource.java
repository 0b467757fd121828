package org.bcbm.access.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.bcbm.access.service.AccessService;
import org.bcbm.access.service.CurationService;
import org.bcbm.common.contract.Page;
import org.bcbm.common.contract.access.AccessViews.CountryView;
import org.bcbm.common.contract.access.AccessViews.FormularyEntry;
import org.bcbm.common.contract.access.AccessViews.RegimenCosts;
import org.bcbm.common.contract.access.AvailabilityUpdate;
import org.bcbm.common.contract.access.DiagnosticsUpdate;
import org.bcbm.common.contract.access.PriceUpdate;
import org.bcbm.common.contract.access.RegimenCostRequest;
import org.bcbm.common.contract.access.TierOverride;
import org.bcbm.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Countries, their formularies, regimen costs, and curators' price and availability changes. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Access and cost")
@RolesAllowed(Roles.PARTNER)
public class CountryResource {

    private final AccessService access;
    private final CurationService curation;

    public CountryResource(AccessService access, CurationService curation) {
        this.access = access;
        this.curation = curation;
    }

    @GET
    @Path("/countries")
    @Operation(summary = "Countries (ISO 3166-1), filterable by income group and resource tier")
    public Page<CountryView> countries(
            @QueryParam("incomeGroup") @Pattern(regexp = "low|lower_middle|upper_middle|high") String incomeGroup,
            @QueryParam("tier") @Pattern(regexp = "basic|limited|enhanced|maximal") String tier,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return access.countries(incomeGroup, tier, page, size);
    }

    @GET
    @Path("/countries/{code}")
    @Operation(summary = "A country's profile and formulary: availability, price, annual cost, each with its source")
    public CountryView country(@PathParam("code") String code) {
        return access.country(code);
    }

    @GET
    @Path("/drugs/{inn}/availability")
    @Operation(summary = "One drug across every country with something on file")
    public Map<String, FormularyEntry> drug(@PathParam("inn") String inn) {
        return access.drugAcrossCountries(inn);
    }

    @POST
    @Path("/costs/regimens")
    @Operation(summary = "Cost and availability of many regimens in one country (one round trip)")
    public RegimenCosts regimenCosts(@Valid @NotNull RegimenCostRequest request) {
        return access.regimenCosts(request);
    }

    @PUT
    @RolesAllowed(Roles.CURATOR)
    @Path("/countries/{code}/prices/{inn}")
    @Operation(summary = "Curator: set the sourced, dated price of a drug in a country")
    public FormularyEntry updatePrice(@PathParam("code") String code, @PathParam("inn") String inn,
            @Valid @NotNull PriceUpdate update) {
        return curation.updatePrice(code, inn, update);
    }

    @PUT
    @RolesAllowed(Roles.CURATOR)
    @Path("/countries/{code}/diagnostics")
    @Operation(summary = "Curator: set which diagnostics (HER2 IHC, ISH, NGS/ctDNA) a country can deliver (null = unknown)")
    public CountryView updateDiagnostics(@PathParam("code") String code, @Valid @NotNull DiagnosticsUpdate update) {
        return curation.updateDiagnostics(code, update, access);
    }

    @PUT
    @RolesAllowed(Roles.CURATOR)
    @Path("/countries/{code}/tier")
    @Operation(summary = "Curator: override the resource tier derived from the income group (tier null clears it)")
    public CountryView overrideTier(@PathParam("code") String code, @Valid @NotNull TierOverride update) {
        return curation.overrideTier(code, update, access);
    }

    @PUT
    @RolesAllowed(Roles.CURATOR)
    @Path("/countries/{code}/availability/{inn}")
    @Operation(summary = "Curator: set whether a drug is registered, reimbursed and generic in a country")
    public FormularyEntry updateAvailability(@PathParam("code") String code, @PathParam("inn") String inn,
            @Valid @NotNull AvailabilityUpdate update) {
        return curation.updateAvailability(code, inn, update);
    }
}
