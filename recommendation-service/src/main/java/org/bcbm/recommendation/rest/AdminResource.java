package org.bcbm.recommendation.rest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.bcbm.recommendation.service.KnowledgeState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations endpoints (not exposed by the gateway to partners). */
@Path("/api/v1/admin")
@Tag(name = "Operations")
public class AdminResource {

    private final KnowledgeState knowledge;

    public AdminResource(KnowledgeState knowledge) {
        this.knowledge = knowledge;
    }

    @POST
    @Path("/read-models/rebuild")
    @Operation(operationId = "rebuildKnowledge", summary = "Replay the evidence and access topics from the beginning "
            + "into a snapshot built aside, merged in only when complete (never less knowledge than before)")
    @APIResponse(responseCode = "202", description = "the rebuild started; answers continue from the current snapshot")
    public Response rebuild() {
        knowledge.requestRebuild();
        return Response.accepted().build();
    }
}
