package org.bcbm.access.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.bcbm.access.Country;
import org.bcbm.access.config.PriceAgeConfig;

/**
 * The maximum-price-age rule: a price older than its market's {@code country.price_max_age_months} does not describe
 * today's market, so it is refused from curators and withheld from costs; one past half that age is flagged as old.
 */
@Singleton
public class PriceAges {

    private final Optional<LocalDate> fixedDay;

    @Inject
    public PriceAges(PriceAgeConfig config) {
        this.fixedDay = config.ageMeasuredOn();
    }

    private PriceAges(LocalDate day) {
        this.fixedDay = Optional.of(day);
    }

    /** Ages measured on a fixed day (unit tests). */
    public static PriceAges on(LocalDate day) {
        return new PriceAges(day);
    }

    public LocalDate today() {
        return fixedDay.orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
    }

    /** The oldest as-of date a price in this country may have today. */
    public LocalDate oldestAllowed(Country country) {
        return today().minusMonths(country.priceMaxAgeMonths);
    }

    /** Older than the country's maximum price age. */
    public boolean stale(Country country, LocalDate asOf) {
        return asOf != null && asOf.isBefore(oldestAllowed(country));
    }

    /** Why a price is withheld as stale. */
    public String staleNote(Country country, String inn, String currency, LocalDate asOf) {
        return "the " + currency + " price of " + inn + " as of " + asOf + " is older than the " + country.priceMaxAgeMonths
                + "-month maximum price age in " + country.code + " and is withheld as stale";
    }

    /** A note for a price past half its market's maximum age (still costed), or null. */
    public String oldNote(Country country, String inn, LocalDate asOf) {
        if (asOf == null) {
            return null;
        }
        long months = ChronoUnit.MONTHS.between(asOf, today());
        return months * 2 > country.priceMaxAgeMonths
                ? "the price of " + inn + " is old: as of " + asOf + ", " + months + " months before " + today()
                        + " (prices older than " + country.priceMaxAgeMonths + " months are withheld in " + country.code + ")"
                : null;
    }
}
