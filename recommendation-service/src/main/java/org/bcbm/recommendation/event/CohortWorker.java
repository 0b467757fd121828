package org.bcbm.recommendation.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bcbm.common.contract.CohortAnswer.Item;
import org.bcbm.common.contract.RandomIds;
import org.bcbm.common.event.AtLeastOnceConsumer;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.common.event.KafkaClients;
import org.bcbm.common.event.v1.CohortAnswered;
import org.bcbm.common.event.v1.CohortProfileRequested;
import org.bcbm.recommendation.config.CohortConfig;
import org.bcbm.recommendation.service.BatchRecommendations;
import org.bcbm.recommendation.service.KnowledgeSnapshot;
import org.bcbm.recommendation.service.KnowledgeState;
import org.jboss.logging.Logger;

/**
 * Answers cohort jobs: every replica joins one group on cohort.requests, so the partitions, and with them a job's
 * profiles, are split between replicas. Each profile is validated and answered like a batch item and audited; its
 * CohortAnswered is acknowledged before the offset is committed (at least once: the gateway keeps one answer per
 * index). The request id is derived from job id and index, so a redelivered profile is the same request, audited once.
 */
@ApplicationScoped
public class CohortWorker {

    private static final Logger LOG = Logger.getLogger(CohortWorker.class);

    private final CohortConfig config;
    private final KnowledgeState knowledge;
    private final BatchRecommendations batch;
    private final ObjectMapper mapper;
    private final Map<String, Object> kafka;
    private final FeedMetrics metrics;
    private final String instance = instanceId();
    private KafkaProducer<String, String> producer;
    private AtLeastOnceConsumer loop;

    public CohortWorker(CohortConfig config, KnowledgeState knowledge, BatchRecommendations batch, ObjectMapper mapper,
            @Identifier("default-kafka-broker") Map<String, Object> kafka, FeedMetrics metrics) {
        this.config = config;
        this.knowledge = knowledge;
        this.batch = batch;
        this.mapper = mapper;
        this.kafka = kafka;
        this.metrics = metrics;
        metrics.deadLettersOf(config.requestsTopic());
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        loop = new AtLeastOnceConsumer("cohort-worker", consumerConfig(), config.requestsTopic(), config.retryBackoff(),
                records -> answer(records, producer), metrics.registry());
        LOG.infof("answering cohort profiles from %s as %s", config.requestsTopic(), instance);
        // joining the group only once knowledge is ready: a replica still loading takes no partitions from the others
        loop.start(knowledge::ready);
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        if (loop != null) {
            loop.stop();
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Who answers here: host and process id, so an answer names the replica that gave it. */
    public String instance() {
        return instance;
    }

    /** Answers every record of one poll; returns once every answer and audit is acknowledged. */
    private void answer(ConsumerRecords<String, String> records, KafkaProducer<String, String> producer) {
        KnowledgeSnapshot snapshot = knowledge.forAnswer();
        List<Uni<Void>> audits = new ArrayList<>(records.count());
        List<CompletableFuture<Void>> sent = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> r : records) {
            CohortProfileRequested request = read(r.value());
            if (request == null) {
                LOG.warnf("unreadable cohort request %s-%d@%d to %s.dlq", r.topic(), r.partition(), r.offset(),
                        r.topic());
                sent.add(send(producer, new ProducerRecord<>(r.topic() + ".dlq", r.key(), r.value())));
                metrics.deadLettered(r.topic());
                continue;
            }
            Item item = batch.answer(request.index(), request.profile(), snapshot, requestId(request), audits);
            CohortAnswered answered = CohortAnswered.of(request.jobId(), request.index(), item.recommendation(),
                    item.problem(), instance);
            sent.add(send(producer, new ProducerRecord<>(config.answersTopic(), request.jobId(), envelope(answered))));
        }
        if (!audits.isEmpty()) {
            Uni.join().all(audits).andFailFast().await().atMost(config.ackTimeout());
        }
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                    .get(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cohort answers not acknowledged: " + e, e);
        }
    }

    /** The same job and index always make the same request id, so a redelivery is audited once. */
    static String requestId(CohortProfileRequested request) {
        return UUID.nameUUIDFromBytes(("cohort:" + request.jobId() + ":" + request.index())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private CohortProfileRequested read(String value) {
        try {
            EventEnvelope envelope = mapper.readValue(value, EventEnvelope.class);
            if (envelope == null || !CohortProfileRequested.TYPE.equals(envelope.type()) || envelope.payload() == null) {
                return null;
            }
            CohortProfileRequested request = mapper.treeToValue(envelope.payload(), CohortProfileRequested.class);
            return request.jobId() == null || request.index() < 0 ? null : request;
        } catch (Exception e) {
            return null;
        }
    }

    private String envelope(CohortAnswered answered) {
        try {
            return mapper.writeValueAsString(EventEnvelope.builder().eventId(RandomIds.uuid()).type(CohortAnswered.TYPE)
                    .aggregateType(CohortAnswered.AGGREGATE).aggregateId(answered.jobId()).occurredAt(Instant.now())
                    .payload(mapper.valueToTree(answered)).build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CohortAnswered is not serialisable", e);
        }
    }

    private static CompletableFuture<Void> send(KafkaProducer<String, String> producer,
            ProducerRecord<String, String> record) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        producer.send(record, (meta, error) -> {
            if (error == null) {
                acked.complete(null);
            } else {
                acked.completeExceptionally(error);
            }
        });
        return acked;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> c = KafkaClients.consumer(kafka, config.group(), "recommendation-cohorts-" + instance,
                config.maxPollRecords());
        c.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
                "org.apache.kafka.clients.consumer.CooperativeStickyAssignor");
        return c;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> c = KafkaClients.durableProducer(kafka, "recommendation-cohort-answers-" + instance);
        // answers of one poll go out together: batching makes a few requests of hundreds of answers
        c.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        c.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        // lz4, not gzip: a cohort's answers are repetitive JSON that lz4 still shrinks several-fold at a fraction of
        // gzip's CPU, paid again by the broker (which checks every batch) and by each reader
        c.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        c.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
        return c;
    }

    private static String instanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = System.getenv().getOrDefault("HOSTNAME", "unknown-host");
        }
        return host + "-" + ProcessHandle.current().pid();
    }

}
