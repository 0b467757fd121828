package org.bcbm.evidence.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bcbm.common.outbox.Reconciliation;
import org.bcbm.common.security.Roles;
import org.bcbm.evidence.event.EvidenceTopicReconciliation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations endpoints (not exposed by the gateway to partners). */
@Path("/api/v1/admin")
@Tag(name = "Operations")
@RolesAllowed(Roles.OPS)
public class AdminResource {

    private final EvidenceTopicReconciliation reconciliation;

    public AdminResource(EvidenceTopicReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @POST
    @Path("/reconcile")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Republish every trial and treatment that evidence.events lacks or holds at an older "
            + "version; answers how many of each were republished")
    public Reconciliation reconcile() {
        return reconciliation.reconcile();
    }
}
