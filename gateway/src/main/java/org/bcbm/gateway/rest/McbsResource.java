package org.bcbm.gateway.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bcbm.common.contract.evidence.EvidenceViews.GradeRequest;
import org.bcbm.common.contract.evidence.EvidenceViews.McbsGrade;
import org.bcbm.gateway.client.EvidenceClient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** POST /api/v1/mcbs/grade: ESMO-MCBS v1.1 grading, answered by evidence-service. */
@Path("/api/v1/mcbs/grade")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clinical benefit")
public class McbsResource {

    private final EvidenceClient evidence;

    public McbsResource(EvidenceClient evidence) {
        this.evidence = evidence;
    }

    @POST
    @Operation(operationId = "gradeMcbs", summary = "Grade one trial result on ESMO-MCBS v1.1 (non-curative; form 2a OS primary, 2b PFS primary)",
            description = "Medians in months; experimentalMedianMonths null when not reached (the gain is then "
                    + "estimated from the hazard ratio). pValue is optional (a number or the reported text, e.g. "
                    + "\"<0.001\"). ESMO-MCBS grades only statistically significant results: p >= 0.05, or without a "
                    + "p value a 95 % CI reaching 1, is a 400 naming pValue or ciUpper with the reason, never a grade. "
                    + "HR >= 1, a CI that does not hold the HR or a missing control median is a 400 naming the field.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "CLEOPATRA overall survival", value = """
                    {"form":"2a","controlMedianMonths":40.8,"experimentalMedianMonths":57.1,"hazardRatio":0.69,
                     "ciLower":0.58,"ciUpper":0.82,"qualityOfLifeImproved":false,"toxicityReduced":false,
                     "toxicityIncreased":false,"overallSurvivalBenefit":null}""")))
    public McbsGrade grade(@NotNull GradeRequest request) {
        return evidence.grade(request);
    }
}
