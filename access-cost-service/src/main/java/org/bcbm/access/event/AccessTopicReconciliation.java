package org.bcbm.access.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.bcbm.access.Country;
import org.bcbm.access.Drug;
import org.bcbm.access.Listing;
import org.bcbm.access.config.AccessTopicConfig;
import org.bcbm.common.event.v1.CountryChanged;
import org.bcbm.common.event.v1.DrugChanged;
import org.bcbm.common.event.v1.ListingChanged;
import org.bcbm.common.outbox.ReconciledAggregate;
import org.bcbm.common.outbox.Reconciliation;
import org.bcbm.common.outbox.TopicReconciler;

/** Makes access.events hold every country, drug and listing at its current version (see TopicReconciler). */
@ApplicationScoped
public class AccessTopicReconciliation {

    private final TopicReconciler reconciler;
    private final AccessTopicConfig topic;
    private final List<ReconciledAggregate<?>> aggregates;

    public AccessTopicReconciliation(TopicReconciler reconciler, AccessTopicConfig topic, EntityManager em,
            AccessEvents events) {
        this.reconciler = reconciler;
        this.topic = topic;
        this.aggregates = List.of(
                new ReconciledAggregate<>(CountryChanged.AGGREGATE,
                        () -> em.createQuery("SELECT c FROM Country c", Country.class).getResultList(),
                        c -> c.code, c -> c.version, events::countryChanged),
                new ReconciledAggregate<>(DrugChanged.AGGREGATE,
                        () -> em.createQuery("SELECT d FROM Drug d", Drug.class).getResultList(),
                        d -> d.inn, d -> d.version, events::drugChanged),
                new ReconciledAggregate<>(ListingChanged.AGGREGATE,
                        () -> em.createQuery("SELECT l FROM Listing l", Listing.class).getResultList(),
                        Listing::aggregateId, l -> l.version, events::listingChanged));
    }

    public Reconciliation reconcile() {
        return reconciler.reconcile(topic, aggregates);
    }

    public void reconcileInBackground() {
        reconciler.reconcileInBackground(topic, aggregates);
    }
}
