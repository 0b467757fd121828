package org.bcbm.access.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes access-cost-service serves over REST; events carry the v1 payload types instead. */
public final class Views {

    private Views() {
    }

    public record Price(BigDecimal amount, String currency, String per, String source, LocalDate asOf) {
    }

    /**
     * One drug in one country; {@code available} is {@code null} when no source says. {@code expectedAtTier} is the
     * tier rule's expectation (never shown as availability); {@code affordability} needs a USD cost and a sourced
     * GNI per capita.
     */
    public record FormularyEntry(String inn, String atcCode, String formulations, String formulationsSource,
            Boolean available, Boolean registered, Boolean reimbursed,
            Boolean genericAvailable, Boolean onWhoEssentialList, String whoEml, Integer whoEmlYear,
            String whoEmlIndication, Boolean genericExists, String genericSource, Price price,
            String schedule, String scheduleSource, BigDecimal annualCost, String annualCostCurrency, BigDecimal annualCostUsd,
            UsdRate usdRate, String costNote, Boolean expectedAtTier, String minimumTier, String requiresTest,
            Affordability affordability, String source, LocalDate asOf, long version) {
    }

    /** The dated rate a local-currency cost was converted to USD with. */
    public record UsdRate(String currency, BigDecimal usdPerUnit, LocalDate asOf, String source) {
    }

    /**
     * Annual cost as a share of GNI per capita; {@code catastrophic} when above 10 %, the SDG 3.8.2 threshold for
     * household health spending (GNI per capita stands in for household consumption).
     */
    public record Affordability(BigDecimal shareOfGniPerCapita, boolean catastrophic, BigDecimal gniPerCapitaUsd,
            Integer gniYear, String gniSource) {
    }

    /** One diagnostic: what a source says (null = nothing on file) and what the tier's rule expects. */
    public record Diagnostic(Boolean available, Boolean expectedAtTier) {
    }

    /** HER2 by IHC and ISH, NGS/ctDNA for PIK3CA, ESR1, AKT1, PTEN. */
    public record Diagnostics(Diagnostic ihc, Diagnostic ish, Diagnostic ngs, String source, LocalDate asOf) {
    }

    public record CountryView(String code, String name, String incomeGroup, Integer incomeGroupYear,
            String incomeGroupSource, String tier, String tierSource, String tierOverrideReason,
            Diagnostics diagnostics, String publicCoverage, String publicCoverageSource,
            Boolean radiotherapyAvailable, String radiotherapySource, BigDecimal gniPerCapitaUsd,
            Integer gniPerCapitaYear, String gniPerCapitaSource, List<FormularyEntry> formulary, long version) {
    }

    /** The cost and availability of one regimen (all its agents) in one country. */
    public record RegimenCost(String id, Boolean available, String availabilityNote, Boolean expectedAtTier,
            BigDecimal annualCost, String currency, BigDecimal annualCostUsd, Affordability affordability,
            Boolean genericAvailable, Boolean onWhoEssentialList, String costNote, List<FormularyEntry> agents) {
    }

    public record RegimenCosts(String country, String tier, String tierSource, List<RegimenCost> regimens) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
