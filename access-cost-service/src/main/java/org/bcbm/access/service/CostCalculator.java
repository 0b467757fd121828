package org.bcbm.access.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.bcbm.access.Drug;
import org.bcbm.access.Listing;

/**
 * Annual cost of one drug in one country from its standard schedule and its unit price.
 *
 * <p>administrations a year = 365.25 / cycle days x administrations per cycle; units per administration =
 * dose / unit strength rounded up (a vial or tablet is not split); cost = units a year / units per pack x pack price.
 * Loading doses are not counted (steady state), which the schedule text says.
 */
public final class CostCalculator {

    public static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");

    /** The annual cost, or why there is none. */
    public record AnnualCost(BigDecimal amount, String currency, BigDecimal unitsPerYear, String note) {
    }

    private CostCalculator() {
    }

    public static AnnualCost annualCost(Drug drug, Listing listing) {
        if (listing == null || listing.priceAmount == null) {
            return new AnnualCost(null, null, null, "no sourced price for " + drug.inn + " in this country");
        }
        if (drug.doseMg == null || drug.cycleDays == null || drug.administrationsPerCycle == null) {
            return new AnnualCost(null, listing.priceCurrency, null,
                    "dose depends on weight or body surface (" + drug.schedule + "): not costed per year");
        }
        if (listing.unitStrengthMg == null || listing.packUnits == null) {
            return new AnnualCost(null, listing.priceCurrency, null, "price has no unit strength: not costed per year");
        }
        BigDecimal administrations = DAYS_PER_YEAR.divide(BigDecimal.valueOf(drug.cycleDays), MathContext.DECIMAL64)
                .multiply(BigDecimal.valueOf(drug.administrationsPerCycle));
        BigDecimal unitsPerAdministration = drug.doseMg.divide(listing.unitStrengthMg, 0, RoundingMode.CEILING);
        BigDecimal unitsPerYear = administrations.multiply(unitsPerAdministration);
        BigDecimal amount = unitsPerYear.divide(listing.packUnits, MathContext.DECIMAL64).multiply(listing.priceAmount)
                .setScale(2, RoundingMode.HALF_UP);
        return new AnnualCost(amount, listing.priceCurrency, unitsPerYear.setScale(1, RoundingMode.HALF_UP), null);
    }
}
