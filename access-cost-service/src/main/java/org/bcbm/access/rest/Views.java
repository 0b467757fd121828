package org.bcbm.access.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes access-cost-service serves and publishes. */
public final class Views {

    private Views() {
    }

    public record Price(BigDecimal amount, String currency, String per, String source, LocalDate asOf) {
    }

    /** One drug in one country; {@code available} is {@code null} when no source says. */
    public record FormularyEntry(String inn, Boolean available, Boolean registered, Boolean reimbursed,
            Boolean genericAvailable, Boolean onWhoEssentialList, String whoEml, Integer whoEmlYear, Price price,
            String schedule, BigDecimal annualCost, String annualCostCurrency, BigDecimal annualCostUsd,
            String costNote, String source, LocalDate asOf, long version) {
    }

    public record CountryView(String code, String name, String incomeGroup, Integer incomeGroupYear,
            String incomeGroupSource, String tier, String tierSource, Boolean radiotherapyAvailable,
            String radiotherapySource, List<FormularyEntry> formulary, long version) {
    }

    /** The cost and availability of one regimen (all its agents) in one country. */
    public record RegimenCost(String id, Boolean available, String availabilityNote, BigDecimal annualCost,
            String currency, BigDecimal annualCostUsd, Boolean genericAvailable, Boolean onWhoEssentialList,
            String costNote, List<FormularyEntry> agents) {
    }

    public record RegimenCosts(String country, String tier, String tierSource, List<RegimenCost> regimens) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
