package org.bcbm.recommendation.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What the engine may know at decision time: snapshots of the evidence and access read models. */
public interface Knowledge {

    Optional<TrialSnapshot> trial(String trialId);

    Optional<ListingSnapshot> listing(String country, String inn);

    Optional<CountrySnapshot> country(String code);

    /** The lowest resource tier at which the drug is expected deliverable (access-cost-service's tier rule). */
    Optional<String> minimumTier(String inn);

    String evidenceVersion();

    String accessVersion();

    /** One outcome of a trial, as evidence-service published it. */
    record OutcomeSnapshot(String endpoint, String analysis, BigDecimal experimentalMedianMonths,
            BigDecimal controlMedianMonths, BigDecimal hazardRatio, List<BigDecimal> ci95, String pValue,
            String mcbsGrade, String doi) {
    }

    /** A cited trial with what a reader needs to judge it: its design facts travel with its outcomes. */
    record TrialSnapshot(String trialId, String name, String doi, List<OutcomeSnapshot> outcomes, Design design) {

        public TrialSnapshot(String trialId, String name, String doi, List<OutcomeSnapshot> outcomes) {
            this(trialId, name, doi, outcomes, null);
        }
    }

    /** Phase, size and population of a trial, as evidence-service published them. */
    record Design(String phase, Integer n, String population) {
    }

    /** Whether a drug can be had in a country; {@code available} null = no source says. */
    record ListingSnapshot(String country, String inn, Boolean available, String source) {
    }

    /** {@code ngsAvailable}, {@code radiotherapyAvailable}: null when no source says. */
    record CountrySnapshot(String code, String name, String tier, String tierSource, Boolean radiotherapyAvailable,
            Boolean ngsAvailable) {
    }
}
