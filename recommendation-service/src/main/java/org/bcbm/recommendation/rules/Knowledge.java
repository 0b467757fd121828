package org.bcbm.recommendation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bcbm.common.access.RegimenAccess.Place;
import org.bcbm.common.contract.Recommendation.EvidenceRef;
import org.bcbm.common.event.v1.ListingChanged.Entry;

/** What the engine may know at decision time: snapshots of the evidence and access read models. */
public interface Knowledge {

    Optional<TrialSnapshot> trial(String trialId);

    /**
     * A result that depends only on this knowledge and on what {@code key} names (an access verdict, say): an
     * immutable snapshot may keep it for the next answer that asks; by default it is computed each time.
     */
    default <T> T derived(String key, Supplier<T> compute) {
        return compute.get();
    }

    /** The trial's citations as answers show them; none for a trial the read model lacks. */
    default List<EvidenceRef> evidence(String trialId) {
        return trial(trialId).map(EvidenceRefs::of).orElse(List.of());
    }

    /** The citations of several trials, in the order given. */
    default List<EvidenceRef> evidence(List<String> trialIds) {
        List<EvidenceRef> refs = new ArrayList<>();
        trialIds.forEach(id -> refs.addAll(evidence(id)));
        return refs;
    }

    /** access-cost-service's facts of one drug in one country (availability, price, annual cost), as published. */
    Optional<Entry> listing(String country, String inn);

    Optional<CountrySnapshot> country(String code);

    /** A drug of the catalogue: its WHO EML status and the lowest resource tier at which it is expected. */
    Optional<DrugSnapshot> drug(String inn);

    String evidenceVersion();

    String accessVersion();

    /**
     * One outcome of a trial, as evidence-service published it; {@code mcbsGrade} null and {@code mcbsGradable} false,
     * with the reason, for a result ESMO-MCBS does not grade. {@code effectMeasure} names what {@code hazardRatio}
     * holds, {@code citation} a source without a DOI, {@code sourceKind} (with {@code sourceNote}) whether the figures
     * come from the primary publication; each null when evidence-service did not say.
     */
    record OutcomeSnapshot(String endpoint, String analysis, BigDecimal experimentalMedianMonths,
            BigDecimal controlMedianMonths, BigDecimal hazardRatio, List<BigDecimal> ci95, String pValue,
            String mcbsGrade, String doi, Boolean mcbsGradable, String mcbsNotGradableReason, String effectMeasure,
            String citation, String sourceKind, String sourceNote) {

        public OutcomeSnapshot(String endpoint, String analysis, BigDecimal experimentalMedianMonths,
                BigDecimal controlMedianMonths, BigDecimal hazardRatio, List<BigDecimal> ci95, String pValue,
                String mcbsGrade, String doi, Boolean mcbsGradable, String mcbsNotGradableReason) {
            this(endpoint, analysis, experimentalMedianMonths, controlMedianMonths, hazardRatio, ci95, pValue, mcbsGrade,
                    doi, mcbsGradable, mcbsNotGradableReason, null, null, null, null);
        }
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

    /** A country as access-cost-service published it; {@code ngsAvailable} null when no source says. */
    record CountrySnapshot(String code, String tierSource, Boolean ngsAvailable, Place place) {

        public String name() {
            return place.name();
        }

        public String tier() {
            return place.tier();
        }
    }

    record DrugSnapshot(String inn, String whoEml, String minimumTier) {
    }
}
