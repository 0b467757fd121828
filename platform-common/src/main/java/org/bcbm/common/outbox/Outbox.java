package org.bcbm.common.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Records a domain event in the caller's transaction; the relay publishes it later. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Must join the caller's transaction: an event without its change (or the reverse) is a lost update. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String aggregateType, String aggregateId, long aggregateVersion, String type, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId;
        event.aggregateVersion = aggregateVersion;
        event.type = type;
        event.occurredAt = Instant.now();
        event.payload = mapper.valueToTree(payload);
        event.persist();
        return event.id;
    }
}
