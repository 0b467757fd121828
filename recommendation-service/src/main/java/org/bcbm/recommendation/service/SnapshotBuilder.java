package org.bcbm.recommendation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bcbm.common.access.RegimenAccess.Gni;
import org.bcbm.common.access.RegimenAccess.Place;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.common.event.v1.CountryChanged;
import org.bcbm.common.event.v1.DrugChanged;
import org.bcbm.common.event.v1.ListingChanged;
import org.bcbm.common.event.v1.ListingChanged.Entry;
import org.bcbm.common.event.v1.TreatmentChanged;
import org.bcbm.common.event.v1.TrialChanged;
import org.bcbm.common.evidence.McbsGradability;
import org.bcbm.recommendation.rules.Knowledge.CountrySnapshot;
import org.bcbm.recommendation.rules.Knowledge.Design;
import org.bcbm.recommendation.rules.Knowledge.DrugSnapshot;
import org.bcbm.recommendation.rules.Knowledge.OutcomeSnapshot;
import org.bcbm.recommendation.rules.Knowledge.TrialSnapshot;

/**
 * The mutable state one feed thread folds events into. Each aggregate keeps its highest version, so a redelivered or
 * older event changes nothing and replays in any order converge; {@link #build()} freezes it into a snapshot.
 */
public final class SnapshotBuilder {

    /** A value with the aggregate version it came from. */
    record Versioned<T>(long version, T value) {
    }

    private final Map<String, Versioned<TrialSnapshot>> trials = new HashMap<>();
    private final Map<String, Versioned<CountrySnapshot>> countries = new HashMap<>();
    private final Map<String, Versioned<Entry>> listings = new HashMap<>();
    private final Map<String, Versioned<DrugSnapshot>> drugs = new HashMap<>();
    private long evidenceOrdinal = -1;
    private Instant accessAsOf;

    /**
     * Folds one event in.
     *
     * @return true when it changed what the snapshot holds
     * @throws UnreadableEventException when the payload does not match its v1 type (poison: never retried)
     */
    public boolean apply(EventEnvelope e, ObjectMapper mapper) {
        long v = e.aggregateVersion();
        return switch (e.aggregateType()) {
            case TrialChanged.AGGREGATE -> {
                TrialChanged p = read(e, TrialChanged.class, mapper);
                if (p.trial() == null || p.trial().trialId() == null) {
                    throw new UnreadableEventException("TrialChanged without trial.trialId");
                }
                evidenceOrdinal = Math.max(evidenceOrdinal, p.knowledgeVersion());
                yield put(trials, p.trial().trialId(), v, trial(p.trial()));
            }
            case TreatmentChanged.AGGREGATE -> {
                TreatmentChanged p = read(e, TreatmentChanged.class, mapper);
                evidenceOrdinal = Math.max(evidenceOrdinal, p.knowledgeVersion());
                yield false; // the engine's rules name their agents; the catalogue entry adds nothing to a decision
            }
            case CountryChanged.AGGREGATE -> {
                CountryChanged p = read(e, CountryChanged.class, mapper);
                accessSeen(e);
                Place place = new Place(p.name(), p.tier(), p.radiotherapyAvailable(), p.radiotherapySource(),
                        p.gniPerCapitaUsd() == null ? null
                                : new Gni(p.gniPerCapitaUsd(), p.gniPerCapitaYear(), p.gniPerCapitaSource()));
                yield put(countries, e.aggregateId(), v, new CountrySnapshot(p.code(), p.tierSource(),
                        p.ngsAvailable(), place));
            }
            case DrugChanged.AGGREGATE -> {
                DrugChanged p = read(e, DrugChanged.class, mapper);
                accessSeen(e);
                yield put(drugs, p.inn(), v, new DrugSnapshot(p.inn(), p.whoEml(), p.minimumTier()));
            }
            case ListingChanged.AGGREGATE -> {
                ListingChanged p = read(e, ListingChanged.class, mapper);
                if (p.country() == null || p.listing() == null || p.listing().inn() == null) {
                    throw new UnreadableEventException("ListingChanged without country or listing.inn");
                }
                accessSeen(e);
                yield put(listings, KnowledgeSnapshot.listingKey(p.country(), p.listing().inn()), v, p.listing());
            }
            default -> false; // another aggregate on the same topic: not knowledge the rules read
        };
    }

