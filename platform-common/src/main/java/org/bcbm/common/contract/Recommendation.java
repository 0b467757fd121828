package org.bcbm.common.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bcbm.common.event.v1.ListingChanged;

/**
 * The answer to one patient profile, per the public contract. recommendation-service fills what it decides from
 * its own read models; the gateway adds what evidence-service and access-cost-service know, and says in
 * {@code degraded} which of them did not answer.
 */
public record Recommendation(
        String requestId,
        Instant generatedAt,
        KnowledgeVersion knowledgeVersion,
        String subtype,
        boolean her2Low,
        boolean her2Ultralow,
        String endocrineSensitivity,
        Integer lineOfTherapy,
        List<Option> options,
        List<Contraindication> contraindicated,
        List<RecommendedTest> recommendedTests,
        List<String> missingData,
        List<String> notes,
        boolean partial,
        List<String> degraded,
        String disclaimer) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a Recommendation by field name, so fields of the same type cannot change places. */
    public static final class Builder {
        private String requestId;
        private Instant generatedAt;
        private KnowledgeVersion knowledgeVersion;
        private String subtype;
        private boolean her2Low;
        private boolean her2Ultralow;
        private String endocrineSensitivity;
        private Integer lineOfTherapy;
        private List<Option> options;
        private List<Contraindication> contraindicated;
        private List<RecommendedTest> recommendedTests;
        private List<String> missingData;
        private List<String> notes;
        private boolean partial;
        private List<String> degraded;
        private String disclaimer;

        public Builder requestId(String v) { requestId = v; return this; }
        public Builder generatedAt(Instant v) { generatedAt = v; return this; }
        public Builder knowledgeVersion(KnowledgeVersion v) { knowledgeVersion = v; return this; }
        public Builder subtype(String v) { subtype = v; return this; }
        public Builder her2Low(boolean v) { her2Low = v; return this; }
        public Builder her2Ultralow(boolean v) { her2Ultralow = v; return this; }
        public Builder endocrineSensitivity(String v) { endocrineSensitivity = v; return this; }
        public Builder lineOfTherapy(Integer v) { lineOfTherapy = v; return this; }
        public Builder options(List<Option> v) { options = v; return this; }
        public Builder contraindicated(List<Contraindication> v) { contraindicated = v; return this; }
        public Builder recommendedTests(List<RecommendedTest> v) { recommendedTests = v; return this; }
        public Builder missingData(List<String> v) { missingData = v; return this; }
        public Builder notes(List<String> v) { notes = v; return this; }
        public Builder partial(boolean v) { partial = v; return this; }
        public Builder degraded(List<String> v) { degraded = v; return this; }
        public Builder disclaimer(String v) { disclaimer = v; return this; }

        public Recommendation build() {
            return new Recommendation(requestId, generatedAt, knowledgeVersion, subtype, her2Low, her2Ultralow,
                    endocrineSensitivity, lineOfTherapy, options, contraindicated, recommendedTests, missingData,
                    notes, partial, degraded, disclaimer);
        }
    }

    public Recommendation withOptions(List<Option> newOptions, boolean isPartial, List<String> degradedSources) {
        return new Recommendation(requestId, generatedAt, knowledgeVersion, subtype, her2Low, her2Ultralow,
                endocrineSensitivity, lineOfTherapy, newOptions, contraindicated, recommendedTests, missingData, notes,
                isPartial, degradedSources, disclaimer);
    }

    public record KnowledgeVersion(String evidence, String rules, String access) {
    }

    /** One regimen of one category; {@code rank} 1 is preferred within its category. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Option(
            String id,
            int rank,
            String category,
            String regimen,
            List<Agent> agents,
            String schedule,
            String rationale,
            List<EvidenceRef> evidence,
            List<String> sources,
            Cost cost,
            Access access,
            Boolean firstAvailable,
            List<String> warnings,
            Radiotherapy radiotherapy) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a Option by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private String id;
            private int rank;
            private String category;
            private String regimen;
            private List<Agent> agents;
            private String schedule;
            private String rationale;
            private List<EvidenceRef> evidence;
            private List<String> sources;
            private Cost cost;
            private Access access;
            private Boolean firstAvailable;
            private List<String> warnings;
            private Radiotherapy radiotherapy;

            public Builder id(String v) { id = v; return this; }
            public Builder rank(int v) { rank = v; return this; }
            public Builder category(String v) { category = v; return this; }
            public Builder regimen(String v) { regimen = v; return this; }
            public Builder agents(List<Agent> v) { agents = v; return this; }
            public Builder schedule(String v) { schedule = v; return this; }
            public Builder rationale(String v) { rationale = v; return this; }
            public Builder evidence(List<EvidenceRef> v) { evidence = v; return this; }
            public Builder sources(List<String> v) { sources = v; return this; }
            public Builder cost(Cost v) { cost = v; return this; }
            public Builder access(Access v) { access = v; return this; }
            public Builder firstAvailable(Boolean v) { firstAvailable = v; return this; }
            public Builder warnings(List<String> v) { warnings = v; return this; }
            public Builder radiotherapy(Radiotherapy v) { radiotherapy = v; return this; }

            public Option build() {
                return new Option(id, rank, category, regimen, agents, schedule, rationale, evidence, sources, cost,
                        access, firstAvailable, warnings, radiotherapy);
            }
        }

        public Option withMerged(List<EvidenceRef> newEvidence, Cost newCost, Access newAccess) {
            return new Option(id, rank, category, regimen, agents, schedule, rationale, newEvidence, sources, newCost,
                    newAccess, firstAvailable, warnings, radiotherapy);
        }

        public Option withFirstAvailable(Boolean first) {
            return new Option(id, rank, category, regimen, agents, schedule, rationale, evidence, sources, cost,
                    access, first, warnings, radiotherapy);
        }
    }

    public record Agent(String inn) {
    }

    /**
     * One result of a cited trial; the gateway adds the trial's details when evidence-service answers.
     * {@code mcbsGrade} is absent and {@code mcbsGradable} false, with {@code mcbsNotGradableReason}, when ESMO-MCBS
     * does not grade the result (e.g. not statistically significant, or a rate ratio). Added within v1, each absent
     * when unknown: {@code effectMeasure} names what {@code hazardRatio} and {@code ci95} hold ({@code hazard_ratio}
     * or {@code rate_ratio}); {@code citation} names a source that has no DOI ({@code doi} is then absent);
     * {@code sourceKind} is {@code primary_publication} or {@code secondary}, and a secondary figure names its source
     * in {@code sourceNote}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvidenceRef(
            String trialId,
            String endpoint,
            BigDecimal hazardRatio,
            List<BigDecimal> ci95,
            String mcbsGrade,
            String doi,
            String analysis,
            BigDecimal experimentalMedianMonths,
            BigDecimal controlMedianMonths,
            String pValue,
            String trialName,
            String phase,
            Integer n,
            String population,
            Boolean mcbsGradable,
            String mcbsNotGradableReason,
            String effectMeasure,
            String citation,
            String sourceKind,
            String sourceNote) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds an evidence row by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private String trialId;
            private String endpoint;
            private BigDecimal hazardRatio;
            private List<BigDecimal> ci95;
            private String mcbsGrade;
            private String doi;
            private String analysis;
            private BigDecimal experimentalMedianMonths;
            private BigDecimal controlMedianMonths;
            private String pValue;
            private String trialName;
            private String phase;
            private Integer n;
            private String population;
            private Boolean mcbsGradable;
            private String mcbsNotGradableReason;
            private String effectMeasure;
            private String citation;
            private String sourceKind;
            private String sourceNote;

            public Builder trialId(String v) { trialId = v; return this; }
            public Builder endpoint(String v) { endpoint = v; return this; }
            public Builder hazardRatio(BigDecimal v) { hazardRatio = v; return this; }
            public Builder ci95(List<BigDecimal> v) { ci95 = v; return this; }
            public Builder mcbsGrade(String v) { mcbsGrade = v; return this; }
            public Builder doi(String v) { doi = v; return this; }
            public Builder analysis(String v) { analysis = v; return this; }
            public Builder experimentalMedianMonths(BigDecimal v) { experimentalMedianMonths = v; return this; }
            public Builder controlMedianMonths(BigDecimal v) { controlMedianMonths = v; return this; }
            public Builder pValue(String v) { pValue = v; return this; }
            public Builder trialName(String v) { trialName = v; return this; }
            public Builder phase(String v) { phase = v; return this; }
            public Builder n(Integer v) { n = v; return this; }
            public Builder population(String v) { population = v; return this; }
            public Builder mcbsGradable(Boolean v) { mcbsGradable = v; return this; }
            public Builder mcbsNotGradableReason(String v) { mcbsNotGradableReason = v; return this; }
            public Builder effectMeasure(String v) { effectMeasure = v; return this; }
            public Builder citation(String v) { citation = v; return this; }
            public Builder sourceKind(String v) { sourceKind = v; return this; }
            public Builder sourceNote(String v) { sourceNote = v; return this; }

            public EvidenceRef build() {
                return new EvidenceRef(trialId, endpoint, hazardRatio, ci95, mcbsGrade, doi, analysis,
                        experimentalMedianMonths, controlMedianMonths, pValue, trialName, phase, n, population,
                        mcbsGradable, mcbsNotGradableReason, effectMeasure, citation, sourceKind, sourceNote);
            }
        }
    }

    /** Annual cost of the regimen in the patient's country, in the currency of its sources. */
    public record Cost(String currency, BigDecimal annualCost, BigDecimal annualCostUsd, Boolean genericAvailable,
            Boolean onWhoEssentialList, String note, List<AgentPrice> prices, Affordability affordability) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a Cost by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private String currency;
            private BigDecimal annualCost;
            private BigDecimal annualCostUsd;
            private Boolean genericAvailable;
            private Boolean onWhoEssentialList;
            private String note;
            private List<AgentPrice> prices;
            private Affordability affordability;

            public Builder currency(String v) { currency = v; return this; }
            public Builder annualCost(BigDecimal v) { annualCost = v; return this; }
            public Builder annualCostUsd(BigDecimal v) { annualCostUsd = v; return this; }
            public Builder genericAvailable(Boolean v) { genericAvailable = v; return this; }
            public Builder onWhoEssentialList(Boolean v) { onWhoEssentialList = v; return this; }
            public Builder note(String v) { note = v; return this; }
            public Builder prices(List<AgentPrice> v) { prices = v; return this; }
            public Builder affordability(Affordability v) { affordability = v; return this; }

            public Cost build() {
                return new Cost(currency, annualCost, annualCostUsd, genericAvailable, onWhoEssentialList, note,
                        prices, affordability);
            }
        }
    }

    /**
     * Annual cost in USD as a share of the country's GNI per capita; {@code catastrophic} above 10 % (SDG 3.8.2).
     * Absent when the cost or a sourced GNI per capita is missing.
     */
    public record Affordability(BigDecimal shareOfGniPerCapita, Boolean catastrophic, BigDecimal gniPerCapitaUsd,
            Integer gniYear, String gniSource) {

        /** The access rule's affordability (an event's), in the contract's shape; null stays null. */
        public static Affordability of(ListingChanged.Affordability a) {
            return a == null ? null : new Affordability(a.shareOfGniPerCapita(), a.catastrophic(), a.gniPerCapitaUsd(),
                    a.gniYear(), a.gniSource());
        }
    }

    public record AgentPrice(String inn, BigDecimal amount, String currency, String per, String source, String asOf,
            BigDecimal annualCost) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a AgentPrice by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private String inn;
            private BigDecimal amount;
            private String currency;
            private String per;
            private String source;
            private String asOf;
            private BigDecimal annualCost;

            public Builder inn(String v) { inn = v; return this; }
            public Builder amount(BigDecimal v) { amount = v; return this; }
            public Builder currency(String v) { currency = v; return this; }
            public Builder per(String v) { per = v; return this; }
            public Builder source(String v) { source = v; return this; }
            public Builder asOf(String v) { asOf = v; return this; }
            public Builder annualCost(BigDecimal v) { annualCost = v; return this; }

            public AgentPrice build() {
                return new AgentPrice(inn, amount, currency, per, source, asOf, annualCost);
            }
        }
    }

    /**
     * {@code available}: true, false, or null when no source says. {@code expectedAtTier}: whether the resource
     * tier's rule expects it (a rule, never shown as availability); null when the tier or the rule is unknown.
     */
    public record Access(Boolean available, String note, Boolean expectedAtTier) {

        public Access(Boolean available, String note) {
            this(available, note, null);
        }
    }

    /**
     * Within each category, the first option by rank that can be had: where a source says available; failing any
     * such option in the category, the first the resource tier's rule expects.
     */
    public static List<Option> markFirstAvailable(List<Option> options) {
        Map<String, Option> first = new HashMap<>();
        for (Option o : options) {
            if (o.access() != null && Boolean.TRUE.equals(o.access().available())) {
                first.putIfAbsent(o.category(), o);
            }
        }
        for (Option o : options) {
            if (!first.containsKey(o.category()) && o.access() != null && o.access().available() == null
                    && Boolean.TRUE.equals(o.access().expectedAtTier())) {
                first.put(o.category(), o);
            }
        }
        return options.stream().map(o -> o.withFirstAvailable(first.get(o.category()) == o ? Boolean.TRUE : null))
                .toList();
    }

    public record Radiotherapy(int doseGy, int fractions) {
    }

    public record Contraindication(String inn, String reason) {
    }

    public record RecommendedTest(String test, String reason) {
    }
}
