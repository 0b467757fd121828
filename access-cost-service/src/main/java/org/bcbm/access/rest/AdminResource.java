package org.bcbm.access.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bcbm.access.event.AccessTopicReconciliation;
import org.bcbm.common.outbox.Reconciliation;
import org.bcbm.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations endpoints (not exposed by the gateway to partners). */
@Path("/api/v1/admin")
@Tag(name = "Operations")
@RolesAllowed(Roles.OPS)
public class AdminResource {

    private final AccessTopicReconciliation reconciliation;

    public AdminResource(AccessTopicReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @POST
    @Path("/reconcile")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Republish every country, drug and listing that access.events lacks or holds at an older "
            + "version; answers how many of each were republished")
    public Reconciliation reconcile() {
        return reconciliation.reconcile();
    }
}
