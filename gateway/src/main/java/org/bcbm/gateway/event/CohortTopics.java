package org.bcbm.gateway.event;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.bcbm.gateway.config.CohortConfig;
import org.jboss.logging.Logger;

/**
 * Makes the cohort topics at start with enough partitions for several recommendation-service replicas to split one
 * job; a topic auto-created by the broker would have its default, and a topic with too few is widened.
 */
@ApplicationScoped
public class CohortTopics {

    private static final Logger LOG = Logger.getLogger(CohortTopics.class);

    private final CohortConfig config;
    private final Map<String, Object> kafka;

    public CohortTopics(CohortConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.config = config;
        this.kafka = kafka;
    }

    void onStart(@Observes @Priority(10) StartupEvent start) {
        try (Admin admin = Admin.create(new HashMap<>(kafka))) {
            for (String topic : List.of(config.requestsTopic(), config.answersTopic())) {
                ensure(admin, topic, config.partitions());
            }
        } catch (Exception e) {
            // the gateway still starts: uploads answer 503 until the broker is back, and the next start retries
            LOG.warnf("could not make the cohort topics: %s", e.toString());
        }
    }

    private static void ensure(Admin admin, String topic, int partitions) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()))).all()
                    .get(20, TimeUnit.SECONDS);
            LOG.infof("created %s with %d partitions", topic, partitions);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get(20, TimeUnit.SECONDS)
                    .get(topic);
            if (d.partitions().size() < partitions) {
                admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(partitions))).all()
                        .get(20, TimeUnit.SECONDS);
                LOG.infof("widened %s from %d to %d partitions", topic, d.partitions().size(), partitions);
            }
        }
    }
}
