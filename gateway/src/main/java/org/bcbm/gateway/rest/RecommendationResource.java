package org.bcbm.gateway.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.gateway.service.RecommendationMerge;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** POST /api/v1/recommendations: validate, ask recommendation-service, merge evidence and access. */
@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class RecommendationResource {

    static final String EXAMPLE = """
            {"patientRef":"partner-opaque-id-123","age":58,"sex":"female","menopausalStatus":"postmenopausal",
             "tumour":{"er":"positive","pr":"positive","her2":"negative","somaticAlterations":[],"germlineBrca":"none"},
             "metastases":{"sites":["bone","liver"],"visceralCrisis":false,
               "bone":{"lesionCount":3,"painful":true,"spinalCordCompression":false,"impendingFracture":false,
                       "pathologicalFracture":false,"hypercalcaemia":false}},
             "priorTherapies":[],
             "clinical":{"ecog":1,"creatinineClearanceMlMin":75,"correctedCalciumMmolL":2.35,"dentalStatus":"healthy"},
             "resourceSetting":{"country":"GB"}}""";

    private final RecommendationMerge merge;
    private final org.bcbm.gateway.client.RecommendationClient recommendations;

    public RecommendationResource(RecommendationMerge merge, org.bcbm.gateway.client.RecommendationClient recommendations) {
        this.merge = merge;
        this.recommendations = recommendations;
    }

    @POST
    @jakarta.ws.rs.Path("/batch")
    @Operation(summary = "A cohort of up to 10,000 profiles (national programmes, registries), answered in order",
            description = "Body: {\"profiles\": [ ... ]}. Each item carries its index and either its recommendation or "
                    + "a problem naming the invalid fields (profiles[i].field); one bad profile never fails the others. "
                    + "Answers come from the recommendation source's read models (availability and headline evidence "
                    + "included); per-item cost merges are not made for cohorts.")
    public com.fasterxml.jackson.databind.JsonNode batch(@NotNull com.fasterxml.jackson.databind.JsonNode body) {
        return recommendations.batch(body);
    }

    @POST
    @Operation(summary = "Ranked, evidence-cited options for one patient, with cost and availability in their country",
            description = "Only sex, tumour.er, tumour.her2 and metastases.sites are required. When evidence or "
                    + "access does not answer in time the reply is partial (named in degraded); when the "
                    + "recommendation source cannot answer it is a 503 with Retry-After.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "HR+/HER2- first line, painful bone metastases", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "the options, ranked within each category")
    @APIResponse(responseCode = "400", description = "a problem naming each invalid field")
    @APIResponse(responseCode = "503", description = "recommendation-service unavailable; retry after Retry-After seconds")
    public Recommendation recommend(@Valid @NotNull PatientProfile profile) {
        return merge.recommend(profile);
    }
}
