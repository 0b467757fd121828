package org.bcbm.common.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.bcbm.common.contract.RandomIds;
import org.bcbm.common.telemetry.TraceContexts;

/** Records a domain event in the caller's transaction; the relay publishes it later. */
@ApplicationScoped
public class Outbox {

    /** Fired for each recorded event; the relay publishes as soon as the transaction commits. */
    public record Recorded(String aggregateType, String aggregateId) {
    }

    private final ObjectMapper mapper;
    private final Event<Recorded> recorded;

    public Outbox(ObjectMapper mapper, Event<Recorded> recorded) {
        this.mapper = mapper;
        this.recorded = recorded;
    }

    /** Must join the caller's transaction: an event without its change (or the reverse) is a lost update. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String aggregateType, String aggregateId, long aggregateVersion, String type, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = RandomIds.uuid();
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId;
        event.aggregateVersion = aggregateVersion;
        event.type = type;
        event.occurredAt = Instant.now();
        event.payload = mapper.valueToTree(payload);
        TraceContexts.Stored trace = TraceContexts.current();
        if (trace != null) {
            event.traceParent = trace.traceParent();
            event.traceState = trace.traceState();
        }
        event.persist();
        recorded.fire(new Recorded(aggregateType, aggregateId));
        return event.id;
    }
}
