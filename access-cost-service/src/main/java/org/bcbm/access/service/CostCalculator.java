package org.bcbm.access.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.bcbm.access.Listing;
import org.bcbm.common.regimen.AgentSchedule;

/**
 * Annual cost of one drug in one country from its standard schedule ({@code AgentSchedules}) and its unit price.
 *
 * <p>administrations a year = 365.25 / cycle days x administrations per cycle; units per administration =
 * dose / unit strength rounded up (a vial or tablet is not split); cost = units a year / units per pack x pack price.
 * Loading doses are not counted (steady state), which the schedule's costing note says.
 */
public final class CostCalculator {

    public static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");

    /** The annual cost, or why there is none. */
    public record AnnualCost(BigDecimal amount, String currency, BigDecimal unitsPerYear, String note) {
    }

    private CostCalculator() {
    }

    /** {@code schedule} is null for an agent without a standard schedule (investigational). */
    public static AnnualCost annualCost(String inn, AgentSchedule schedule, Listing listing) {
        if (listing == null || listing.priceAmount == null) {
            return new AnnualCost(null, null, null, "no sourced price for " + inn + " in this country"
                    + (listing == null || listing.withheldPrice == null ? "" : " (the last one, " + listing.withheldPrice + ")"));
        }
        if (schedule == null) {
            return new AnnualCost(null, listing.priceCurrency, null,
                    "no standard schedule for " + inn + " (investigational): not costed per year");
        }
        if (!schedule.costable()) {
            return new AnnualCost(null, listing.priceCurrency, null,
                    "dose depends on weight, body surface or renal function (" + schedule.described()
                            + "): not costed per year");
        }
        if (listing.unitStrengthMg == null || listing.packUnits == null) {
            return new AnnualCost(null, listing.priceCurrency, null, "price has no unit strength: not costed per year");
        }
        BigDecimal administrations = DAYS_PER_YEAR.divide(BigDecimal.valueOf(schedule.cycleDays()), MathContext.DECIMAL64)
                .multiply(BigDecimal.valueOf(schedule.administrationsPerCycle()));
        BigDecimal unitsPerAdministration = schedule.doseMg().divide(listing.unitStrengthMg, 0, RoundingMode.CEILING);
        BigDecimal unitsPerYear = administrations.multiply(unitsPerAdministration);
        BigDecimal amount = unitsPerYear.divide(listing.packUnits, MathContext.DECIMAL64).multiply(listing.priceAmount)
                .setScale(2, RoundingMode.HALF_UP);
        return new AnnualCost(amount, listing.priceCurrency, unitsPerYear.setScale(1, RoundingMode.HALF_UP), null);
    }
}
