package org.bcbm.recommendation.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.common.event.KafkaClients;
import org.bcbm.common.event.v1.RecommendationIssued;
import org.bcbm.common.outbox.Outbox;
import org.bcbm.recommendation.config.AuditConfig;
import org.jboss.logging.Logger;

/**
 * The audit of each answer, durable without a database write on the request path: a RecommendationIssued record
 * keyed by request id, sent with acks=all by an idempotent producer, and acknowledged before the answer leaves.
 * When the broker does not acknowledge in time the record goes to the outbox instead, which the relay publishes
 * later, so an outage delays an audit and never loses it.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final Duration ackTimeout;
    private final ObjectMapper mapper;
    private final Outbox outbox;

    public AuditTrail(@Identifier("default-kafka-broker") Map<String, Object> kafka, AuditConfig config,
            ObjectMapper mapper, Outbox outbox) {
        Map<String, Object> c = KafkaClients.durableProducer(kafka, "recommendation-audit");
        // a few milliseconds of batching turn thousands of answers a second into a few requests to the broker
        c.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.ackTimeout().toMillis() + 1000);
        c.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.ackTimeout().toMillis());
        c.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 500);
        this.producer = new KafkaProducer<>(c, new StringSerializer(), new StringSerializer());
        this.topic = config.topic();
        this.ackTimeout = config.ackTimeout();
        this.mapper = mapper;
        this.outbox = outbox;
    }

    void onStop(@Observes ShutdownEvent stop) {
        producer.close(Duration.ofSeconds(5));
    }

    /** Completes once the audit is durable: acknowledged by the broker, or written to the outbox. */
    public Uni<Void> issued(Recommendation r, String patientHash) {
        RecommendationIssued event = event(r, patientHash);
        String envelope = envelope(event, r.generatedAt());
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, r.requestId(), envelope), (meta, error) -> {
                if (error == null) {
                    acked.complete(null);
                } else {
                    acked.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return Uni.createFrom().completionStage(acked)
                .ifNoItem().after(ackTimeout).fail()
                .onFailure().recoverWithUni(error -> toOutbox(event, error));
    }

    private Uni<Void> toOutbox(RecommendationIssued event, Throwable error) {
        LOG.warnf("audit %s not acknowledged by the broker (%s): writing it to the outbox", event.requestId(),
                error.toString());
        return Uni.createFrom().<Void>item(() -> {
            QuarkusTransaction.requiringNew().run(() -> outbox.record(RecommendationIssued.AGGREGATE,
                    event.requestId(), 0, RecommendationIssued.TYPE, event));
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    static RecommendationIssued event(Recommendation r, String patientHash) {
        return RecommendationIssued.builder().requestId(r.requestId()).patientHash(patientHash)
                .rulesVersion(r.knowledgeVersion().rules()).evidenceVersion(r.knowledgeVersion().evidence())
                .accessVersion(r.knowledgeVersion().access()).subtype(r.subtype())
                .optionIds(r.options().stream().map(Recommendation.Option::id).toList())
                .contraindicated(r.contraindicated().stream().map(Recommendation.Contraindication::inn).toList())
                .generatedAt(r.generatedAt().toString()).build();
    }

    /**
     * The same for every send of one request's audit (broker, then outbox), as the request id is its idempotency key;
     * and no SecureRandom draw on the request path, which every event loop would queue for.
     */
    static UUID eventId(String requestId) {
        return UUID.nameUUIDFromBytes((RecommendationIssued.TYPE + "/" + requestId).getBytes(StandardCharsets.UTF_8));
    }

    private String envelope(RecommendationIssued event, Instant at) {
        try {
            return mapper.writeValueAsString(EventEnvelope.builder().eventId(eventId(event.requestId()))
                    .type(RecommendationIssued.TYPE).aggregateType(RecommendationIssued.AGGREGATE)
                    .aggregateId(event.requestId()).occurredAt(at).payload(mapper.valueToTree(event)).build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("RecommendationIssued is not serialisable", e);
        }
    }
}
