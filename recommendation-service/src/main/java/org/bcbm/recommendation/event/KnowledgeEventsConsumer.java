package org.bcbm.recommendation.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.bcbm.common.event.EventEnvelope;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes evidence.events and access.events into the read models. A record that cannot be parsed is poison and
 * goes to the topic's dead-letter topic; a database failure is retried until it succeeds, so no update is skipped
 * and one aggregate's events stay in order.
 */
@ApplicationScoped
public class KnowledgeEventsConsumer {

    private static final Logger LOG = Logger.getLogger(KnowledgeEventsConsumer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final ObjectMapper mapper;
    private final ReadModelUpdater updater;

    public KnowledgeEventsConsumer(ObjectMapper mapper, ReadModelUpdater updater) {
        this.mapper = mapper;
        this.updater = updater;
    }

    @Incoming("evidence-in")
    @Blocking
    public void onEvidence(String record) throws InterruptedException {
        applyUntilDone("evidence.events", record);
    }

    @Incoming("access-in")
    @Blocking
    public void onAccess(String record) throws InterruptedException {
        applyUntilDone("access.events", record);
    }

    void applyUntilDone(String topic, String record) throws InterruptedException {
        EventEnvelope envelope = parse(record);
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            try {
                updater.apply(topic, envelope);
                return;
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.warnf("could not apply %s %s (%s), retrying in %s: %s", envelope.type(), envelope.aggregateId(),
                        envelope.eventId(), backoff, e.getMessage());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    EventEnvelope parse(String record) {
        EventEnvelope envelope;
        try {
            envelope = mapper.readValue(record, EventEnvelope.class);
        } catch (Exception e) {
            throw new PoisonEventException("not an event envelope: " + e.getMessage(), e);
        }
        if (envelope == null || envelope.eventId() == null || envelope.aggregateType() == null
                || envelope.aggregateId() == null || envelope.occurredAt() == null || envelope.payload() == null) {
            throw new PoisonEventException("event envelope lacks eventId, aggregateType, aggregateId, occurredAt or payload");
        }
        return envelope;
    }
}
