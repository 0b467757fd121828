package org.bcbm.recommendation.rest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.bcbm.recommendation.service.ReadModelRebuild;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations endpoints (not exposed by the gateway to partners). */
@Path("/api/v1/admin")
@Tag(name = "Operations")
public class AdminResource {

    private final ReadModelRebuild rebuild;

    public AdminResource(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Path("/read-models/rebuild")
    @Operation(summary = "Empty the read models and replay the evidence and access topics from the beginning")
    public Response rebuild() {
        rebuild.rebuild();
        return Response.accepted().build();
    }
}
