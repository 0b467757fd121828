package org.bcbm.common.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;

/** The highest aggregate version a topic holds for each aggregate, built from its event envelopes. */
public final class TopicSnapshot {

    private final ObjectMapper mapper;
    private final Map<String, Map<String, Long>> versions = new HashMap<>();
    private int skipped;

    public TopicSnapshot(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Takes one record's value into account.
     *
     * @return false when the value is not an envelope with aggregateType, aggregateId and a numeric
     *         aggregateVersion (the caller logs it); a tombstone (null) is not an aggregate state and is ignored
     */
    public boolean add(String value) {
        if (value == null) {
            return true;
        }
        JsonNode envelope;
        try {
            envelope = mapper.readTree(value);
        } catch (Exception e) {
            skipped++;
            return false;
        }
        JsonNode type = envelope == null ? null : envelope.get("aggregateType");
        JsonNode id = envelope == null ? null : envelope.get("aggregateId");
        JsonNode version = envelope == null ? null : envelope.get("aggregateVersion");
        if (type == null || !type.isTextual() || id == null || !id.isTextual() || version == null
                || !version.canConvertToLong()) {
            skipped++;
            return false;
        }
        versions.computeIfAbsent(type.asText(), t -> new HashMap<>())
                .merge(id.asText(), version.asLong(), Math::max);
        return true;
    }

    /** Aggregate id -> highest version seen, for one aggregate type (empty when the topic holds none). */
    public Map<String, Long> versions(String aggregateType) {
        return versions.getOrDefault(aggregateType, Map.of());
    }

    public int skipped() {
        return skipped;
    }
}
