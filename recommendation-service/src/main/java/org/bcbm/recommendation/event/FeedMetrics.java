package org.bcbm.recommendation.event;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.bcbm.common.event.ConsumerLag;

/** What ops watches of the Kafka feeds: how far each reader is behind, and what went to a dead-letter topic. */
@ApplicationScoped
public class FeedMetrics {

    private final MeterRegistry registry;

    public FeedMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The lag gauges of one named consumer, at zero from the start for these topics. */
    public ConsumerLag lagOf(String consumer, String... topics) {
        return new ConsumerLag(registry, consumer, topics);
    }

    /** Shows the topic's dead-letter count at zero from the start, so a dashboard and an alert see it at once. */
    public void deadLettersOf(String topic) {
        registry.counter("bcbm.dead.letters", "topic", topic);
    }

    /** A record of this topic was sent to its .dlq topic. */
    public void deadLettered(String topic) {
        registry.counter("bcbm.dead.letters", "topic", topic).increment();
    }
}
