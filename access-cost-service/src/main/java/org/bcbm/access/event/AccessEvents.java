package org.bcbm.access.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.bcbm.access.Country;
import org.bcbm.access.Drug;
import org.bcbm.access.Listing;
import org.bcbm.access.service.Formulary;
import org.bcbm.common.outbox.Outbox;

/** Writes access events to the outbox; each carries the whole aggregate state, so replays rebuild read models. */
@ApplicationScoped
public class AccessEvents {

    public static final String LISTING = "listing";
    public static final String COUNTRY = "country";
    public static final String DRUG = "drug";

    /** Country state without the formulary (listings travel as their own aggregates). */
    public record CountryChanged(String code, String name, String incomeGroup, Integer incomeGroupYear, String tier,
            String tierSource, Boolean radiotherapyAvailable, Boolean ngsAvailable) {
    }

    public record DrugChanged(String inn, String atcCode, String formulations, String whoEml, Integer whoEmlYear,
            String whoEmlIndication,
            Boolean genericExists, String genericSource, String schedule, String minimumTier, String requiresTest) {
    }

    private final Outbox outbox;
    private final Formulary formulary;

    public AccessEvents(Outbox outbox, Formulary formulary) {
        this.outbox = outbox;
        this.formulary = formulary;
    }

    public void listingChanged(Listing listing) {
        outbox.record(LISTING, listing.aggregateId(), listing.version, "ListingChanged",
                java.util.Map.of("country", listing.id.countryCode, "listing", formulary.entry(listing)));
    }

    public void countryChanged(Country c) {
        outbox.record(COUNTRY, c.code, c.version, "CountryChanged", new CountryChanged(c.code, c.name, c.incomeGroup,
                c.incomeGroupYear, c.tier(), c.tierSource(), c.radiotherapyAvailable, c.ngsAvailable));
    }

    public void drugChanged(Drug d) {
        outbox.record(DRUG, d.inn, d.version, "DrugChanged",
                new DrugChanged(d.inn, d.atcCode, d.formulations, d.whoEml, d.whoEmlYear, d.whoEmlIndication,
                        d.genericExists,
                        d.genericSource, d.schedule, d.minimumTier, d.requiresTest));
    }
}
