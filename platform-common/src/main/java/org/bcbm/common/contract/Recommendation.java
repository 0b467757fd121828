package org.bcbm.common.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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

    /** One result of a cited trial; the gateway adds the trial's details when evidence-service answers. */
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
            String population) {
    }

    /** Annual cost of the regimen in the patient's country, in the currency of its sources. */
    public record Cost(String currency, BigDecimal annualCost, BigDecimal annualCostUsd, Boolean genericAvailable,
            Boolean onWhoEssentialList, String note, List<AgentPrice> prices) {
    }

    public record AgentPrice(String inn, BigDecimal amount, String currency, String per, String source, String asOf,
            BigDecimal annualCost) {
    }

    /** {@code available}: true, false, or null when no source says. */
    public record Access(Boolean available, String note) {
    }

    public record Radiotherapy(int doseGy, int fractions) {
    }

    public record Contraindication(String inn, String reason) {
    }

    public record RecommendedTest(String test, String reason) {
    }
}
