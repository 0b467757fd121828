package org.bcbm.recommendation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.bcbm.common.contract.KnowledgeSummary;
import org.bcbm.common.event.v1.ListingChanged.Entry;
import org.bcbm.common.security.Roles;
import org.bcbm.recommendation.service.KnowledgeSnapshot;
import org.bcbm.recommendation.service.KnowledgeState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations endpoints (not exposed by the gateway to partners). */
@Path("/api/v1/admin")
@Tag(name = "Operations")
@RolesAllowed(Roles.OPS)
public class AdminResource {

    private final KnowledgeState knowledge;

    public AdminResource(KnowledgeState knowledge) {
        this.knowledge = knowledge;
    }

    @GET
    @Path("/knowledge")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "knowledgeSummary", summary = "What this replica's knowledge snapshot holds")
    public KnowledgeSummary summary() {
        KnowledgeSnapshot s = knowledge.current();
        return KnowledgeSummary.builder().ready(knowledge.ready()).caughtUp(knowledge.caughtUp())
                .trials(s.trialCount()).countries(s.countryCount()).listings(s.listingCount())
                .evidenceVersion(s.evidenceVersion()).accessVersion(s.accessVersion()).build();
    }

    @GET
    @Path("/knowledge/countries/{code}/listings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "knowledgeListings",
            summary = "The listings of one country as this replica knows them (access-cost-service's facts, by INN)")
    public Map<String, Entry> listings(@PathParam("code") String code) {
        return knowledge.current().listingsIn(code.toUpperCase(Locale.ROOT));
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
