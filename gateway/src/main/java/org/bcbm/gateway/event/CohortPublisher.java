package org.bcbm.gateway.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bcbm.common.contract.RandomIds;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.common.event.KafkaClients;
import org.bcbm.common.event.v1.CohortProfileRequested;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.gateway.config.CohortConfig;
import org.bcbm.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Puts a cohort's profiles on cohort.requests, one record each, keyed {@code jobId:index} so one job spreads over
 * every partition; acks=all and idempotent, and an upload is accepted only once each of its records is acknowledged.
 */
@ApplicationScoped
public class CohortPublisher {

    private static final Logger LOG = Logger.getLogger(CohortPublisher.class);

    private final KafkaProducer<String, String> producer;
    private final CohortConfig config;
    private final ObjectMapper mapper;
    private final int retryAfterSeconds;

    public CohortPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafka, CohortConfig config,
            GatewayConfig gateway, ObjectMapper mapper) {
        Map<String, Object> c = KafkaClients.durableProducer(kafka, "gateway-cohort-requests");
        // an upload of 100,000 profiles goes out in large batches rather than one request per profile
        c.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        c.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        // lz4, not gzip: a cohort's profiles are repetitive JSON that lz4 still shrinks several-fold at a fraction of
        // gzip's CPU, paid again by the broker (which checks every batch) and by each reader
        c.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.ackTimeout().toMillis());
        c.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        this.producer = new KafkaProducer<>(c, new StringSerializer(), new StringSerializer());
        this.config = config;
        this.mapper = mapper;
        this.retryAfterSeconds = gateway.retryAfterSeconds();
    }

    void onStop(@Observes ShutdownEvent stop) {
        producer.close(Duration.ofSeconds(5));
    }

    /** A new upload: send its profiles, then {@link Upload#awaitAcknowledged()}. */
    public Upload upload(UUID jobId) {
        return new Upload(jobId.toString());
    }

    /** A record no one can read, kept aside on {@code <topic>.dlq} rather than blocking the topic. */
    public void deadLetter(String topic, String key, String value) {
        producer.send(new ProducerRecord<>(topic + ".dlq", key, value));
    }

    /** One cohort's records in flight; the first failure stops the upload. */
    public final class Upload {

        private final String jobId;
        private final AtomicReference<Exception> failure = new AtomicReference<>();

        private Upload(String jobId) {
            this.jobId = jobId;
        }

        public void send(int index, JsonNode profile) {
            failIfAnyFailed();
            CohortProfileRequested payload = new CohortProfileRequested(jobId, index, profile);
            String value;
            try {
                value = mapper.writeValueAsString(EventEnvelope.builder().eventId(RandomIds.uuid())
                        .type(CohortProfileRequested.TYPE).aggregateType(CohortProfileRequested.AGGREGATE)
                        .aggregateId(jobId).occurredAt(Instant.now()).payload(mapper.valueToTree(payload)).build());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("CohortProfileRequested is not serialisable", e);
            }
            try {
                producer.send(new ProducerRecord<>(config.requestsTopic(), jobId + ":" + index, value),
                        (meta, error) -> {
                            if (error != null) {
                                failure.compareAndSet(null, error);
                            }
                        });
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                failIfAnyFailed();
            }
        }

        /** Returns once every record sent is acknowledged by the broker; a 503 problem when one was not. */
        public void awaitAcknowledged() {
            // flush returns once every record sent so far has completed, acknowledged or failed
            producer.flush();
            failIfAnyFailed();
        }

        private void failIfAnyFailed() {
            Exception e = failure.get();
            if (e != null) {
                LOG.warnf("cohort %s: the broker did not take every profile: %s", jobId, e.toString());
                throw new ProblemException(503, "Service Unavailable", "the cohort queue did not take every profile; "
                        + "send the cohort again later", null, Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
            }
        }
    }
}
