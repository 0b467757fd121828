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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bcbm.common.contract.CohortAnswer.Item;
import org.bcbm.common.event.EventEnvelope;
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
    private static final Duration POLL = Duration.ofMillis(500);

    private final CohortConfig config;
    private final KnowledgeState knowledge;
    private final BatchRecommendations batch;
    private final ObjectMapper mapper;
    private final Map<String, Object> kafka;
    private final String instance = instanceId();
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public CohortWorker(CohortConfig config, KnowledgeState knowledge, BatchRecommendations batch, ObjectMapper mapper,
            @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.config = config;
        this.knowledge = knowledge;
        this.batch = batch;
        this.mapper = mapper;
        this.kafka = kafka;
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "cohort-worker");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
    }

    /** Who answers here: host and process id, so an answer names the replica that gave it. */
    public String instance() {
        return instance;
    }

    private void run() {
        // joining the group only once knowledge is ready: a replica still loading takes no partitions from the others
        while (running && !knowledge.ready()) {
            sleep(config.retryBackoff());
        }
        if (!running) {
            return;
        }
        KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                new StringSerializer());
        consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new StringDeserializer());
        LOG.infof("answering cohort profiles from %s as %s", config.requestsTopic(), instance);
        try {
            consumer.subscribe(List.of(config.requestsTopic()));
            while (running) {
                ConsumerRecords<String, String> records;
                try {
                    records = consumer.poll(POLL);
                } catch (WakeupException e) {
                    break;
                }
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    answer(records, producer);
                    consumer.commitSync(nextOffsets(records));
                } catch (WakeupException e) {
                    break;
                } catch (RebalanceInProgressException | CommitFailedException e) {
                    // a replica joined or left: the next poll completes the rebalance; what this batch did is done
                    // again by whoever owns its partitions now, and duplicates are dropped downstream
                    LOG.debugf("cohort batch of %d not committed during a rebalance", records.count());
                    rewind(records);
                } catch (RuntimeException e) {
                    // nothing committed: the same profiles are answered again after the back-off
                    LOG.warnf("cohort batch of %d profiles not answered, retrying in %s: %s", records.count(),
                            config.retryBackoff(), e.toString());
                    rewind(records);
                    sleep(config.retryBackoff());
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
            producer.close(Duration.ofSeconds(5));
        }
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
            return mapper.writeValueAsString(new EventEnvelope(UUID.randomUUID(), CohortAnswered.TYPE,
                    CohortAnswered.AGGREGATE, answered.jobId(), 0, Instant.now(), mapper.valueToTree(answered)));
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

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, String>> list = records.records(tp);
            offsets.put(tp, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private void rewind(ConsumerRecords<String, String> records) {
        for (TopicPartition tp : records.partitions()) {
            if (consumer.assignment().contains(tp)) {
                consumer.seek(tp, records.records(tp).get(0).offset());
            }
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> c = new HashMap<>(kafka);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, config.group());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // the gateway creates the topic with enough partitions for every replica; auto-creation would make too few
        c.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords());
        c.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5000);
        c.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
                "org.apache.kafka.clients.consumer.CooperativeStickyAssignor");
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, "recommendation-cohorts-" + instance);
        return c;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> c = new HashMap<>(kafka);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // answers of one poll go out together: batching makes a few requests of hundreds of answers
        c.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        c.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        c.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
        c.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
        c.put(ProducerConfig.CLIENT_ID_CONFIG, "recommendation-cohort-answers-" + instance);
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

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
