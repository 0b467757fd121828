package org.bcbm.recommendation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.bcbm.recommendation.repository.ReadModelRepository;
import org.jboss.logging.Logger;

/** Ops: empty the read models and replay evidence.events and access.events from their beginning. */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    static final List<String> CHANNELS = List.of("evidence-in", "access-in");

    private final ReadModelRepository readModels;
    private final KafkaClientService kafka;

    public ReadModelRebuild(ReadModelRepository readModels, KafkaClientService kafka) {
        this.readModels = readModels;
        this.kafka = kafka;
    }

    public void rebuild() {
        QuarkusTransaction.requiringNew().run(readModels::clear);
        for (String channel : CHANNELS) {
            KafkaConsumer<Object, Object> consumer = kafka.getConsumer(channel);
            consumer.runOnPollingThread(c -> {
                c.seekToBeginning(c.assignment());
            }).await().indefinitely();
        }
        LOG.info("read models cleared; replaying evidence.events and access.events from the beginning");
    }
}
