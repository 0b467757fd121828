package org.bcbm.recommendation.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bcbm.common.access.RegimenAccess;
import org.bcbm.common.access.RegimenAccess.Place;
import org.bcbm.common.event.v1.ListingChanged.Entry;

/** Read-model contents for engine tests, with the seed trials' headline figures (same sources as the seed). */
final class InMemoryKnowledge implements Knowledge {

    final Map<String, TrialSnapshot> trials = new HashMap<>();
    final Map<String, Entry> listings = new HashMap<>();
    final Map<String, CountrySnapshot> countries = new HashMap<>();
    final Map<String, String> tiers = new HashMap<>(Map.of("tamoxifen", "basic", "letrozole", "limited",
            "goserelin", "limited", "zoledronic acid", "basic", "fulvestrant", "enhanced", "ribociclib", "enhanced",
            "palbociclib", "enhanced", "denosumab", "enhanced"));

    static InMemoryKnowledge seeded() {
        InMemoryKnowledge k = new InMemoryKnowledge();
        k.trial("MONALEESA-2", outcome("OS", "63.9", "51.4", "0.76", "0.63", "0.93", null),
                outcome("PFS", null, "14.7", "0.56", "0.43", "0.72", null));
        k.trial("MONALEESA-7", outcome("OS", null, "40.9", "0.71", "0.54", "0.95", "5"));
        k.trial("MONALEESA-3", outcome("OS", "53.7", "41.5", "0.73", "0.59", "0.90", "4"));
        k.trial("PALOMA-2", outcome("PFS", "27.6", "14.5", "0.56", "0.46", "0.69", "3"));
        k.trial("PALOMA-3", outcome("PFS", "9.5", "4.6", "0.46", "0.36", "0.59", null));
        k.trial("CLEOPATRA", outcome("OS", "57.1", "40.8", "0.69", "0.58", "0.82", "4"));
        k.trial("STOPECK-2010", outcome("TIME_TO_FIRST_SRE", null, "26.4", "0.82", "0.71", "0.95", null));
        k.countries.put("GB", new CountrySnapshot("GB", "derived", null, new Place("United Kingdom", "maximal", null, null,
                null)));
        k.countries.put("NE", new CountrySnapshot("NE", "derived", null, new Place("Niger", "basic", true, null, null)));
        return k;
    }

    InMemoryKnowledge listing(String country, String inn, Boolean available) {
        CountrySnapshot place = countries.get(country);
        Entry unlisted = RegimenAccess.unlisted(inn, null, tiers.get(inn), place == null ? null : place.tier());
        listings.put(country + ":" + inn, new Entry(inn, available, available, null, null, null, null, null, null, null,
                null, null, unlisted.costNote(), unlisted.expectedAtTier(), null, "test", null, 1));
        return this;
    }

    private void trial(String id, OutcomeSnapshot... outcomes) {
        trials.put(id, new TrialSnapshot(id, id, "10.0000/" + id, List.of(outcomes)));
    }

    private static OutcomeSnapshot outcome(String endpoint, String exp, String ctl, String hr, String lo, String hi,
            String grade) {
        return new OutcomeSnapshot(endpoint, endpoint + " analysis", exp == null ? null : new BigDecimal(exp),
                new BigDecimal(ctl), new BigDecimal(hr), List.of(new BigDecimal(lo), new BigDecimal(hi)), null, grade,
                "10.0000/x", grade == null ? null : Boolean.TRUE, null);
    }

    @Override
    public Optional<TrialSnapshot> trial(String trialId) {
        return Optional.ofNullable(trials.get(trialId));
    }

    @Override
    public Optional<Entry> listing(String country, String inn) {
        return Optional.ofNullable(listings.get(country + ":" + inn));
    }

    @Override
    public Optional<CountrySnapshot> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    @Override
    public Optional<DrugSnapshot> drug(String inn) {
        // every agent the rules name is in the catalogue; only the tier rule is known here
        return Optional.of(new DrugSnapshot(inn, null, tiers.get(inn)));
    }

    @Override
    public String evidenceVersion() {
        return "evidence-v1";
    }

    @Override
    public String accessVersion() {
        return "access@test";
    }
}
