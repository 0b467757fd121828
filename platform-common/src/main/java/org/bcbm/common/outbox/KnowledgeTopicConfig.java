package org.bcbm.common.outbox;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The settings of the compacted topic an owner publishes its knowledge to; each owner extends it with its own
 * {@code @ConfigMapping} (platform-common itself owns no topic).
 */
public interface KnowledgeTopicConfig {

    /** Topic name; the outbox channel publishes to the same one. */
    String name();

    /** Partitions when the owner creates the topic (an existing topic keeps its own). */
    @WithDefault("3")
    int partitions();

    /** Replication factor when the owner creates the topic. */
    @WithDefault("1")
    short replicationFactor();

    /** How long start-up reconciliation waits before trying again while the broker does not answer. */
    @WithDefault("10s")
    Duration retryInterval();

    /** Longest a reconciliation may spend reading the topic to its end. */
    @WithDefault("60s")
    Duration readTimeout();
}
