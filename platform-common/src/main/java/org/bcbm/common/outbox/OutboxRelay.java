package org.bcbm.common.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bcbm.common.telemetry.TraceContexts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in order and marks each sent only once the broker acknowledged it,
 * so a broker outage delays an update and never loses it.
 */
@ApplicationScoped
@IfBuildProperty(name = "bcbm.outbox.enabled", stringValue = "true")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager em;
    private final MutinyEmitter<String> emitter;
    private final ObjectMapper mapper;
    private final Duration ackTimeout;
    private final int batchSize;

    public OutboxRelay(EntityManager em, @Channel("outbox") MutinyEmitter<String> emitter, ObjectMapper mapper,
            @ConfigProperty(name = "bcbm.outbox.ack-timeout", defaultValue = "15s") Duration ackTimeout,
            @ConfigProperty(name = "bcbm.outbox.batch-size", defaultValue = "200") int batchSize) {
        this.em = em;
        this.emitter = emitter;
        this.mapper = mapper;
        this.ackTimeout = ackTimeout;
        this.batchSize = batchSize;
    }

    /**
     * Every pass runs on this one thread, so passes never overlap and one aggregate's events leave in order; a wake
     * while a pass runs queues exactly one more.
     */
    private final ExecutorService passes = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    /** A committed change is published at once, not at the next poll: a curator's change shows in milliseconds. */
    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Recorded recorded) {
        wake();
    }

    // the emitter's channel is wired while the application starts: poll only once it runs; the poll catches what a
    // wake could not send (a broker outage, a row written by a migration)
    @Scheduled(every = "${bcbm.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wake();
    }

    void onStop(@Observes ShutdownEvent stop) {
        passes.shutdownNow();
    }

    private void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                passes.execute(() -> {
                    queued.set(false);
                    tick();
                });
            } catch (RejectedExecutionException e) {
                queued.set(false); // shutting down
            }
        }
    }

    void tick() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay pass failed, will retry: %s", e.getMessage());
        }
    }

    /**
     * One pass over the unsent rows, oldest first. SKIP LOCKED lets several replicas share the work without
     * publishing a row twice; the first failure ends the pass so later events of the same aggregate never
     * overtake an earlier one.
     */
    @Transactional
    public int publishPending() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = em.createNativeQuery(
                "SELECT * FROM outbox_event WHERE sent_at IS NULL ORDER BY occurred_at, aggregate_version "
                        + "LIMIT :limit FOR UPDATE SKIP LOCKED", OutboxEvent.class)
                .setParameter("limit", batchSize)
                .getResultList();
        int sent = 0;
        for (OutboxEvent event : pending) {
            try {
                emitter.sendMessage(Message.of(envelope(event))
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.aggregateId).build())
                        .addMetadata(trace(event)))
                        .await().atMost(ackTimeout);
                event.sentAt = Instant.now();
                sent++;
            } catch (RuntimeException e) {
                event.attempts++;
                event.lastError = String.valueOf(e.getMessage());
                LOG.warnf("broker did not acknowledge event %s (%s %s v%d), attempt %d: %s", event.id,
                        event.aggregateType, event.aggregateId, event.aggregateVersion, event.attempts, e.getMessage());
                break;
            }
        }
        return sent;
    }

    /**
     * The connector's publish span becomes a child of the change's request (not of this relay thread, which has no
     * trace) and its traceparent header carries that on to every consumer; a row written outside any request
     * (reference data published at start-up) starts a trace of its own.
     */
    private static TracingMetadata trace(OutboxEvent event) {
        return TracingMetadata.withCurrent(TraceContexts.restore(event.traceParent, event.traceState));
    }

    private String envelope(OutboxEvent event) {
        try {
            ObjectNode node = mapper.createObjectNode();
            node.put("eventId", event.id.toString());
            node.put("type", event.type);
            node.put("aggregateType", event.aggregateType);
            node.put("aggregateId", event.aggregateId);
            node.put("aggregateVersion", event.aggregateVersion);
            node.put("occurredAt", event.occurredAt.toString());
            node.set("payload", event.payload);
            return mapper.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException("outbox row " + event.id + " holds a payload that is not JSON", e);
        }
    }
}
