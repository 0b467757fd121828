package org.bcbm.access.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.bcbm.access.Country;
import org.bcbm.access.Drug;
import org.bcbm.access.Listing;
import org.bcbm.access.ResourceTier;
import org.bcbm.common.access.RegimenAccess;
import org.bcbm.common.contract.Recommendation.Affordability;
import org.bcbm.common.contract.access.AccessViews.FormularyEntry;
import org.bcbm.common.contract.access.AccessViews.Price;
import org.bcbm.common.contract.access.AccessViews.UsdRate;
import org.bcbm.common.event.v1.ListingChanged;
import org.bcbm.common.regimen.AgentSchedule;

/** Builds one formulary entry (availability, price, annual cost) from a drug and its listing in a country. */
@ApplicationScoped
public class Formulary {

    private final EntityManager em;
    private final PriceAges priceAges;

    public Formulary(EntityManager em, PriceAges priceAges) {
        this.em = em;
        this.priceAges = priceAges;
    }

    public FormularyEntry entry(Listing listing) {
        return entry(em.find(Country.class, listing.id.countryCode), em.find(Drug.class, listing.id.inn), listing);
    }

    /**
     * {@code listing} may be null: the drug is known but nothing is on file for the country. A price older than the
     * country's maximum price age is withheld (no price, no cost, a note saying so); one past half of it is costed with
     * a note that it is old ({@link PriceAges}).
     */
    public FormularyEntry entry(Country country, Drug drug, Listing listing) {
        AgentSchedule schedule = drug.schedule().orElse(null);
        boolean priced = listing != null && listing.priceAmount != null;
        boolean stale = priced && priceAges.stale(country, listing.priceAsOf);
        CostCalculator.AnnualCost cost;
        if (stale) {
            cost = new CostCalculator.AnnualCost(null, null, null,
                    priceAges.staleNote(country, drug.inn, listing.priceCurrency, listing.priceAsOf));
        } else {
            cost = CostCalculator.annualCost(drug.inn, schedule, listing);
            if (priced && cost.amount() != null) {
                cost = new CostCalculator.AnnualCost(cost.amount(), cost.currency(), cost.unitsPerYear(),
                        priceAges.oldNote(country, drug.inn, listing.priceAsOf));
            }
        }
        Price price = !priced || stale ? null
                : Price.builder().amount(listing.priceAmount).currency(listing.priceCurrency).per(listing.pricePer)
                        .source(listing.priceSource).asOf(listing.priceAsOf).build();
        UsdRate rate = rate(cost.currency());
        BigDecimal usd = toUsd(cost.amount(), cost.currency());
        boolean listed = listing != null;
        return FormularyEntry.builder().inn(drug.inn).atcCode(drug.atcCode).formulations(drug.formulations)
                .formulationsSource(drug.formulationsSource)
                .available(listed ? listing.registered : null).registered(listed ? listing.registered : null)
                .reimbursed(listed ? listing.reimbursed : null).genericAvailable(listed ? listing.genericAvailable : null)
                .onWhoEssentialList(RegimenAccess.onEssentialList(drug.whoEml)).whoEml(drug.whoEml)
                .whoEmlYear(drug.whoEmlYear).whoEmlIndication(drug.whoEmlIndication).genericExists(drug.genericExists)
                .genericSource(drug.genericSource).price(price)
                .schedule(schedule == null ? null : schedule.described())
                .scheduleSource(schedule == null ? null : schedule.source())
                .annualCost(cost.amount()).annualCostCurrency(cost.currency()).annualCostUsd(usd).usdRate(rate)
                .costNote(cost.note()).expectedAtTier(ResourceTier.expectedAt(country.tier(), drug.minimumTier))
                .minimumTier(drug.minimumTier).requiresTest(drug.requiresTest).affordability(affordability(country, usd))
                .source(listed ? listing.availabilitySource : null).asOf(listed ? listing.availabilityAsOf : null)
                .version(listed ? listing.version : 0).build();
    }

    /**
     * The listing as access.events carries it: what {@link #entry} computed (cost, USD, affordability), so consumers
     * never redo the arithmetic; the drug's catalogue facts stay out because DrugChanged carries them. Here rather
     * than in the event package so that package never touches a REST view.
     */
    public static ListingChanged.Entry eventEntry(FormularyEntry e) {
        Price p = e.price();
        UsdRate r = e.usdRate();
        Affordability a = e.affordability();
        return new ListingChanged.Entry(e.inn(), e.available(), e.registered(), e.reimbursed(), e.genericAvailable(),
                e.onWhoEssentialList(),
                p == null ? null : new ListingChanged.Price(p.amount(), p.currency(), p.per(), p.source(), p.asOf()),
                e.schedule(), e.annualCost(), e.annualCostCurrency(), e.annualCostUsd(),
                r == null ? null : new ListingChanged.UsdRate(r.currency(), r.usdPerUnit(), r.asOf(), r.source()),
                e.costNote(), e.expectedAtTier(),
                a == null ? null : new ListingChanged.Affordability(a.shareOfGniPerCapita(), a.catastrophic(),
                        a.gniPerCapitaUsd(), a.gniYear(), a.gniSource()),
                e.source(), e.asOf(), e.version());
    }

    /** What the regimen rule needs of a country. */
    public static RegimenAccess.Place place(Country country) {
        return new RegimenAccess.Place(country.name, country.tier(), country.radiotherapyAvailable,
                country.radiotherapySource, country.gniPerCapitaUsd == null ? null
                        : new RegimenAccess.Gni(country.gniPerCapitaUsd, country.gniPerCapitaYear,
                                country.gniPerCapitaSource));
    }

    /** Needs a USD cost and a sourced GNI per capita; otherwise null, never estimated (rule: {@link RegimenAccess}). */
    public static Affordability affordability(Country country, BigDecimal annualCostUsd) {
        return Affordability.of(RegimenAccess.affordability(place(country).gni(), annualCostUsd));
    }

    /** USD only from a dated rate on file; no rate, no conversion. */
    public BigDecimal toUsd(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return null;
        }
        if (currency.equals("USD")) {
            return amount;
        }
        UsdRate rate = rate(currency);
        return rate == null ? null : amount.multiply(rate.usdPerUnit()).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The dated rate for a currency, or null (none on file, or the amount is already in USD). The one look-up
     * {@link #toUsd} and {@link #entry} share, so a unit test can stand in a fixed rate table without a database.
     */
    public UsdRate rate(String currency) {
        return currency == null ? null : rates().get(currency);
    }

    /**
     * Rates change only by migration (no endpoint writes them), so they are read once, not once per formulary entry
     * (a country read converts every drug).
     */
    private Map<String, UsdRate> rates() {
        Map<String, UsdRate> loaded = rates;
        if (loaded == null) {
            loaded = new HashMap<>();
            for (Object row : em.createNativeQuery("SELECT currency, usd_per_unit, as_of, source FROM exchange_rate")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                loaded.put((String) r[0], new UsdRate((String) r[0], (BigDecimal) r[1], toLocalDate(r[2]), (String) r[3]));
            }
            rates = Map.copyOf(loaded);
        }
        return loaded;
    }

    private static java.time.LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }

    private volatile Map<String, UsdRate> rates;
}
