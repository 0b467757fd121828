package org.bcbm.common.outbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
        AggregateOf envelope;
        try {
            envelope = mapper.readValue(value, AggregateOf.class);
        } catch (Exception e) {
            skipped++;
            return false;
        }
        if (envelope == null || envelope.aggregateType() == null || envelope.aggregateId() == null
                || envelope.aggregateVersion() == null) {
            skipped++;
            return false;
        }
        versions.computeIfAbsent(envelope.aggregateType(), t -> new HashMap<>())
                .merge(envelope.aggregateId(), envelope.aggregateVersion(), Math::max);
        return true;
    }

    /** Aggregate id -> highest version seen, for one aggregate type (empty when the topic holds none). */
    public Map<String, Long> versions(String aggregateType) {
        return versions.getOrDefault(aggregateType, Map.of());
    }

    public int skipped() {
        return skipped;
    }

    /** The members of an EventEnvelope that name its aggregate; the payload is skipped unread. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AggregateOf(String aggregateType, String aggregateId, Long aggregateVersion) {
    }
}
