package org.bcbm.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Records again, in one transaction, the current state of every aggregate a topic snapshot lacks. */
@ApplicationScoped
public class OutboxRepublisher {

    private final EntityManager em;

    public OutboxRepublisher(EntityManager em) {
        this.em = em;
    }

    /**
     * @param readStarted when reading the topic began: a row the relay sent since then reached the topic (it was
     *                    acknowledged) even if it lies beyond the end offsets read, so it needs no second copy
     * @return per aggregate type, how many aggregates were recorded again
     */
    @Transactional
    public Map<String, Integer> republishMissing(TopicSnapshot snapshot, Instant readStarted,
            List<ReconciledAggregate<?>> aggregates) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ReconciledAggregate<?> aggregate : aggregates) {
            counts.put(aggregate.aggregateType(), republishMissing(aggregate, snapshot, readStarted));
        }
        return counts;
    }

    private <T> int republishMissing(ReconciledAggregate<T> aggregate, TopicSnapshot snapshot, Instant readStarted) {
        Map<String, T> byId = new LinkedHashMap<>();
        Map<String, Long> held = new LinkedHashMap<>();
        for (T entity : aggregate.load().get()) {
            String id = aggregate.id().apply(entity);
            byId.put(id, entity);
            held.put(id, aggregate.version().applyAsLong(entity));
        }
        Set<String> missing = VersionGap.missing(held, snapshot.versions(aggregate.aggregateType()),
                covered(aggregate.aggregateType(), held, readStarted));
        missing.forEach(id -> aggregate.republish().accept(byId.get(id)));
        return missing.size();
    }

    /** Ids whose current version an outbox row still waiting (or sent while the topic was read) already carries. */
    private Set<String> covered(String aggregateType, Map<String, Long> held, Instant readStarted) {
        List<Object[]> rows = em.createQuery("select o.aggregateId, o.aggregateVersion from OutboxEvent o "
                + "where o.aggregateType = :type and (o.sentAt is null or o.sentAt >= :since)", Object[].class)
                .setParameter("type", aggregateType)
                .setParameter("since", readStarted)
                .getResultList();
        Set<String> covered = new HashSet<>();
        for (Object[] row : rows) {
            Long current = held.get((String) row[0]);
            if (current != null && current == ((Number) row[1]).longValue()) {
                covered.add((String) row[0]);
            }
        }
        return covered;
    }
}
