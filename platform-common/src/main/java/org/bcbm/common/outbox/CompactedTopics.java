package org.bcbm.common.outbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/** Makes sure an owner's knowledge topic exists and is compacted, so it always holds each aggregate's latest state. */
public final class CompactedTopics {

    private static final Logger LOG = Logger.getLogger(CompactedTopics.class);
    private static final long TIMEOUT_SECONDS = 15;

    private CompactedTopics() {
    }

    /** Creates the topic compacted if absent, or switches an existing one to compaction; true if it changed it. */
    public static boolean ensure(Admin admin, KnowledgeTopicConfig topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (!admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).contains(topic.name())) {
            NewTopic created = new NewTopic(topic.name(), topic.partitions(), topic.replicationFactor())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            try {
                admin.createTopics(List.of(created)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                LOG.infof("created topic %s compacted, %d partitions, replication %d", topic.name(),
                        topic.partitions(), topic.replicationFactor());
                return true;
            } catch (ExecutionException e) {
                // another replica (or the broker's auto-creation on a producer's first send) was quicker
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
        Config config = admin.describeConfigs(List.of(resource)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .get(resource);
        ConfigEntry policy = config == null ? null : config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
        if (policy != null && policy.value() != null
                && List.of(policy.value().split(",")).contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            return false;
        }
        Collection<AlterConfigOp> ops = List.of(new AlterConfigOp(
                new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                AlterConfigOp.OpType.SET));
        admin.incrementalAlterConfigs(Map.of(resource, ops)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        LOG.infof("topic %s was %s: switched to compaction", topic.name(),
                policy == null ? "without a cleanup policy" : "cleanup.policy=" + policy.value());
        return true;
    }
}
