package org.bcbm.evidence.config;

import io.smallrye.config.ConfigMapping;
import org.bcbm.common.outbox.KnowledgeTopicConfig;

/** The compacted topic evidence-service owns (evidence.events): name, partitions, replication. */
@ConfigMapping(prefix = "bcbm.knowledge-topic")
public interface EvidenceTopicConfig extends KnowledgeTopicConfig {
}
