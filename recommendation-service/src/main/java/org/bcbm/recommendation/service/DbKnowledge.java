package org.bcbm.recommendation.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bcbm.recommendation.repository.ReadModelRepository;
import org.bcbm.recommendation.rules.Knowledge;

/** The read models seen through the engine's {@link Knowledge} port, memoised for one request. */
final class DbKnowledge implements Knowledge {

    private final ReadModelRepository readModels;
    private final Map<String, Optional<TrialSnapshot>> trials = new HashMap<>();
    private final Map<String, Optional<ListingSnapshot>> listings = new HashMap<>();
    private final Map<String, Optional<CountrySnapshot>> countries = new HashMap<>();
    private final Map<String, Optional<String>> tiers = new HashMap<>();
    private final String evidenceVersion;
    private final String accessVersion;

    DbKnowledge(ReadModelRepository readModels) {
        this.readModels = readModels;
        this.evidenceVersion = readModels.knowledgeVersion("evidence").orElse("none");
        this.accessVersion = readModels.knowledgeVersion("access").orElse("none");
    }

    @Override
    public Optional<TrialSnapshot> trial(String trialId) {
        return trials.computeIfAbsent(trialId, readModels::trial);
    }

    @Override
    public Optional<ListingSnapshot> listing(String country, String inn) {
        return listings.computeIfAbsent(country + ":" + inn, k -> readModels.listing(country, inn));
    }

    @Override
    public Optional<CountrySnapshot> country(String code) {
        return countries.computeIfAbsent(code, readModels::country);
    }

    @Override
    public Optional<String> minimumTier(String inn) {
        return tiers.computeIfAbsent(inn, readModels::minimumTier);
    }

    @Override
    public String evidenceVersion() {
        return evidenceVersion;
    }

    @Override
    public String accessVersion() {
        return accessVersion;
    }
}
