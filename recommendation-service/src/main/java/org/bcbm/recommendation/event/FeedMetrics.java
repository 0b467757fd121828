package org.bcbm.recommendation.event;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/** What ops watches of the Kafka feeds: how far each topic's reader is behind, and what went to a dead-letter topic. */
@ApplicationScoped
public class FeedMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> lag = new ConcurrentHashMap<>();

    public FeedMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Shows these topics' meters at zero from the start, so a dashboard and an alert see them before any event. */
    public void watching(String... topics) {
        for (String topic : topics) {
            deadLettersOf(topic);
            lag.computeIfAbsent(topic, this::lagGauge);
        }
    }

    /** Shows the topic's dead-letter count at zero from the start. */
    public void deadLettersOf(String topic) {
        registry.counter("bcbm.dead.letters", "topic", topic);
    }

    /** A record of this topic was sent to its .dlq topic. */
    public void deadLettered(String topic) {
        registry.counter("bcbm.dead.letters", "topic", topic).increment();
    }

    /**
     * Records, per topic, how many records the consumer's assigned partitions are behind their ends. Called on the
     * consumer's own thread (a Kafka consumer is single-threaded); the gauges only read the stored numbers.
     */
    public void recordLag(Consumer<?, ?> consumer) {
        Map<String, Long> behind = new HashMap<>();
        for (TopicPartition tp : consumer.assignment()) {
            consumer.currentLag(tp).ifPresent(l -> behind.merge(tp.topic(), l, Long::sum));
        }
        behind.forEach((topic, records) -> lag.computeIfAbsent(topic, this::lagGauge).set(records));
    }

    private AtomicLong lagGauge(String topic) {
        AtomicLong value = new AtomicLong();
        Gauge.builder("bcbm.knowledge.lag.records", value, AtomicLong::get)
                .description("Records the knowledge feed has still to read from the topic")
                .tag("topic", topic)
                .register(registry);
        return value;
    }
}
