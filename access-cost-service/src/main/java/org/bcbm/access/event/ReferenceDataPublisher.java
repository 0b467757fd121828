package org.bcbm.access.event;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.bcbm.access.Country;
import org.bcbm.access.Drug;
import org.bcbm.access.Listing;
import org.bcbm.common.event.v1.CountryChanged;
import org.bcbm.common.event.v1.DrugChanged;
import org.bcbm.common.event.v1.ListingChanged;
import org.bcbm.common.outbox.OutboxCatchUp;
import org.jboss.logging.Logger;

/**
 * At start-up: adds any ISO 3166-1 code the JDK knows and the migrations do not (facts unknown), then puts
 * every country, drug and listing version that never reached the outbox there; then reconciles access.events with
 * the database in the background.
 */
@ApplicationScoped
public class ReferenceDataPublisher {

    private static final Logger LOG = Logger.getLogger(ReferenceDataPublisher.class);

    private final EntityManager em;
    private final OutboxCatchUp catchUp;
    private final AccessEvents events;
    private final AccessTopicReconciliation reconciliation;

    public ReferenceDataPublisher(EntityManager em, OutboxCatchUp catchUp, AccessEvents events,
            AccessTopicReconciliation reconciliation) {
        this.em = em;
        this.catchUp = catchUp;
        this.events = events;
        this.reconciliation = reconciliation;
    }

    void onStart(@Observes StartupEvent start) {
        int added = addMissingIsoCountries();
        int published = publishUnpublished();
        if (added + published > 0) {
            LOG.infof("added %d ISO countries; queued %d reference aggregates for publication", added, published);
        }
        // after the catch-up, so what it queued counts as covered and is not recorded twice
        reconciliation.reconcileInBackground();
    }

    @Transactional
    public int addMissingIsoCountries() {
        int added = 0;
        // the migrations load every ISO country, so this normally finds nothing: one query, not one per code
        Set<String> known = new HashSet<>(
                em.createQuery("SELECT c.code FROM Country c", String.class).getResultList());
        for (String code : Locale.getISOCountries()) {
            if (!known.contains(code)) {
                Country c = new Country();
                c.code = code;
                c.name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
                em.persist(c);
                added++;
            }
        }
        return added;
    }

    @Transactional
    public int publishUnpublished() {
        var countries = catchUp.unpublished(Country.class, CountryChanged.AGGREGATE, "e.code");
        countries.forEach(events::countryChanged);
        var drugs = catchUp.unpublished(Drug.class, DrugChanged.AGGREGATE, "e.inn");
        drugs.forEach(events::drugChanged);
        var listings = catchUp.unpublished(Listing.class, ListingChanged.AGGREGATE,
                "concat(e.id.countryCode, ':', e.id.inn)");
        listings.forEach(events::listingChanged);
        return countries.size() + drugs.size() + listings.size();
    }
}
