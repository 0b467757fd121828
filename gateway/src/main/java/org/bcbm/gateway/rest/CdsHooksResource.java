package org.bcbm.gateway.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.gateway.CdsHooks;
import org.bcbm.gateway.config.CdsConfig;
import org.bcbm.gateway.service.CdsFeedbackService;
import org.bcbm.gateway.service.CdsHooksService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HL7 CDS Hooks 2.0.1 for EHRs: discovery, the two services and their feedback, each behind the client's JWT. */
@Path("/cds-services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "CDS Hooks")
@SecurityRequirement(name = GatewayApi.CDS_JWT)
public class CdsHooksResource {

    private static final Set<String> SERVICES = Set.of(CdsHooks.SERVICE_ID, CdsHooksService.ORDER_SAFETY_ID);

    private final CdsHooksService hooks;
    private final CdsFeedbackService feedback;
    private final CdsCaller caller;
    private final CdsConfig config;

    public CdsHooksResource(CdsHooksService hooks, CdsFeedbackService feedback, CdsCaller caller, CdsConfig config) {
        this.hooks = hooks;
        this.feedback = feedback;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Operation(operationId = "cdsDiscovery", summary = "CDS Hooks discovery: the services, their hooks and prefetch templates")
    @APIResponse(responseCode = "200", description = "the services", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CdsHooks.Discovery.class)))
    public CdsHooks.Discovery discovery() {
        return hooks.discovery();
    }

    @POST
    @Path("/{id}")
    @Operation(operationId = "cdsCall", summary = "A CDS Hooks call (patient-view: bcbm-treatment-options; order-select: "
            + "bcbm-order-safety): cards for the leading options, safety and missing data",
            description = "Prefetch keys are those of discovery. A key sent as null means the record has no such data "
                    + "(named on the info card); a key not sent is read from fhirServer with fhirAuthorization, and "
                    + "without them the answer is 412, as the specification requires.")
    @APIResponse(responseCode = "200", description = "the cards", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CdsHooks.Response.class)))
    public CdsHooks.Response call(@Parameter(description = "the service id, as discovery lists it") @PathParam("id") String id,
            CdsHooks.Request request, @Context UriInfo uri) {
        return hooks.call(known(id), caller.verified(), request, baseUrl(uri));
    }

    @POST
    @Path("/{id}/feedback")
    @Operation(operationId = "cdsFeedback", summary = "CDS Hooks feedback: which cards the clinician accepted or overrode, and why")
    @APIResponse(responseCode = "200", description = "recorded")
    public Response feedback(@Parameter(description = "the service id, as discovery lists it") @PathParam("id") String id,
            CdsHooks.FeedbackRequest request) {
        known(id);
        feedback.record(caller.verified().issuer(), request);
        return Response.ok().build();
    }

    private static String known(String id) {
        if (!SERVICES.contains(id)) {
            throw ProblemException.notFound("CDS service", id);
        }
        return id;
    }

    private String baseUrl(UriInfo uri) {
        return config.publicBaseUrl().map(u -> u.replaceAll("/+$", ""))
                .orElseGet(() -> uri.getBaseUri().toString().replaceAll("/+$", ""));
    }
}
