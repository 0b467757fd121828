package org.bcbm.evidence.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.bcbm.common.contract.Page;
import org.bcbm.common.contract.evidence.EvidenceViews.TrialView;
import org.bcbm.common.contract.evidence.OutcomeUpdate;
import org.bcbm.common.contract.evidence.TrialUpdate;
import org.bcbm.common.security.Roles;
import org.bcbm.evidence.service.CurationService;
import org.bcbm.evidence.service.EvidenceService;
import org.bcbm.evidence.service.FhirEvidenceExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Trials and their outcomes: paged reads, a batch read for the gateway's merge, curator corrections. */
@Path("/api/v1/trials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trials")
@RolesAllowed(Roles.PARTNER)
public class TrialResource {

    private final EvidenceService evidence;
    private final CurationService curation;

    private final FhirEvidenceExport fhir;

    public TrialResource(EvidenceService evidence, CurationService curation, FhirEvidenceExport fhir) {
        this.evidence = evidence;
        this.curation = curation;
        this.fhir = fhir;
    }

    @GET
    @Operation(summary = "Trials, filterable by agent, modality, subtype, endpoint, line and text; or a batch by ids")
    public Page<TrialView> list(@QueryParam("ids") String ids, @QueryParam("agent") String agent,
            @QueryParam("modality") String modality,
            @QueryParam("subtype") String subtype, @QueryParam("endpoint") String endpoint,
            @QueryParam("line") String line, @QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(500) int size) {
        if (ids != null && !ids.isBlank()) {
            List<TrialView> found = evidence.trialsByIds(Arrays.stream(ids.split(",")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList());
            return Page.whole(found);
        }
        return evidence.trials(agent, modality, subtype, endpoint, line, text, page, size);
    }

    @GET
    @Path("/{trialId}")
    @Operation(summary = "One trial with its arms, outcomes and DOI")
    public TrialView get(@PathParam("trialId") String trialId) {
        return evidence.trial(trialId);
    }

    @GET
    @Path("/{trialId}/outcomes/{outcomeId}/fhir")
    @Produces({ FHIR_JSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "One outcome as FHIR R5: a Bundle of Citation (the paper), Evidence (hazard or rate ratio with "
            + "its 95% CI and p value, medians) and, where graded, ESMO-MCBS as ArtifactAssessment")
    public String fhir(@PathParam("trialId") String trialId, @PathParam("outcomeId") long outcomeId) {
        // serialised by HAPI's FHIR parser: the FHIR media type is not one the JSON body writer is bound to
        return fhir.json(trialId, outcomeId);
    }

    static final String FHIR_JSON = "application/fhir+json";

    @PUT
    @RolesAllowed(Roles.CURATOR)
    @Path("/{trialId}")
    @Operation(summary = "Curator: create a trial, or change it (body carries the version read; stale: 409)")
    public TrialView putTrial(@PathParam("trialId") String trialId, @Valid @NotNull TrialUpdate update) {
        return curation.putTrial(trialId, update);
    }

    @POST
    @RolesAllowed(Roles.CURATOR)
    @Path("/{trialId}/outcomes")
    @Operation(summary = "Curator: add an outcome (body carries the trial version read; stale: 409)")
    public TrialView addOutcome(@PathParam("trialId") String trialId, @Valid @NotNull OutcomeUpdate update) {
        return curation.addOutcome(trialId, update);
    }

    @PUT
    @RolesAllowed(Roles.CURATOR)
    @Path("/{trialId}/outcomes/{outcomeId}")
    @Operation(summary = "Curator: correct one outcome (optimistic locking on the trial version)")
    public TrialView updateOutcome(@PathParam("trialId") String trialId, @PathParam("outcomeId") long outcomeId,
            @Valid @NotNull OutcomeUpdate update) {
        return curation.updateOutcome(trialId, outcomeId, update);
    }
}
