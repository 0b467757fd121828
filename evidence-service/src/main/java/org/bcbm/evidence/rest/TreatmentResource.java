package org.bcbm.evidence.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.bcbm.evidence.rest.Views.Page;
import org.bcbm.evidence.rest.Views.TreatmentDetail;
import org.bcbm.evidence.rest.Views.TreatmentView;
import org.bcbm.evidence.service.EvidenceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Treatments (agents and modalities) and the trials behind each. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treatments")
public class TreatmentResource {

    private final EvidenceService evidence;

    public TreatmentResource(EvidenceService evidence) {
        this.evidence = evidence;
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

    @GET
    @Path("/knowledge-version")
    @Operation(summary = "The evidence knowledge version, bumped by every curated change")
    public Map<String, Long> knowledgeVersion() {
        return Map.of("evidence", evidence.knowledgeVersion());
    }
}
