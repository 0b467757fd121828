package org.bcbm.recommendation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the knowledge snapshot comes from: the owners' topics, read by every replica in a group of its own. */
@ConfigMapping(prefix = "bcbm.knowledge")
public interface KnowledgeConfig {

    String evidenceTopic();

    String accessTopic();

    /** Each replica joins {@code <prefix>-<random>}: every replica must see every event. */
    @WithDefault("recommendation-knowledge")
    String groupPrefix();

    /** Retry-After seconds while the snapshot is not yet caught up. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** How long the feed waits before polling again after an unexpected failure. */
    @WithDefault("1s")
    Duration failureBackoff();
}
