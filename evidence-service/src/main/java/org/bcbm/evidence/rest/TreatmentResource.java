package org.bcbm.evidence.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bcbm.common.contract.Page;
import org.bcbm.common.contract.evidence.EvidenceViews.ProfileView;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentDetail;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentView;
import org.bcbm.common.contract.evidence.TreatmentUpdate;
import org.bcbm.common.security.Roles;
import org.bcbm.evidence.service.CurationService;
import org.bcbm.evidence.service.EvidenceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Treatments (agents and modalities) and the trials behind each. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treatments")
@RolesAllowed(Roles.PARTNER)
public class TreatmentResource {

    private final EvidenceService evidence;
    private final CurationService curation;

    public TreatmentResource(EvidenceService evidence, CurationService curation) {
        this.evidence = evidence;
        this.curation = curation;
    }

    @GET
    @Path("/treatments")
    @Operation(summary = "Treatments, filterable by modality and text")
    public Page<TreatmentView> list(@QueryParam("modality") String modality, @QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(500) int size) {
        return evidence.treatments(modality, text, page, size);
    }

    @GET
    @Path("/treatments/{inn}")
    @Operation(summary = "One treatment with the trials that tested it")
    public TreatmentDetail get(@PathParam("inn") String inn) {
        return evidence.treatment(inn);
    }

    @PUT
    @RolesAllowed(Roles.CURATOR)
    @Path("/treatments/{inn}")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Curator: create a treatment, or change it (body carries the version read; stale: 409)")
    public TreatmentView putTreatment(@PathParam("inn") String inn,
            @jakarta.validation.Valid @jakarta.validation.constraints.NotNull TreatmentUpdate update) {
        return curation.putTreatment(inn, update);
    }

    @GET
    @Path("/treatments/{inn}/forest-plot.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "Forest plot of every hazard ratio from the trials of a treatment (open it in a browser)")
    public String forestPlot(@PathParam("inn") String inn) {
        return evidence.forestPlotForTreatment(inn);
    }

    @GET
    @Path("/forest-plot.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "Forest plot of a set of trials (trials=A,B) or of a modality (modality=targeted), optionally one endpoint")
    public String forestPlotOf(@QueryParam("trials") String trials, @QueryParam("modality") String modality,
            @QueryParam("endpoint") String endpoint) {
        List<String> ids = trials == null ? List.of()
                : Arrays.stream(trials.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return evidence.forestPlot(ids, modality, endpoint);
    }

    @GET
    @Path("/comparative-profiles")
    @Operation(summary = "The review's Table 1: each modality across survival, SREs, QoL, side effects, cost, access")
    public List<ProfileView> profiles(@QueryParam("modality") String modality) {
        return evidence.profiles(modality);
    }

    @GET
    @Path("/comparative-profiles/{profileId}")
    @Operation(summary = "One modality's comparative profile")
    public ProfileView profile(@PathParam("profileId") String profileId) {
        return evidence.profile(profileId);
    }

    @GET
    @Path("/knowledge-version")
    @Operation(summary = "The evidence knowledge version, bumped by every curated change")
    public Map<String, Long> knowledgeVersion() {
        return Map.of("evidence", evidence.knowledgeVersion());
    }
}
