package org.bcbm.recommendation.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bcbm.common.event.ConsumerLag;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.common.event.KafkaClients;
import org.bcbm.common.telemetry.TraceContexts;
import org.bcbm.recommendation.config.KnowledgeConfig;
import org.bcbm.recommendation.service.KnowledgeState;
import org.bcbm.recommendation.service.SnapshotBuilder;
import org.bcbm.recommendation.service.SnapshotBuilder.UnreadableEventException;
import org.jboss.logging.Logger;

/**
 * Folds evidence.events and access.events into the in-memory knowledge snapshot on one thread of its own. Every
 * replica reads both topics from the beginning in a group of its own and commits nothing; it is caught up once its
 * positions reach the end offsets it found on assignment. A rebuild replays into a builder aside and merges it in
 * only when complete, so the service never holds less knowledge than before. Poison records go to the topic's DLQ.
 */
@ApplicationScoped
public class KnowledgeFeed {

    private static final Logger LOG = Logger.getLogger(KnowledgeFeed.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final KnowledgeConfig config;
    private final KnowledgeState state;
    private final ObjectMapper mapper;
    private final Map<String, Object> kafka;
    private final FeedMetrics metrics;
    private final ConsumerLag lag;
    private final Tracer tracer;
    private volatile boolean running;
    private Thread thread;
    private KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> deadLetters;

    // owned by the feed thread
    private SnapshotBuilder live = new SnapshotBuilder();
    private SnapshotBuilder aside;
    private final Map<TopicPartition, Long> catchUpTargets = new HashMap<>();
    private final Map<TopicPartition, Long> rebuildTargets = new HashMap<>();
    private boolean caughtUp;

    public KnowledgeFeed(KnowledgeConfig config, KnowledgeState state, ObjectMapper mapper,
            @Identifier("default-kafka-broker") Map<String, Object> kafka, FeedMetrics metrics, Tracer tracer) {
        this.config = config;
        this.state = state;
        this.mapper = mapper;
        this.kafka = kafka;
        this.metrics = metrics;
        this.lag = metrics.lagOf("knowledge-feed", config.evidenceTopic(), config.accessTopic());
        metrics.deadLettersOf(config.evidenceTopic());
        metrics.deadLettersOf(config.accessTopic());
        this.tracer = tracer;
    }

    void onStart(@Observes StartupEvent start) {
        running = true;
        thread = new Thread(this::run, "knowledge-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            thread.join(5000);
        }
    }

    private void run() {
        consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new StringDeserializer());
        deadLetters = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        try {
            consumer.subscribe(List.of(config.evidenceTopic(), config.accessTopic()), new OnAssignment());
            while (running) {
                try {
                    pollOnce();
                } catch (WakeupException e) {
                    break;
                } catch (RuntimeException e) {
                    // the feed never stops: a broker outage or a bug in one batch is logged and polled past
                    LOG.warnf("knowledge feed poll failed, retrying in %s: %s", config.failureBackoff(), e.toString());
                    sleep(config.failureBackoff());
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
            deadLetters.close(Duration.ofSeconds(2));
        }
    }

    private void pollOnce() {
        if (aside == null && state.takeRebuildRequest()) {
            startRebuild();
        }
        ConsumerRecords<String, String> records = consumer.poll(POLL);
        boolean changed = false;
        for (ConsumerRecord<String, String> r : records) {
            changed |= apply(r);
        }
        lag.record(consumer);
        if (aside != null && reached(rebuildTargets)) {
            live.mergeNewer(aside);
            aside = null;
            changed = true;
            state.rebuildCompleted();
            LOG.info("knowledge rebuilt from the beginning of the topics and merged in");
        }
        boolean nowCaughtUp = caughtUp || (!catchUpTargets.isEmpty() && reached(catchUpTargets));
        if (changed || nowCaughtUp != caughtUp) {
            caughtUp = nowCaughtUp;
            var snapshot = live.build();
            state.publish(snapshot, caughtUp);
            LOG.debugf("knowledge snapshot: %d trials, %d countries, %d listings (caught up: %s)", snapshot.trialCount(),
                    snapshot.countryCount(), snapshot.listingCount(), caughtUp);
        }
    }

    /**
     * One span per record, a child of the span that published it (the curator's change, through the outbox relay), so
     * a change's trace shows when each replica took it in; a no-op while tracing is off.
     */
    private boolean apply(ConsumerRecord<String, String> r) {
        Span span = tracer.spanBuilder(r.topic() + " process")
                .setParent(TraceContexts.fromHeaders(r.headers()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation", "process")
                .setAttribute("messaging.destination.name", r.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(r.partition()))
                .setAttribute("messaging.kafka.message.offset", r.offset())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return applyRecord(r);
        } finally {
            span.end();
        }
    }

    private boolean applyRecord(ConsumerRecord<String, String> r) {
        try {
            EventEnvelope envelope = parse(r.value());
            return (aside != null ? aside : live).apply(envelope, mapper) && aside == null;
        } catch (UnreadableEventException e) {
            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
            if (aside != null && r.offset() < rebuildTargets.getOrDefault(tp, 0L)) {
                return false; // dead-lettered when first read; a rebuild replays it, it does not send it twice
            }
            LOG.warnf("poison record %s-%d@%d to %s.dlq: %s", r.topic(), r.partition(), r.offset(), r.topic(),
                    e.getMessage());
            ProducerRecord<String, String> dead = new ProducerRecord<>(r.topic() + ".dlq", r.key(), r.value());
            dead.headers().add("dead-letter-reason", String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8));
            dead.headers().add("dead-letter-source", (r.topic() + "-" + r.partition() + "@" + r.offset())
                    .getBytes(StandardCharsets.UTF_8));
            deadLetters.send(dead);
            metrics.deadLettered(r.topic());
            return false;
        }
    }

    private EventEnvelope parse(String value) {
        EventEnvelope envelope;
        try {
            envelope = mapper.readValue(value, EventEnvelope.class);
        } catch (Exception e) {
            throw new UnreadableEventException("not an event envelope: " + e.getMessage(), e);
        }
        if (envelope == null || envelope.eventId() == null || envelope.aggregateType() == null
                || envelope.aggregateId() == null || envelope.occurredAt() == null || envelope.payload() == null) {
            throw new UnreadableEventException("event envelope lacks eventId, aggregateType, aggregateId, occurredAt "
                    + "or payload");
        }
        return envelope;
    }

    private void startRebuild() {
        Set<TopicPartition> assigned = consumer.assignment();
        rebuildTargets.clear();
        rebuildTargets.putAll(consumer.endOffsets(assigned));
        aside = new SnapshotBuilder();
        consumer.seekToBeginning(assigned);
        LOG.infof("rebuilding knowledge aside from the beginning of %s", assigned);
    }

    private boolean reached(Map<TopicPartition, Long> targets) {
        for (Map.Entry<TopicPartition, Long> t : targets.entrySet()) {
            if (consumer.assignment().contains(t.getKey()) && consumer.position(t.getKey()) < t.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Every replica in a group of its own, committing nothing: each one reads the topics from the beginning. */
    private Map<String, Object> consumerConfig() {
        return KafkaClients.consumer(kafka, config.groupPrefix() + "-" + UUID.randomUUID(),
                "recommendation-knowledge-feed", 2000);
    }

    private Map<String, Object> producerConfig() {
        return KafkaClients.durableProducer(kafka, "recommendation-knowledge-dlq");
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records, on each assignment, how far this replica must read before it may answer. */
    private final class OnAssignment implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (!caughtUp) {
                catchUpTargets.putAll(consumer.endOffsets(partitions));
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // nothing committed, nothing to hand over: this replica's group has no other member
        }
    }
}
