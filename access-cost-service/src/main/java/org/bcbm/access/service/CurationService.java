package org.bcbm.access.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Currency;
import java.util.Locale;
import org.bcbm.access.Country;
import org.bcbm.access.Drug;
import org.bcbm.access.Listing;
import org.bcbm.access.event.AccessEvents;
import org.bcbm.common.contract.access.AccessViews.CountryView;
import org.bcbm.common.contract.access.AccessViews.FormularyEntry;
import org.bcbm.common.contract.access.AvailabilityUpdate;
import org.bcbm.common.contract.access.DiagnosticsUpdate;
import org.bcbm.common.contract.access.PriceUpdate;
import org.bcbm.common.contract.access.TierOverride;
import org.bcbm.common.problem.ProblemException;

/** Curators' price and availability changes: validated, version-checked, and published through the outbox. */
@ApplicationScoped
public class CurationService {

    private final EntityManager em;
    private final AccessEvents events;
    private final Formulary formulary;
    private final PriceAges priceAges;

    public CurationService(EntityManager em, AccessEvents events, Formulary formulary, PriceAges priceAges) {
        this.em = em;
        this.events = events;
        this.formulary = formulary;
        this.priceAges = priceAges;
    }

    @Transactional
    public FormularyEntry updatePrice(String countryCode, String inn, PriceUpdate update) {
        try {
            Currency.getInstance(update.currency());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("currency", "'" + update.currency() + "' is not an ISO 4217 currency");
        }
        Country country = Country.<Country>findByIdOptional(countryCode.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("country", countryCode));
        if (priceAges.stale(country, update.asOf())) {
            throw ProblemException.badField("asOf", "is older than the " + country.priceMaxAgeMonths
                    + "-month maximum price age in " + country.code + " (the oldest accepted is "
                    + priceAges.oldestAllowed(country) + "): a price that old does not describe today's market");
        }
        Listing listing = listingFor(countryCode, inn, update.version());
        listing.withheldPrice = null;
        listing.priceAmount = update.amount();
        listing.priceCurrency = update.currency();
        listing.pricePer = update.per();
        listing.packUnits = update.packUnits();
        listing.unitStrengthMg = update.unitStrengthMg();
        listing.priceSource = update.source();
        listing.priceAsOf = update.asOf();
        return publish(listing);
    }

    @Transactional
    public FormularyEntry updateAvailability(String countryCode, String inn, AvailabilityUpdate update) {
        Listing listing = listingFor(countryCode, inn, update.version());
        listing.registered = update.registered();
        listing.reimbursed = update.reimbursed();
        listing.genericAvailable = update.genericAvailable();
        listing.availabilitySource = update.source();
        listing.availabilityAsOf = update.asOf();
        return publish(listing);
    }

    @Transactional
    public CountryView overrideTier(String code, TierOverride update,
            AccessService access) {
        Country country = Country.<Country>findByIdOptional(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("country", code));
        if (country.version != update.version()) {
            throw ProblemException.conflict("country " + country.code + " is at version " + country.version
                    + ", the change was made against version " + update.version() + "; re-read it and retry");
        }
        if (update.tier() != null && (update.reason() == null || update.reason().isBlank())) {
            throw ProblemException.badField("reason", "an override needs the reason the income group misleads");
        }
        country.tierOverride = update.tier();
        country.tierOverrideReason = update.tier() == null ? null : update.reason();
        em.flush();
        events.countryChanged(country);
        return access.country(country.code);
    }

    @Transactional
    public CountryView updateDiagnostics(String code,
            DiagnosticsUpdate update, AccessService access) {
        Country country = Country.<Country>findByIdOptional(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("country", code));
        if (country.version != update.version()) {
            throw ProblemException.conflict("country " + country.code + " is at version " + country.version
                    + ", the change was made against version " + update.version() + "; re-read it and retry");
        }
        country.ihcAvailable = update.ihc();
        country.ishAvailable = update.ish();
        country.ngsAvailable = update.ngs();
        country.diagnosticsSource = update.source();
        country.diagnosticsAsOf = update.asOf();
        em.flush();
        events.countryChanged(country);
        return access.country(country.code);
    }

    private FormularyEntry publish(Listing listing) {
        em.flush(); // the @Version increment happens here, and the event must carry the new version
        events.listingChanged(listing);
        return formulary.entry(listing);
    }

    /** The listing to change, checked against the version the curator read; created when it does not exist yet. */
    private Listing listingFor(String countryCode, String inn, Long expectedVersion) {
        Country country = Country.<Country>findByIdOptional(countryCode.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("country", countryCode));
        Drug drug = Drug.<Drug>findByIdOptional(inn.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("drug", inn));
        Listing listing = em.find(Listing.class, new Listing.Key(country.code, drug.inn));
        if (listing == null) {
            if (expectedVersion != null && expectedVersion != 0) {
                throw ProblemException.conflict("no listing of " + drug.inn + " in " + country.code
                        + " exists yet, but the change was made against version " + expectedVersion);
            }
            listing = new Listing();
            listing.id = new Listing.Key(country.code, drug.inn);
            em.persist(listing);
            em.flush();
            return listing;
        }
        if (expectedVersion == null) {
            throw ProblemException.badField("version",
                    "is required to change an existing listing (current version " + listing.version + ")");
        }
        if (listing.version != expectedVersion) {
            throw ProblemException.conflict("listing " + listing.aggregateId() + " is at version " + listing.version
                    + ", the change was made against version " + expectedVersion + "; re-read it and retry");
        }
        return listing;
    }
}
