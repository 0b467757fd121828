package org.bcbm.gateway.rest;

import java.time.OffsetDateTime;
import org.bcbm.gateway.PartnerKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner key as ops sees it: never the key itself, only its fingerprint (the first 12 hex digits of its hash). */
@Schema(name = "PartnerKey")
public record PartnerKeyView(
        @Schema(description = "First 12 hex digits of the key's SHA-256 hash: the key's handle in these endpoints",
                examples = "3f9a0c2b71de") String fingerprint,
        @Schema(examples = "St Elsewhere EHR") String name,
        @Schema(enumeration = {"partner", "curator", "ops"}) String role,
        @Schema(description = "The key's quota, shared by every gateway replica", examples = "600") int requestsPerMinute,
        @Schema(description = "secret: from the bcbm-partner-keys Secret (change it there); admin: issued through "
                + "this API; local: the well-known keys of a local run", enumeration = {"secret", "admin", "local"})
        String source,
        OffsetDateTime createdAt,
        @Schema(description = "When the key stopped working; null while it works") OffsetDateTime revokedAt) {

    static PartnerKeyView of(PartnerKey key) {
        String fingerprint = key.fingerprint;
        String name = key.name;
        String role = key.role;
        int requestsPerMinute = key.requestsPerMinute;
        String source = key.source;
        OffsetDateTime createdAt = key.createdAt;
        OffsetDateTime revokedAt = key.active ? null : key.revokedAt;
        return new PartnerKeyView(fingerprint, name, role, requestsPerMinute, source, createdAt, revokedAt);
    }
}
