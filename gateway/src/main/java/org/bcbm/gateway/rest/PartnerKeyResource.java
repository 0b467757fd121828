package org.bcbm.gateway.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.bcbm.gateway.RequiresRole;
import org.bcbm.gateway.Role;
import org.bcbm.gateway.service.PartnerKeyAdmin;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Partner keys managed by ops at run time, beside those the Secret lists. A change takes effect on the replica that
 * made it at once and on every other within the key cache's expiry (30 seconds by default).
 */
@Path(PartnerKeyResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RequiresRole(Role.OPS)
public class PartnerKeyResource {

    static final String PATH = "/api/v1/admin/partner-keys";
    private static final String ROLES = "partner|curator|ops";
    private static final String ROLES_MESSAGE = "must be one of [partner, curator, ops]";
    private static final String FINGERPRINT = "[0-9a-f]{12}";
    private static final String FINGERPRINT_MESSAGE = "must be the 12 lower-case hex digits the key list shows";

    /** What ops asks for when issuing a key. */
    public record NewPartnerKey(
            @NotBlank @Size(max = 100) @Schema(examples = "St Elsewhere EHR") String name,
            @NotNull @Pattern(regexp = ROLES, message = ROLES_MESSAGE)
            @Schema(enumeration = {"partner", "curator", "ops"}) String role,
            @Min(1) @Max(100_000_000) @Schema(description = "Requests per minute across all replicas; 600 when absent",
                    examples = "600") Integer requestsPerMinute) {
    }

    /** A change of role or quota; an absent field keeps its value. */
    public record PartnerKeyChange(
            @Pattern(regexp = ROLES, message = ROLES_MESSAGE) @Schema(enumeration = {"partner", "curator", "ops"})
            String role,
            @Min(1) @Max(100_000_000) Integer requestsPerMinute) {
    }

    /** The key, shown this once (only its hash is kept), and what it stands for. */
    public record IssuedPartnerKey(
            @Schema(description = "The API key to hand to the partner: it is never shown again") String key,
            PartnerKeyView partnerKey) {
    }

    private final PartnerKeyAdmin admin;

    public PartnerKeyResource(PartnerKeyAdmin admin) {
        this.admin = admin;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "ops")
    @Operation(operationId = "issuePartnerKey", summary = "Issue a partner key; the answer is the only place the key "
            + "itself is ever shown")
    @APIResponse(responseCode = "201", description = "the key and its record; Location names the record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedPartnerKey.class)))
    @APIResponse(responseCode = "409", description = "an active key already has that name")
    public Response issue(@Valid @NotNull NewPartnerKey request) {
        PartnerKeyAdmin.Issued issued = admin.issue(request.name().trim(), Role.of(request.role()),
                request.requestsPerMinute());
        PartnerKeyView view = PartnerKeyView.of(issued.key());
        return Response.created(URI.create(PATH + "/" + view.fingerprint()))
                .entity(new IssuedPartnerKey(issued.clear(), view)).build();
    }

    @GET
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "ops")
    @Operation(operationId = "listPartnerKeys", summary = "Every partner key, working or revoked, oldest first: "
            + "fingerprint, name, role, quota, source, dates; never the key")
    public List<PartnerKeyView> list() {
        return admin.list().stream().map(PartnerKeyView::of).toList();
    }

    @GET
    @Path("/{fingerprint}")
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "ops")
    @Operation(operationId = "getPartnerKey", summary = "One partner key by fingerprint")
    public PartnerKeyView get(@PathParam("fingerprint") @Pattern(regexp = FINGERPRINT, message = FINGERPRINT_MESSAGE)
            String fingerprint) {
        return PartnerKeyView.of(admin.find(fingerprint));
    }

    @PATCH
    @Path("/{fingerprint}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "ops")
    @Operation(operationId = "updatePartnerKey", summary = "Change a key's role or quota (keys issued here or local "
            + "ones; a key from the Secret is changed in the Secret)")
    @APIResponse(responseCode = "200", description = "the key's record as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerKeyView.class)))
    @APIResponse(responseCode = "409", description = "the key comes from the Secret, or is revoked")
    public PartnerKeyView update(@PathParam("fingerprint") @Pattern(regexp = FINGERPRINT,
            message = FINGERPRINT_MESSAGE) String fingerprint, @Valid @NotNull PartnerKeyChange change) {
        return PartnerKeyView.of(admin.update(fingerprint, change.role() == null ? null : Role.of(change.role()),
                change.requestsPerMinute()));
    }

    @DELETE
    @Path("/{fingerprint}")
    @SecurityRequirement(name = GatewayApi.API_KEY, scopes = "ops")
    @Operation(operationId = "revokePartnerKey", summary = "Revoke a key, whatever its source; it stays revoked even "
            + "while the Secret still lists it")
    @APIResponse(responseCode = "204", description = "revoked (or already was)")
    public void revoke(@PathParam("fingerprint") @Pattern(regexp = FINGERPRINT, message = FINGERPRINT_MESSAGE)
            String fingerprint) {
        admin.revoke(fingerprint);
    }
}
