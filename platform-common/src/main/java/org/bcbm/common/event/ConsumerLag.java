package org.bcbm.common.event;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records one of the platform's Kafka consumers is behind, per topic: the gauge
 * {@code bcbm_consumer_lag_records{consumer, topic}} the BcbmConsumerLag alert reads.
 */
public final class ConsumerLag {

    private final MeterRegistry registry;
    private final String consumer;
    private final Map<String, AtomicLong> lag = new ConcurrentHashMap<>();

    /** @param consumer the consumer's name in the metric, e.g. knowledge-feed, cohort-worker */
    public ConsumerLag(MeterRegistry registry, String consumer, String... topics) {
        this.registry = registry;
        this.consumer = consumer;
        for (String topic : topics) {
            lag.computeIfAbsent(topic, this::gauge); // shown at zero before the first poll
        }
    }

    /**
     * Reads the lag of the consumer's assigned partitions from what its last poll learnt (no call to the broker).
     * Call it on the consumer's own thread: a Kafka consumer is single-threaded; the gauge only reads the numbers.
     */
    public void record(Consumer<?, ?> kafkaConsumer) {
        Map<String, Long> behind = new HashMap<>();
        for (TopicPartition tp : kafkaConsumer.assignment()) {
            kafkaConsumer.currentLag(tp).ifPresent(l -> behind.merge(tp.topic(), l, Long::sum));
        }
        behind.forEach((topic, records) -> lag.computeIfAbsent(topic, this::gauge).set(records));
    }

    private AtomicLong gauge(String topic) {
        AtomicLong value = new AtomicLong();
        Gauge.builder("bcbm.consumer.lag.records", value, AtomicLong::get)
                .description("Records a consumer of the platform has still to read from the topic")
                .tag("consumer", consumer)
                .tag("topic", topic)
                .register(registry);
        return value;
    }
}
