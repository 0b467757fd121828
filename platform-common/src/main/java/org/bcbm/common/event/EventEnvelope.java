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

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a EventEnvelope by field name, so fields of the same type cannot change places. */
    public static final class Builder {
        private UUID eventId;
        private String type;
        private String aggregateType;
        private String aggregateId;
        private long aggregateVersion;
        private Instant occurredAt;
        private JsonNode payload;

        public Builder eventId(UUID v) { eventId = v; return this; }
        public Builder type(String v) { type = v; return this; }
        public Builder aggregateType(String v) { aggregateType = v; return this; }
        public Builder aggregateId(String v) { aggregateId = v; return this; }
        public Builder aggregateVersion(long v) { aggregateVersion = v; return this; }
        public Builder occurredAt(Instant v) { occurredAt = v; return this; }
        public Builder payload(JsonNode v) { payload = v; return this; }

        public EventEnvelope build() {
            return new EventEnvelope(eventId, type, aggregateType, aggregateId, aggregateVersion, occurredAt,
                    payload);
        }
    }
}
