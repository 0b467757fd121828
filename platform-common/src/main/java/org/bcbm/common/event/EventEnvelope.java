package org.bcbm.common.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** The envelope every domain event travels in (architecture doc, "The update path"). */
public record EventEnvelope(
        UUID eventId,
        String type,
        String aggregateType,
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        JsonNode payload) {
}
