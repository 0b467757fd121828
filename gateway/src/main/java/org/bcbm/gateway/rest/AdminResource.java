package org.bcbm.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bcbm.common.contract.KnowledgeSummary;
import org.bcbm.common.outbox.Reconciliation;
import org.bcbm.gateway.RequiresRole;
import org.bcbm.gateway.Role;
import org.bcbm.gateway.client.AccessClient;
import org.bcbm.gateway.client.EvidenceClient;
import org.bcbm.gateway.client.RecommendationClient;
import org.bcbm.gateway.client.ServiceCredentials;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The services' admin endpoints for ops keys, so that ops never needs a credential of its own for the services:
 * the gateway calls them with its credential for the ops caller, as for any other call.
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RequiresRole(Role.OPS)
public class AdminResource {

    private final EvidenceClient evidence;
    private final AccessClient access;
    private final RecommendationClient recommendations;
    private final ServiceCredentials credentials;
    private final CurrentCaller current;

    public AdminResource(EvidenceClient evidence, AccessClient access, RecommendationClient recommendations,
            ServiceCredentials credentials, CurrentCaller current) {
        this.evidence = evidence;
        this.access = access;
        this.recommendations = recommendations;
        this.credentials = credentials;
        this.current = current;
    }

    @POST
    @Path("/evidence/reconcile")
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "ops")
    @Operation(operationId = "reconcileEvidence", summary = "evidence-service republishes every trial and treatment "
            + "that evidence.events lacks or holds at an older version; answers how many of each")
    public Reconciliation reconcileEvidence() {
        return evidence.reconcile();
    }

    @POST
    @Path("/access/reconcile")
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "ops")
    @Operation(operationId = "reconcileAccess", summary = "access-cost-service republishes every country, drug and "
            + "listing that access.events lacks or holds at an older version; answers how many of each")
    public Reconciliation reconcileAccess() {
        return access.reconcile();
    }

    @GET
    @Path("/knowledge")
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "ops")
    @Operation(operationId = "knowledgeOfARecommendationReplica", summary = "What one recommendation-service "
            + "replica's knowledge snapshot holds (readiness, counts, versions); with several replicas, the one the "
            + "Service picked")
    public KnowledgeSummary knowledge() {
        return recommendations.knowledge(credentials.authorization(current.caller()));
    }

    @POST
    @Path("/read-models/rebuild")
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "ops")
    @Operation(operationId = "rebuildKnowledgeOfARecommendationReplica", summary = "One recommendation-service "
            + "replica replays the topics into a snapshot built aside, merged in only when complete")
    @APIResponse(responseCode = "202", description = "the rebuild started; answers continue from the current snapshot")
    public Response rebuild() {
        recommendations.rebuild(credentials.authorization(current.caller()));
        return Response.accepted().build();
    }
}
