package org.bcbm.access.config;

import io.smallrye.config.ConfigMapping;
import org.bcbm.common.outbox.KnowledgeTopicConfig;

/** The compacted topic access-cost-service owns (access.events): name, partitions, replication. */
@ConfigMapping(prefix = "bcbm.knowledge-topic")
public interface AccessTopicConfig extends KnowledgeTopicConfig {
}
