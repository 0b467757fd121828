package org.bcbm.common.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;

/**
 * The settings and offset handling every plain Kafka client of the platform shares, on top of the service's own
 * {@code kafka.*} settings (so TLS and SASL in production reach these clients too).
 */
public final class KafkaClients {

    private KafkaClients() {
    }

    /**
     * A consumer that commits only what it chose to and reads from the beginning when its group has no offsets; it
     * never creates a topic (the owner creates it compacted or with enough partitions, auto-creation would not).
     */
    public static Map<String, Object> consumer(Map<String, Object> kafka, String group, String clientId,
            int maxPollRecords) {
        Map<String, Object> c = new HashMap<>(kafka);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        // a topic the owner recreates (a lost broker) is seen within seconds
        c.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5000);
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        return c;
    }

    /** A producer whose acknowledgement means the record is durable and written once. */
    public static Map<String, Object> durableProducer(Map<String, Object> kafka, String clientId) {
        Map<String, Object> c = new HashMap<>(kafka);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return c;
    }

    /** The offsets to commit once every record of the batch is done: one past the last of each partition. */
    public static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, String>> list = records.records(tp);
            offsets.put(tp, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
        }
        return offsets;
    }

    /** Reads the batch again on the next poll (at-least-once after a failure), where the partition is still ours. */
    public static void rewind(Consumer<String, String> consumer, ConsumerRecords<String, String> records) {
        for (TopicPartition tp : records.partitions()) {
            if (consumer.assignment().contains(tp)) {
                consumer.seek(tp, records.records(tp).get(0).offset());
            }
        }
    }
}
