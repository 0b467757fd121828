package org.bcbm.recommendation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bcbm.common.contract.CohortAnswer;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.RequestIds;
import org.bcbm.common.security.Roles;
import org.bcbm.recommendation.service.BatchRecommendations;
import org.bcbm.recommendation.service.RecommendationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ranked options for one patient, decided from this service's in-memory knowledge snapshot. */
@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
@RolesAllowed(Roles.PARTNER)
public class RecommendationResource {

    private final RecommendationService recommendations;
    private final BatchRecommendations batch;

    public RecommendationResource(RecommendationService recommendations, BatchRecommendations batch) {
        this.recommendations = recommendations;
        this.batch = batch;
    }

    @POST
    @Path("/batch")
    @Operation(summary = "A cohort of up to 10,000 profiles, answered in order, each with its own errors")
    @APIResponse(responseCode = "200", description = "the cohort's answer, streamed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortAnswer.class)))
    @Blocking
    public Response batch(@NotNull JsonNode body) {
        return Response.ok(batch.recommend(body), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Operation(summary = "Ranked, evidence-cited options for one patient profile")
    public Uni<Recommendation> recommend(@HeaderParam(RequestIds.HEADER) String requestId,
            @Valid @NotNull PatientProfile profile) {
        return recommendations.recommend(profile, requestId);
    }
}
