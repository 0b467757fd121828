package org.bcbm.common.event;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * A consumer thread of a shared group that hands each poll's records to a handler and commits them only once the
 * handler returned: a batch that failed, or whose commit a rebalance refused, is read again (at least once), so the
 * handler must be idempotent. It never stops on a failure; it waits its back-off and polls again.
 */
public final class AtLeastOnceConsumer {

    private static final Logger LOG = Logger.getLogger(AtLeastOnceConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final String name;
    private final Map<String, Object> config;
    private final String topic;
    private final Duration backoff;
    private final Consumer<ConsumerRecords<String, String>> handler;
    private final ConsumerLag lag;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    /**
     * @param config a consumer configuration, e.g. from {@link KafkaClients#consumer}
     * @param handler does the batch's work; throws to have it read again after the back-off
     * @param lag where the consumer's lag is shown (under {@code name})
     */
    public AtLeastOnceConsumer(String name, Map<String, Object> config, String topic, Duration backoff,
            Consumer<ConsumerRecords<String, String>> handler, MeterRegistry lag) {
        this.name = name;
        this.config = config;
        this.topic = topic;
        this.backoff = backoff;
        this.handler = handler;
        this.lag = new ConsumerLag(lag, name, topic);
    }

    /** Starts the thread; it joins the group once {@code mayJoin} holds, so a replica still loading takes no work. */
    public synchronized void start(BooleanSupplier mayJoin) {
        running = true;
        thread = new Thread(() -> run(mayJoin), name);
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            t.join(10_000);
        }
    }

    private void run(BooleanSupplier mayJoin) {
        while (running && !mayJoin.getAsBoolean()) {
            sleep(backoff);
        }
        if (!running) {
            return;
        }
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        try {
            consumer.subscribe(List.of(topic));
            while (running) {
                pollOnce();
            }
        } catch (WakeupException e) {
            // stop() asked the consumer to leave its poll or commit
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void pollOnce() {
        ConsumerRecords<String, String> records;
        try {
            records = consumer.poll(POLL);
            lag.record(consumer);
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("%s: poll failed, retrying in %s: %s", name, backoff, e.toString());
            sleep(backoff);
            return;
        }
        if (records.isEmpty()) {
            return;
        }
        try {
            handler.accept(records);
            consumer.commitSync(KafkaClients.nextOffsets(records));
        } catch (WakeupException e) {
            throw e;
        } catch (RebalanceInProgressException | CommitFailedException e) {
            // a replica joined or left: whoever owns the partitions now reads the batch again
            LOG.debugf("%s: batch of %d not committed during a rebalance", name, records.count());
            KafkaClients.rewind(consumer, records);
        } catch (RuntimeException e) {
            LOG.warnf("%s: batch of %d not done, retrying in %s: %s", name, records.count(), backoff, e.toString());
            KafkaClients.rewind(consumer, records);
            sleep(backoff);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
