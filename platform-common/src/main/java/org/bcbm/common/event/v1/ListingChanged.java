package org.bcbm.common.event.v1;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * access.events, aggregate {@code listing} (id {@code COUNTRY:inn}): one drug in one country, with the cost and
 * availability access-cost-service computed for it. {@code available} is null where no source says.
 */
public record ListingChanged(String country, Entry listing) {

    public static final String TYPE = "ListingChanged";
    public static final String AGGREGATE = "listing";

    public record Price(BigDecimal amount, String currency, String per, String source, LocalDate asOf) {
    }

    /** The dated rate a local-currency cost was converted to USD with. */
    public record UsdRate(String currency, BigDecimal usdPerUnit, LocalDate asOf, String source) {
    }

    /** Annual cost as a share of GNI per capita; {@code catastrophic} above 10 % (SDG 3.8.2). */
    public record Affordability(BigDecimal shareOfGniPerCapita, boolean catastrophic, BigDecimal gniPerCapitaUsd,
            Integer gniYear, String gniSource) {
    }

    public record Entry(String inn, Boolean available, Boolean registered, Boolean reimbursed,
            Boolean genericAvailable, Boolean onWhoEssentialList, Price price, String schedule, BigDecimal annualCost,
            String annualCostCurrency, BigDecimal annualCostUsd, UsdRate usdRate, String costNote,
            Boolean expectedAtTier, Affordability affordability, String source, LocalDate asOf, long version) {
    }
}
