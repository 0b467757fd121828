package org.bcbm.gateway.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bcbm.common.contract.Page;
import org.bcbm.common.contract.evidence.EvidenceViews.ProfileView;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentView;
import org.bcbm.common.contract.evidence.EvidenceViews.TrialView;
import org.bcbm.common.contract.evidence.OutcomeUpdate;
import org.bcbm.common.contract.evidence.TreatmentUpdate;
import org.bcbm.common.contract.evidence.TrialUpdate;
import org.bcbm.gateway.RequiresRole;
import org.bcbm.gateway.Role;
import org.bcbm.gateway.TreatmentAnswer;
import org.bcbm.gateway.client.EvidenceClient;
import org.bcbm.gateway.client.ListQuery;
import org.bcbm.gateway.service.ReadMerge;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Trials and treatments, from evidence-service; a treatment read with ?country= merges access-cost-service. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
public class EvidenceResource {

    private final EvidenceClient evidence;
    private final ReadMerge merge;

    public EvidenceResource(EvidenceClient evidence, ReadMerge merge) {
        this.evidence = evidence;
        this.merge = merge;
    }

    @GET
    @Path("/trials")
    @Operation(operationId = "listTrials", summary = "Trials with outcomes, paged; filter by agent, subtype, endpoint, line, q")
    public Page<TrialView> trials(@BeanParam ListQuery query) {
        return evidence.trials(query);
    }

    @GET
    @Path("/trials/{trialId}")
    @Operation(operationId = "getTrial", summary = "One trial: arms, outcomes (endpoint, medians, HR, CI, p, grade), DOI")
    public TrialView trial(@PathParam("trialId") String trialId) {
        return evidence.trial(trialId);
    }

    @GET
    @Path("/treatments")
    @Operation(operationId = "listTreatments", summary = "Treatments, paged; filter by modality, q")
    public Page<TreatmentView> treatments(@BeanParam ListQuery query) {
        return evidence.treatments(query);
    }

    @GET
    @Path("/treatments/{inn}")
    @Operation(operationId = "getTreatment", summary = "A treatment, its trials, and with ?country= its price and availability there")
    public TreatmentAnswer treatment(@PathParam("inn") String inn,
            @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in upper case") String country) {
        return merge.treatment(inn, country);
    }

    @GET
    @Path("/treatments/{inn}/forest-plot.svg")
    @Produces("image/svg+xml")
    @Operation(operationId = "getTreatmentForestPlot", summary = "Forest plot (SVG, log axis) of every hazard ratio from the trials of a treatment")
    public String forestPlot(@PathParam("inn") String inn) {
        return evidence.forestPlot(inn);
    }

    @GET
    @Path("/trials/{trialId}/outcomes/{outcomeId}/fhir")
    @Produces("application/fhir+json")
    @Operation(operationId = "getOutcomeAsFhir", summary = "One trial outcome as FHIR R5: a Bundle of Citation (the paper) and Evidence (hazard ratio as "
            + "statistic C93150, 95% CI as attribute estimate C53324), for EHRs and guideline tools")
    public String outcomeAsFhir(@PathParam("trialId") String trialId, @PathParam("outcomeId") long outcomeId) {
        return evidence.outcomeAsFhir(trialId, outcomeId);
    }

    @GET
    @Path("/forest-plot.svg")
    @Produces("image/svg+xml")
    @Operation(operationId = "getForestPlot", summary = "Forest plot (SVG) of a set of trials (trials=A,B) or a modality (modality=targeted); endpoint optional")
    public String forestPlotOf(@QueryParam("trials") String trials, @QueryParam("modality") String modality,
            @QueryParam("endpoint") String endpoint) {
        return evidence.forestPlotOf(trials, modality, endpoint);
    }

    @GET
    @Path("/comparative-profiles")
    @Operation(operationId = "listComparativeProfiles", summary = "The review's Table 1: modalities across survival, SREs, QoL, side effects, cost and access")
    // a list, not a page: the pass-through body is an array of profiles
    @APIResponse(responseCode = "200", description = "One comparative profile per modality",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ProfileView.class)))
    public List<ProfileView> profiles(@QueryParam("modality") String modality) {
        return evidence.profiles(modality);
    }

    @GET
    @Path("/comparative-profiles/{profileId}")
    @Operation(operationId = "getComparativeProfile", summary = "One modality's comparative profile")
    public ProfileView profile(@PathParam("profileId") String profileId) {
        return evidence.profile(profileId);
    }

    @PUT
    @Path("/treatments/{inn}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.CURATOR)
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "curator")
    @Operation(operationId = "putTreatment", summary = "Curator: create a treatment or change it (body carries the version read; stale: 409)")
    @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "a new treatment", value = """
                    {"atcCode":"L02BA03","modality":"endocrine","drugClass":"selective oestrogen receptor degrader",
                     "mechanism":"Binds and degrades the oestrogen receptor.","status":"standard","source":"WHO ATC/DDD Index 2025"}""")))
    public TreatmentView putTreatment(@PathParam("inn") String inn, TreatmentUpdate update) {
        return evidence.putTreatment(inn, update);
    }

    @PUT
    @Path("/trials/{trialId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.CURATOR)
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "curator")
    @Operation(operationId = "putTrial", summary = "Curator: create a trial or change it (body carries the version read; stale: 409)")
    public TrialView putTrial(@PathParam("trialId") String trialId, TrialUpdate update) {
        return evidence.putTrial(trialId, update);
    }

    @POST
    @Path("/trials/{trialId}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.CURATOR)
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "curator")
    @Operation(operationId = "addTrialOutcome", summary = "Curator: add an outcome to a trial (body carries the trial version read; stale: 409)")
    public TrialView addOutcome(@PathParam("trialId") String trialId, OutcomeUpdate update) {
        return evidence.addOutcome(trialId, update);
    }

    @PUT
    @Path("/trials/{trialId}/outcomes/{outcomeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.CURATOR)
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "curator")
    @Operation(operationId = "updateTrialOutcome", summary = "Curator: correct one outcome; body carries the trial version read (stale: 409)")
    @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "CLEOPATRA end-of-study OS", value = """
                    {"version":0,"endpoint":"OS","analysis":"end-of-study OS analysis","experimentalMedianMonths":57.1,
                     "controlMedianMonths":40.8,"hazardRatio":0.69,"ciLower":0.58,"ciUpper":0.82,"mcbsForm":"2a",
                     "mcbsGrade":"4","doi":"10.1016/S1470-2045(19)30863-0"}""")))
    public TrialView updateOutcome(@PathParam("trialId") String trialId, @PathParam("outcomeId") long outcomeId,
            OutcomeUpdate update) {
        return evidence.updateOutcome(trialId, outcomeId, update);
    }
}
