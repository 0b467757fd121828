package org.bcbm.common.contract.access;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bcbm.common.contract.Recommendation.Affordability;

/** The public answers about access and cost: what access-cost-service serves and the gateway passes on, one definition for both. */
public final class AccessViews {

    private AccessViews() {
    }

    /** A listed price: amount and currency per pack or unit, with its source and date. */
    public record Price(BigDecimal amount, String currency, String per, String source, LocalDate asOf) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a Price by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private BigDecimal amount;
            private String currency;
            private String per;
            private String source;
            private LocalDate asOf;

            public Builder amount(BigDecimal v) { amount = v; return this; }
            public Builder currency(String v) { currency = v; return this; }
            public Builder per(String v) { per = v; return this; }
            public Builder source(String v) { source = v; return this; }
            public Builder asOf(LocalDate v) { asOf = v; return this; }

            public Price build() {
                return new Price(amount, currency, per, source, asOf);
            }
        }
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

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a FormularyEntry by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private String inn;
            private String atcCode;
            private String formulations;
            private String formulationsSource;
            private Boolean available;
            private Boolean registered;
            private Boolean reimbursed;
            private Boolean genericAvailable;
            private Boolean onWhoEssentialList;
            private String whoEml;
            private Integer whoEmlYear;
            private String whoEmlIndication;
            private Boolean genericExists;
            private String genericSource;
            private Price price;
            private String schedule;
            private String scheduleSource;
            private BigDecimal annualCost;
            private String annualCostCurrency;
            private BigDecimal annualCostUsd;
            private UsdRate usdRate;
            private String costNote;
            private Boolean expectedAtTier;
            private String minimumTier;
            private String requiresTest;
            private Affordability affordability;
            private String source;
            private LocalDate asOf;
            private long version;

            public Builder inn(String v) { inn = v; return this; }
            public Builder atcCode(String v) { atcCode = v; return this; }
            public Builder formulations(String v) { formulations = v; return this; }
            public Builder formulationsSource(String v) { formulationsSource = v; return this; }
            public Builder available(Boolean v) { available = v; return this; }
            public Builder registered(Boolean v) { registered = v; return this; }
            public Builder reimbursed(Boolean v) { reimbursed = v; return this; }
            public Builder genericAvailable(Boolean v) { genericAvailable = v; return this; }
            public Builder onWhoEssentialList(Boolean v) { onWhoEssentialList = v; return this; }
            public Builder whoEml(String v) { whoEml = v; return this; }
            public Builder whoEmlYear(Integer v) { whoEmlYear = v; return this; }
            public Builder whoEmlIndication(String v) { whoEmlIndication = v; return this; }
            public Builder genericExists(Boolean v) { genericExists = v; return this; }
            public Builder genericSource(String v) { genericSource = v; return this; }
            public Builder price(Price v) { price = v; return this; }
            public Builder schedule(String v) { schedule = v; return this; }
            public Builder scheduleSource(String v) { scheduleSource = v; return this; }
            public Builder annualCost(BigDecimal v) { annualCost = v; return this; }
            public Builder annualCostCurrency(String v) { annualCostCurrency = v; return this; }
            public Builder annualCostUsd(BigDecimal v) { annualCostUsd = v; return this; }
            public Builder usdRate(UsdRate v) { usdRate = v; return this; }
            public Builder costNote(String v) { costNote = v; return this; }
            public Builder expectedAtTier(Boolean v) { expectedAtTier = v; return this; }
            public Builder minimumTier(String v) { minimumTier = v; return this; }
            public Builder requiresTest(String v) { requiresTest = v; return this; }
            public Builder affordability(Affordability v) { affordability = v; return this; }
            public Builder source(String v) { source = v; return this; }
            public Builder asOf(LocalDate v) { asOf = v; return this; }
            public Builder version(long v) { version = v; return this; }

            public FormularyEntry build() {
                return new FormularyEntry(inn, atcCode, formulations, formulationsSource, available, registered,
                        reimbursed, genericAvailable, onWhoEssentialList, whoEml, whoEmlYear, whoEmlIndication,
                        genericExists, genericSource, price, schedule, scheduleSource, annualCost,
                        annualCostCurrency, annualCostUsd, usdRate, costNote, expectedAtTier, minimumTier,
                        requiresTest, affordability, source, asOf, version);
            }
        }
    }

    /** The dated rate a local-currency cost was converted to USD with. */
    public record UsdRate(String currency, BigDecimal usdPerUnit, LocalDate asOf, String source) {
    }


    /** One diagnostic: what a source says (null = nothing on file) and what the tier's rule expects. */
    public record Diagnostic(Boolean available, Boolean expectedAtTier) {
    }

    /** HER2 by IHC and ISH, NGS/ctDNA for PIK3CA, ESR1, AKT1, PTEN. */
    public record Diagnostics(Diagnostic ihc, Diagnostic ish, Diagnostic ngs, String source, LocalDate asOf) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a Diagnostics by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private Diagnostic ihc;
            private Diagnostic ish;
            private Diagnostic ngs;
            private String source;
            private LocalDate asOf;

            public Builder ihc(Diagnostic v) { ihc = v; return this; }
            public Builder ish(Diagnostic v) { ish = v; return this; }
            public Builder ngs(Diagnostic v) { ngs = v; return this; }
            public Builder source(String v) { source = v; return this; }
            public Builder asOf(LocalDate v) { asOf = v; return this; }

            public Diagnostics build() {
                return new Diagnostics(ihc, ish, ngs, source, asOf);
            }
        }
    }

    /** A country: income group, resource tier, diagnostics, coverage, radiotherapy, GNI per capita and its formulary. */
    public record CountryView(String code, String name, String incomeGroup, Integer incomeGroupYear,
            String incomeGroupSource, String tier, String tierSource, String tierOverrideReason,
            Diagnostics diagnostics, String publicCoverage, String publicCoverageSource,
            Boolean radiotherapyAvailable, String radiotherapySource, BigDecimal gniPerCapitaUsd,
            Integer gniPerCapitaYear, String gniPerCapitaSource, List<FormularyEntry> formulary, long version) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a CountryView by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private String code;
            private String name;
            private String incomeGroup;
            private Integer incomeGroupYear;
            private String incomeGroupSource;
            private String tier;
            private String tierSource;
            private String tierOverrideReason;
            private Diagnostics diagnostics;
            private String publicCoverage;
            private String publicCoverageSource;
            private Boolean radiotherapyAvailable;
            private String radiotherapySource;
            private BigDecimal gniPerCapitaUsd;
            private Integer gniPerCapitaYear;
            private String gniPerCapitaSource;
            private List<FormularyEntry> formulary;
            private long version;

            public Builder code(String v) { code = v; return this; }
            public Builder name(String v) { name = v; return this; }
            public Builder incomeGroup(String v) { incomeGroup = v; return this; }
            public Builder incomeGroupYear(Integer v) { incomeGroupYear = v; return this; }
            public Builder incomeGroupSource(String v) { incomeGroupSource = v; return this; }
            public Builder tier(String v) { tier = v; return this; }
            public Builder tierSource(String v) { tierSource = v; return this; }
            public Builder tierOverrideReason(String v) { tierOverrideReason = v; return this; }
            public Builder diagnostics(Diagnostics v) { diagnostics = v; return this; }
            public Builder publicCoverage(String v) { publicCoverage = v; return this; }
            public Builder publicCoverageSource(String v) { publicCoverageSource = v; return this; }
            public Builder radiotherapyAvailable(Boolean v) { radiotherapyAvailable = v; return this; }
            public Builder radiotherapySource(String v) { radiotherapySource = v; return this; }
            public Builder gniPerCapitaUsd(BigDecimal v) { gniPerCapitaUsd = v; return this; }
            public Builder gniPerCapitaYear(Integer v) { gniPerCapitaYear = v; return this; }
            public Builder gniPerCapitaSource(String v) { gniPerCapitaSource = v; return this; }
            public Builder formulary(List<FormularyEntry> v) { formulary = v; return this; }
            public Builder version(long v) { version = v; return this; }

            public CountryView build() {
                return new CountryView(code, name, incomeGroup, incomeGroupYear, incomeGroupSource, tier, tierSource,
                        tierOverrideReason, diagnostics, publicCoverage, publicCoverageSource, radiotherapyAvailable,
                        radiotherapySource, gniPerCapitaUsd, gniPerCapitaYear, gniPerCapitaSource, formulary,
                        version);
            }
        }
    }

    /** The cost and availability of one regimen (all its agents) in one country. */
    public record RegimenCost(String id, Boolean available, String availabilityNote, Boolean expectedAtTier,
            BigDecimal annualCost, String currency, BigDecimal annualCostUsd, Affordability affordability,
            Boolean genericAvailable, Boolean onWhoEssentialList, String costNote, List<FormularyEntry> agents) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a RegimenCost by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private String id;
            private Boolean available;
            private String availabilityNote;
            private Boolean expectedAtTier;
            private BigDecimal annualCost;
            private String currency;
            private BigDecimal annualCostUsd;
            private Affordability affordability;
            private Boolean genericAvailable;
            private Boolean onWhoEssentialList;
            private String costNote;
            private List<FormularyEntry> agents;

            public Builder id(String v) { id = v; return this; }
            public Builder available(Boolean v) { available = v; return this; }
            public Builder availabilityNote(String v) { availabilityNote = v; return this; }
            public Builder expectedAtTier(Boolean v) { expectedAtTier = v; return this; }
            public Builder annualCost(BigDecimal v) { annualCost = v; return this; }
            public Builder currency(String v) { currency = v; return this; }
            public Builder annualCostUsd(BigDecimal v) { annualCostUsd = v; return this; }
            public Builder affordability(Affordability v) { affordability = v; return this; }
            public Builder genericAvailable(Boolean v) { genericAvailable = v; return this; }
            public Builder onWhoEssentialList(Boolean v) { onWhoEssentialList = v; return this; }
            public Builder costNote(String v) { costNote = v; return this; }
            public Builder agents(List<FormularyEntry> v) { agents = v; return this; }

            public RegimenCost build() {
                return new RegimenCost(id, available, availabilityNote, expectedAtTier, annualCost, currency,
                        annualCostUsd, affordability, genericAvailable, onWhoEssentialList, costNote, agents);
            }
        }
    }

    /** The costs of many regimens in one country, with the country's tier. */
    public record RegimenCosts(String country, String tier, String tierSource, List<RegimenCost> regimens) {
    }
}
