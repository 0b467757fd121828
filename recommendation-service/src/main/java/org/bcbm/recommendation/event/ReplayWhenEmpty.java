package org.bcbm.recommendation.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.bcbm.recommendation.repository.ReadModelRepository;
import org.jboss.logging.Logger;

/**
 * When partitions are assigned to an empty read model (a new or wiped database), read the topics from the
 * beginning whatever offsets the group committed before: the read model is always rebuildable from the topics.
 */
@ApplicationScoped
@Identifier("replay-when-empty")
public class ReplayWhenEmpty implements KafkaConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(ReplayWhenEmpty.class);

    private final ReadModelRepository readModels;

    public ReplayWhenEmpty(ReadModelRepository readModels) {
        this.readModels = readModels;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        try {
            if (QuarkusTransaction.requiringNew().call(readModels::isEmpty)) {
                LOG.infof("read model is empty: replaying %s from the beginning", partitions);
                consumer.seekToBeginning(partitions);
            }
        } catch (RuntimeException e) {
            // during shutdown the database is already gone; on the next assignment the check runs again
            LOG.debugf("could not check the read model on assignment: %s", e.getMessage());
        }
    }
}
