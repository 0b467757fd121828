package org.bcbm.access.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.bcbm.access.Country;
import org.bcbm.access.Drug;
import org.bcbm.access.Listing;
import org.bcbm.access.service.Formulary;
import org.bcbm.common.event.v1.CountryChanged;
import org.bcbm.common.event.v1.DrugChanged;
import org.bcbm.common.event.v1.ListingChanged;
import org.bcbm.common.outbox.Outbox;

/** Writes access events to the outbox; each carries the whole aggregate state, so replays rebuild read models. */
@ApplicationScoped
public class AccessEvents {

    private final Outbox outbox;
    private final Formulary formulary;

    public AccessEvents(Outbox outbox, Formulary formulary) {
        this.outbox = outbox;
        this.formulary = formulary;
    }

    public void listingChanged(Listing listing) {
        outbox.record(ListingChanged.AGGREGATE, listing.aggregateId(), listing.version, ListingChanged.TYPE,
                new ListingChanged(listing.id.countryCode, Formulary.eventEntry(formulary.entry(listing))));
    }

    public void countryChanged(Country c) {
        outbox.record(CountryChanged.AGGREGATE, c.code, c.version, CountryChanged.TYPE, AccessPayloads.country(c));
    }

    public void drugChanged(Drug d) {
        outbox.record(DrugChanged.AGGREGATE, d.inn, d.version, DrugChanged.TYPE, AccessPayloads.drug(d));
    }
}
