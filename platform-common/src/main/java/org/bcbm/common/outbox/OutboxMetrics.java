package org.bcbm.common.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * How far the outbox is behind: unpublished rows and the age of the oldest, for the alerts that tell ops a stored
 * change is not reaching Kafka (deploy/components/monitoring).
 */
// made at start, not at first use, so its meters are scraped (at zero) before anything has happened
@Startup
@ApplicationScoped
@IfBuildProperty(name = "bcbm.outbox.enabled", stringValue = "true")
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final long NONE = Long.MIN_VALUE;

    private final EntityManager em;
    private final AtomicLong unsent = new AtomicLong();
    private final AtomicLong oldestUnsentMillis = new AtomicLong(NONE);

    public OutboxMetrics(EntityManager em, MeterRegistry registry) {
        this.em = em;
        Gauge.builder("bcbm.outbox.unsent.events", unsent, AtomicLong::get)
                .description("Changes stored in the outbox and not yet acknowledged by Kafka")
                .register(registry);
        // the age grows between refreshes, so a stuck relay shows as a rising line, not a step every 15 s
        Gauge.builder("bcbm.outbox.oldest.unsent.age", oldestUnsentMillis, OutboxMetrics::ageSeconds)
                .description("Seconds since the oldest unpublished change was stored; 0 when none waits")
                .baseUnit("seconds")
                .register(registry);
    }

    private static double ageSeconds(AtomicLong oldest) {
        long at = oldest.get();
        return at == NONE ? 0 : Math.max(0, (System.currentTimeMillis() - at) / 1000.0);
    }

    /** One indexed query (the partial index on unsent rows) every 15 s, not one per scrape. */
    @Scheduled(every = "${bcbm.outbox.metrics-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    public void refresh() {
        try {
            Object[] row = (Object[]) em.createNativeQuery(
                    "SELECT count(*), min(occurred_at) FROM outbox_event WHERE sent_at IS NULL").getSingleResult();
            unsent.set(((Number) row[0]).longValue());
            oldestUnsentMillis.set(row[1] == null ? NONE : toInstant(row[1]).toEpochMilli());
        } catch (RuntimeException e) {
            LOG.debugf("outbox metrics not refreshed: %s", e.getMessage());
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