    /** Takes every aggregate the other builder holds at a newer version; keeps what only this one holds. */
    public void mergeNewer(SnapshotBuilder other) {
        other.trials.forEach((k, val) -> put(trials, k, val.version(), val.value()));
        other.countries.forEach((k, val) -> put(countries, k, val.version(), val.value()));
        other.listings.forEach((k, val) -> put(listings, k, val.version(), val.value()));
        other.drugs.forEach((k, val) -> put(drugs, k, val.version(), val.value()));
        evidenceOrdinal = Math.max(evidenceOrdinal, other.evidenceOrdinal);
        if (other.accessAsOf != null && (accessAsOf == null || other.accessAsOf.isAfter(accessAsOf))) {
            accessAsOf = other.accessAsOf;
        }
    }

    public KnowledgeSnapshot build() {
        return new KnowledgeSnapshot(values(trials), values(countries), values(listings), values(drugs),
                new KnowledgeSnapshot.Versions(evidenceOrdinal < 0 ? "none" : "evidence-v" + evidenceOrdinal,
                        accessAsOf == null ? "none" : "access@" + accessAsOf));
    }

    private void accessSeen(EventEnvelope e) {
        // access-cost-service has no global counter: its knowledge is as new as the newest event applied
        if (accessAsOf == null || e.occurredAt().isAfter(accessAsOf)) {
            accessAsOf = e.occurredAt();
        }
    }

    private static <T> boolean put(Map<String, Versioned<T>> map, String key, long version, T value) {
        Versioned<T> current = map.get(key);
        if (current != null && current.version() >= version) {
            return false;
        }
        map.put(key, new Versioned<>(version, value));
        return true;
    }

    private static <T> Map<String, T> values(Map<String, Versioned<T>> map) {
        Map<String, T> out = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, v.value()));
        return out;
    }

    private static TrialSnapshot trial(TrialChanged.Trial t) {
        List<OutcomeSnapshot> outcomes = t.outcomes() == null ? List.of() : t.outcomes().stream()
                .map(SnapshotBuilder::outcome).toList();
        return new TrialSnapshot(t.trialId(), t.name(), t.doi(), outcomes, new Design(t.phase(), t.n(), t.population()));
    }

    /**
     * An outcome as published, except that a result ESMO-MCBS does not grade never carries a grade: evidence-service
     * says so itself, and for events written before it did (they stay on the compacted topic) the same shared rule
     * decides here from the effect measure, p value and CI they carry.
     */
    static OutcomeSnapshot outcome(TrialChanged.Outcome o) {
        String reason = Boolean.FALSE.equals(o.mcbsGradable()) ? o.mcbsNotGradableReason() : null;
        if (reason == null && (o.mcbsForm() != null || o.mcbsGrade() != null)) {
            BigDecimal upper = o.ci95() == null || o.ci95().size() != 2 ? null : o.ci95().get(1);
            reason = McbsGradability.whyNotGradable(o.effectMeasure(), o.pValue(), upper).orElse(null);
        }
        if (reason == null && Boolean.FALSE.equals(o.mcbsGradable())) {
            reason = "not gradable on ESMO-MCBS (evidence-service gave no reason)";
        }
        String grade = reason == null ? o.mcbsGrade() : null;
        Boolean gradable = reason != null ? Boolean.FALSE : grade != null ? Boolean.TRUE : null;
        return new OutcomeSnapshot(/* endpoint */ o.endpoint(), /* analysis */ o.analysis(),
                /* experimentalMedianMonths */ o.experimentalMedianMonths(),
                /* controlMedianMonths */ o.controlMedianMonths(), /* hazardRatio */ o.hazardRatio(),
                /* ci95 */ o.ci95(), /* pValue */ o.pValue(), /* mcbsGrade */ grade, /* doi */ o.doi(),
                /* mcbsGradable */ gradable, /* mcbsNotGradableReason */ reason,
                /* effectMeasure */ o.effectMeasure(), /* citation */ o.citation(), /* sourceKind */ o.sourceKind(),
                /* sourceNote */ o.sourceNote());
    }

    private static <T> T read(EventEnvelope e, Class<T> type, ObjectMapper mapper) {
        try {
            T value = mapper.treeToValue(e.payload(), type);
            if (value == null) {
                throw new UnreadableEventException(e.type() + " has no payload");
            }
            return value;
        } catch (JsonProcessingException ex) {
            throw new UnreadableEventException(e.type() + " does not match " + type.getSimpleName() + ": "
                    + ex.getOriginalMessage(), ex);
        } catch (IllegalArgumentException ex) {
            throw new UnreadableEventException(e.type() + " does not match " + type.getSimpleName(), ex);
        }
    }

    /** A record that can never be applied, whatever the retries: it goes to the dead-letter topic. */
    public static final class UnreadableEventException extends RuntimeException {

        public UnreadableEventException(String message) {
            super(message);
        }

        public UnreadableEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
