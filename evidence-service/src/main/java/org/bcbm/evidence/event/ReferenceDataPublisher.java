package org.bcbm.evidence.event;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bcbm.common.event.v1.TreatmentChanged;
import org.bcbm.common.event.v1.TrialChanged;
import org.bcbm.common.outbox.OutboxCatchUp;
import org.bcbm.evidence.Treatment;
import org.bcbm.evidence.Trial;
import org.bcbm.evidence.repository.KnowledgeVersionRepository;
import org.jboss.logging.Logger;

/**
 * At start-up, puts every trial and treatment version that never reached the outbox there (the migrated seed), then
 * reconciles evidence.events with the database in the background.
 */
@ApplicationScoped
public class ReferenceDataPublisher {

    private static final Logger LOG = Logger.getLogger(ReferenceDataPublisher.class);

    private final OutboxCatchUp catchUp;
    private final EvidenceEvents events;
    private final KnowledgeVersionRepository knowledge;
    private final EvidenceTopicReconciliation reconciliation;

    public ReferenceDataPublisher(OutboxCatchUp catchUp, EvidenceEvents events, KnowledgeVersionRepository knowledge,
            EvidenceTopicReconciliation reconciliation) {
        this.catchUp = catchUp;
        this.events = events;
        this.knowledge = knowledge;
        this.reconciliation = reconciliation;
    }

    void onStart(@Observes StartupEvent start) {
        int published = publishUnpublished();
        if (published > 0) {
            LOG.infof("queued %d reference aggregates for publication", published);
        }
        // after the catch-up, so what it queued counts as covered and is not recorded twice
        reconciliation.reconcileInBackground();
    }

    @Transactional
    public int publishUnpublished() {
        long version = knowledge.current();
        List<Trial> trials = catchUp.unpublished(Trial.class, TrialChanged.AGGREGATE, "e.trialId");
        trials.forEach(t -> events.trialChanged(t, version));
        List<Treatment> treatments = catchUp.unpublished(Treatment.class, TreatmentChanged.AGGREGATE, "e.inn");
        treatments.forEach(t -> events.treatmentChanged(t, version));
        return trials.size() + treatments.size();
    }
}
