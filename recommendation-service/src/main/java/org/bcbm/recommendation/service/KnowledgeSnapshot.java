package org.bcbm.recommendation.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.bcbm.common.contract.Recommendation.EvidenceRef;
import org.bcbm.common.event.v1.ListingChanged.Entry;
import org.bcbm.recommendation.rules.EvidenceRefs;
import org.bcbm.recommendation.rules.Knowledge;

/**
 * One immutable, consistent view of evidence and access, built from their topics: the engine reads it with no
 * database round trip, and a newer snapshot replaces it atomically.
 */
public final class KnowledgeSnapshot implements Knowledge {

    /** Declared before EMPTY, which takes the first serial. */
    private static final AtomicLong SERIALS = new AtomicLong();
    static final KnowledgeSnapshot EMPTY = new KnowledgeSnapshot(Map.of(), Map.of(), Map.of(), Map.of(), Versions.NONE);

    /** The knowledge versions an answer names, and how much of each source the snapshot holds. */
    public record Versions(String evidence, String access) {
        static final Versions NONE = new Versions("none", "none");
    }

    /** Tells snapshots apart without holding on to them: a retried request is answered again from the same one. */
    private final long serial = SERIALS.incrementAndGet();
    private final Map<String, TrialSnapshot> trials;
    /** Each trial's citations, computed once per snapshot rather than once per answer. */
    private final Map<String, CitedEvidence> citations;
    private final Map<String, CountrySnapshot> countries;
    private final Map<String, Entry> listings;
    private final Map<String, DrugSnapshot> drugs;
    private final Versions versions;
    /** Results derived from this snapshot alone, kept while it serves; bounded, as keys come from profiles. */
    private final Map<String, Object> derived = new ConcurrentHashMap<>();
    static final int DERIVED_MAX = 20_000;

    KnowledgeSnapshot(Map<String, TrialSnapshot> trials, Map<String, CountrySnapshot> countries,
            Map<String, Entry> listings, Map<String, DrugSnapshot> drugs, Versions versions) {
        this.trials = Map.copyOf(trials);
        this.citations = this.trials.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        e -> new CitedEvidence(EvidenceRefs.of(e.getValue()))));
        this.countries = Map.copyOf(countries);
        this.listings = Map.copyOf(listings);
        this.drugs = Map.copyOf(drugs);
        this.versions = versions;
    }

    static String listingKey(String country, String inn) {
        return country + ":" + inn;
    }

    @Override
    public Optional<TrialSnapshot> trial(String trialId) {
        return Optional.ofNullable(trials.get(trialId));
    }

    @Override
    public List<EvidenceRef> evidence(String trialId) {
        return citations.getOrDefault(trialId, CitedEvidence.NONE);
    }

    @Override
    public List<EvidenceRef> evidence(List<String> trialIds) {
        if (trialIds.size() == 1) {
            return evidence(trialIds.get(0));
        }
        return derived("evidence|" + String.join("|", trialIds),
                () -> new CitedEvidence(Knowledge.super.evidence(trialIds)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T derived(String key, Supplier<T> compute) {
        Object known = derived.get(key);
        if (known != null) {
            return (T) known;
        }
        T value = compute.get();
        if (value != null && derived.size() < DERIVED_MAX) {
            derived.putIfAbsent(key, value);
        }
        return value;
    }

    @Override
    public Optional<Entry> listing(String country, String inn) {
        return Optional.ofNullable(listings.get(listingKey(country, inn)));
    }

    @Override
    public Optional<CountrySnapshot> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    @Override
    public Optional<DrugSnapshot> drug(String inn) {
        return Optional.ofNullable(drugs.get(inn));
    }

    @Override
    public String evidenceVersion() {
        return versions.evidence();
    }

    @Override
    public String accessVersion() {
        return versions.access();
    }

    /** Every listing on file for one country, by INN (ops: what this replica knows). */
    public Map<String, Entry> listingsIn(String country) {
        String prefix = country + ":";
        Map<String, Entry> out = new TreeMap<>();
        listings.forEach((key, entry) -> {
            if (key.startsWith(prefix)) {
                out.put(entry.inn(), entry);
            }
        });
        return out;
    }

    public long serial() {
        return serial;
    }

    public int trialCount() {
        return trials.size();
    }

    public int countryCount() {
        return countries.size();
    }

    public int listingCount() {
        return listings.size();
    }
}
