package org.bcbm.evidence.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.bcbm.common.event.v1.TreatmentChanged;
import org.bcbm.common.event.v1.TrialChanged;
import org.bcbm.common.outbox.ReconciledAggregate;
import org.bcbm.common.outbox.Reconciliation;
import org.bcbm.common.outbox.TopicReconciler;
import org.bcbm.evidence.Treatment;
import org.bcbm.evidence.Trial;
import org.bcbm.evidence.config.EvidenceTopicConfig;
import org.bcbm.evidence.repository.KnowledgeVersionRepository;

/** Makes evidence.events hold every trial and treatment at its current version (see TopicReconciler). */
@ApplicationScoped
public class EvidenceTopicReconciliation {

    private final TopicReconciler reconciler;
    private final EvidenceTopicConfig topic;
    private final List<ReconciledAggregate<?>> aggregates;

    public EvidenceTopicReconciliation(TopicReconciler reconciler, EvidenceTopicConfig topic, EntityManager em,
            EvidenceEvents events, KnowledgeVersionRepository knowledge) {
        this.reconciler = reconciler;
        this.topic = topic;
        this.aggregates = List.of(
                new ReconciledAggregate<>(TrialChanged.AGGREGATE,
                        () -> em.createQuery("SELECT t FROM Trial t", Trial.class).getResultList(),
                        t -> t.trialId, t -> t.version, t -> events.trialChanged(t, knowledge.current())),
                new ReconciledAggregate<>(TreatmentChanged.AGGREGATE,
                        () -> em.createQuery("SELECT t FROM Treatment t", Treatment.class).getResultList(),
                        t -> t.inn, t -> t.version, t -> events.treatmentChanged(t, knowledge.current())));
    }

    public Reconciliation reconcile() {
        return reconciler.reconcile(topic, aggregates);
    }

    public void reconcileInBackground() {
        reconciler.reconcileInBackground(topic, aggregates);
    }
}
