package org.bcbm.common.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bcbm.common.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes an owner's compacted topic hold what its database holds: reads the topic from its beginning to its end,
 * then puts back in the outbox every aggregate the topic lacks or has only at an older version. Covers the broker
 * losing its storage while the database keeps its data, which the outbox alone never notices.
 */
@ApplicationScoped
public class TopicReconciler {

    private static final Logger LOG = Logger.getLogger(TopicReconciler.class);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(15);

    private final OutboxRepublisher republisher;
    private final ObjectMapper mapper;
    private final String bootstrapServers;
    // one reconciliation at a time in this process: the start-up run and an operator's call must not both
    // decide the same aggregate is missing before either has recorded it
    private final ReentrantLock running = new ReentrantLock();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "topic-reconciler");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    public TopicReconciler(OutboxRepublisher republisher, ObjectMapper mapper,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.republisher = republisher;
        this.mapper = mapper;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Reconciles now. Throws a 503 problem when the broker does not answer, so an operator knows to try again.
     */
    public Reconciliation reconcile(KnowledgeTopicConfig topic, List<ReconciledAggregate<?>> aggregates) {
        running.lock();
        try {
            ensureCompacted(topic);
            Instant readStarted = Instant.now().truncatedTo(ChronoUnit.MICROS);
            TopicSnapshot snapshot = read(topic);
            Map<String, Integer> counts = republisher.republishMissing(snapshot, readStarted, aggregates);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            if (total > 0 || snapshot.skipped() > 0) {
                LOG.infof("reconciled %s: republished %s; skipped %d unreadable records", topic.name(), counts,
                        snapshot.skipped());
            }
            return new Reconciliation(topic.name(), counts);
        } finally {
            running.unlock();
        }
    }

    /**
     * Reconciles on a worker thread, trying again every {@code retryInterval} until the broker answers, so a
     * broker outage never holds up the service's start.
     */
    public void reconcileInBackground(KnowledgeTopicConfig topic, List<ReconciledAggregate<?>> aggregates) {
        worker.submit(() -> {
            while (!stopping) {
                try {
                    reconcile(topic, aggregates);
                    return;
                } catch (RuntimeException e) {
                    if (stopping) {
                        return;
                    }
                    LOG.warnf("could not reconcile %s yet, trying again in %s: %s", topic.name(),
                            topic.retryInterval(), e.getMessage());
                }
                try {
                    Thread.sleep(topic.retryInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    @PreDestroy
    void stop() {
        stopping = true;
        worker.shutdownNow();
    }

    private void ensureCompacted(KnowledgeTopicConfig topic) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CLIENT_TIMEOUT.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CLIENT_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(props)) {
            CompactedTopics.ensure(admin, topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(topic, e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw unavailable(topic, e);
        }
    }

    private TopicSnapshot read(KnowledgeTopicConfig topic) {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        // no group: nothing to commit, and no offsets left behind for a consumer nobody runs
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "reconciler-" + topic.name());
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CLIENT_TIMEOUT.toMillis());
        TopicSnapshot snapshot = new TopicSnapshot(mapper);
        Instant deadline = Instant.now().plus(topic.readTimeout());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), CLIENT_TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, CLIENT_TIMEOUT);
            Set<TopicPartition> unread = new HashSet<>(partitions);
            unread.removeIf(tp -> consumer.position(tp) >= end.get(tp));
            while (!unread.isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    throw unavailable(topic, new TimeoutException("topic not read to its end within "
                            + topic.readTimeout()));
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (!snapshot.add(record.value())) {
                        LOG.warnf("skipping a record of %s that is not an event envelope (partition %d, offset %d)",
                                record.topic(), record.partition(), record.offset());
                    }
                }
                unread.removeIf(tp -> consumer.position(tp) >= end.get(tp));
            }
        } catch (KafkaException e) {
            throw unavailable(topic, e);
        }
        return snapshot;
    }

    private static ProblemException unavailable(KnowledgeTopicConfig topic, Exception cause) {
        ProblemException problem = new ProblemException(503, "Service Unavailable",
                "the broker did not answer for topic " + topic.name() + ": " + cause.getMessage(), null,
                Map.of("Retry-After", String.valueOf(topic.retryInterval().toSeconds())));
        problem.initCause(cause);
        return problem;
    }
}
