package org.bcbm.evidence.event;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bcbm.evidence.Treatment;
import org.bcbm.evidence.Trial;
import org.bcbm.evidence.repository.KnowledgeVersionRepository;
import org.jboss.logging.Logger;

/**
 * Reference data arrives by Flyway migration, outside any service transaction; at start-up every aggregate whose
 * current version was never put in the outbox is put there, so consumers learn the seed like any other change.
 */
@ApplicationScoped
public class ReferenceDataPublisher {

    private static final Logger LOG = Logger.getLogger(ReferenceDataPublisher.class);

    private final EntityManager em;
    private final EvidenceEvents events;
    private final KnowledgeVersionRepository knowledge;

    public ReferenceDataPublisher(EntityManager em, EvidenceEvents events, KnowledgeVersionRepository knowledge) {
        this.em = em;
        this.events = events;
        this.knowledge = knowledge;
    }

    void onStart(@Observes StartupEvent start) {
        int published = publishUnpublished();
        if (published > 0) {
            LOG.infof("queued %d reference aggregates for publication", published);
        }
    }

    @Transactional
    public int publishUnpublished() {
        long version = knowledge.current();
        List<Trial> trials = em.createQuery("select t from Trial t where not exists (select 1 from OutboxEvent o "
                + "where o.aggregateType = 'trial' and o.aggregateId = t.trialId and o.aggregateVersion = t.version)",
                Trial.class).getResultList();
        trials.forEach(t -> events.trialChanged(t, version));
        List<Treatment> treatments = em.createQuery("select t from Treatment t where not exists (select 1 from "
                + "OutboxEvent o where o.aggregateType = 'treatment' and o.aggregateId = t.inn "
                + "and o.aggregateVersion = t.version)", Treatment.class).getResultList();
        treatments.forEach(t -> events.treatmentChanged(t, version));
        return trials.size() + treatments.size();
    }
}
