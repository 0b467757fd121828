package org.bcbm.recommendation.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bcbm.common.access.RegimenAccess;
import org.bcbm.common.access.RegimenAccess.Place;
import org.bcbm.common.contract.Enums;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.Recommendation.Access;
import org.bcbm.common.contract.Recommendation.Affordability;
import org.bcbm.common.contract.Recommendation.Agent;
import org.bcbm.common.contract.Recommendation.AgentPrice;
import org.bcbm.common.contract.Recommendation.Cost;
import org.bcbm.common.contract.Recommendation.EvidenceRef;
import org.bcbm.common.contract.Recommendation.KnowledgeVersion;
import org.bcbm.common.contract.Recommendation.Option;
import org.bcbm.common.event.v1.ListingChanged.Entry;

/**
 * Turns one profile into the contract's answer: runs the rules, enforces the safety invariants, ranks within
 * each category, cites evidence from the read model and marks availability in the patient's country.
 * Pure and deterministic: the same profile and knowledge give the same answer.
 */
public final class Engine {

    public static final String RULES_VERSION = "bcbm-rules 2026.11.1";
    public static final String DISCLAIMER = "Decision support for clinicians, not a substitute for clinical judgement "
            + "or a multidisciplinary tumour board.";
    private static final List<String> CATEGORY_ORDER = List.of("systemic", "bone_modifying", "radiotherapy", "surgery",
            "supportive");

    public Recommendation recommend(PatientProfile profile, Knowledge knowledge, String requestId, Instant now) {
        Assessment a = new Assessment(profile);
        Answer answer = propose(a, knowledge);
        List<Answer.Draft> safe = SafetyInvariants.enforce(a, answer);
        List<Option> options = rankAndCite(safe, a, knowledge);
        var versions = new KnowledgeVersion(knowledge.evidenceVersion(), RULES_VERSION, knowledge.accessVersion());
        return Recommendation.builder().requestId(requestId).generatedAt(now).knowledgeVersion(versions)
                .subtype(a.subtype).her2Low(a.her2Low()).her2Ultralow(a.her2Ultralow())
                .endocrineSensitivity(a.endocrineSensitivity.value).lineOfTherapy(a.lineOfTherapy).options(options)
                .contraindicated(answer.contraindications()).recommendedTests(answer.recommendedTests())
                .missingData(List.copyOf(answer.missing)).notes(answer.notes).partial(false).degraded(List.of())
                .disclaimer(DISCLAIMER).build();
    }

    /** What the rules propose, before the safety invariants: the safety properties are tested on this. */
    static Answer propose(Assessment a, Knowledge knowledge) {
        Answer answer = new Answer();
        switch (a.subtype) {
            case "HR+/HER2-" -> HrPositiveHer2Negative.apply(a, answer);
            case "HR+/HER2+", "HR-/HER2+" -> Her2Positive.apply(a, answer);
            default -> TripleNegative.apply(a, answer);
        }
        if (a.boneMetastases) {
            BoneHealth.apply(a, answer);
            SkeletalComplications.apply(a, answer);
        } else if (a.profile.metastases().bone() != null) {
            answer.note("Bone details were given but 'bone' is not among metastases.sites; no bone-directed option is offered.");
        }
        Testing.apply(a, answer);
        Testing.whereTestsCanBeDone(a, answer, knowledge);
        return answer;
    }

    private List<Option> rankAndCite(List<Answer.Draft> drafts, Assessment a, Knowledge knowledge) {
        Map<String, Integer> nextRank = new HashMap<>();
        List<Option> options = new ArrayList<>();
        String country = a.profile.resourceSetting() == null ? null : a.profile.resourceSetting().country();
        List<Answer.Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparingInt(d -> CATEGORY_ORDER.indexOf(d.category())));
        for (Answer.Draft d : ordered) {
            int rank = nextRank.merge(d.category(), 1, Integer::sum);
            Verdict verdict = access(d, a, country, knowledge);
            Regimen r = d.regimen();
            options.add(Option.builder().id(d.id()).rank(rank).category(d.category()).regimen(r.title())
                    .agents(d.agents().stream().map(Agent::new).toList()).schedule(r.schedule())
                    .rationale(d.rationale())
                    .evidence(evidence(d.trialIds(), knowledge)).sources(r.sources()).cost(verdict.cost())
                    .access(verdict.access()).warnings(List.copyOf(d.warnings())).radiotherapy(r.radiotherapy())
                    .build());
        }
        return Recommendation.markFirstAvailable(options);
    }

    /** The citations of each trial, in the order the rules cited the trials ({@link EvidenceRefs}). */
    static List<EvidenceRef> evidence(List<String> trialIds, Knowledge knowledge) {
        return knowledge.evidence(trialIds);
    }

    /** The option's availability and annual cost where the patient is. */
    record Verdict(Access access, Cost cost) {
    }

    /**
     * Rank by clinical merit first; then say whether the option can be had where the patient is and what it costs,
     * by access-cost-service's own rule ({@link RegimenAccess}) over the facts it published: from the country's
     * sources when there are any, otherwise only what the resource tier's rule expects (never as availability).
     */
    static Verdict access(Answer.Draft d, Assessment a, String country, Knowledge knowledge) {
        String profileTier = a.profile.resourceSetting() != null && a.profile.resourceSetting().tier() != null
                ? Enums.spelling(a.profile.resourceSetting().tier()) : null;
        // everything the verdict depends on: the same regimen in the same place has the same verdict in one snapshot
        String key = "access|" + d.id() + "|" + d.category() + "|" + String.join("+", d.agents()) + "|"
                + (d.regimen().radiotherapy() != null) + "|" + country + "|" + profileTier;
        return knowledge.derived(key, () -> decideAccess(d, profileTier, country, knowledge));
    }

    private static Verdict decideAccess(Answer.Draft d, String profileTier, String country, Knowledge knowledge) {
        if (d.agents().isEmpty() && d.regimen().radiotherapy() == null) {
            return new Verdict(new Access(null, "availability of " + d.category() + " services is not modelled"), null);
        }
        Optional<Knowledge.CountrySnapshot> known = country == null ? Optional.empty() : knowledge.country(country);
        Place place = known.map(Knowledge.CountrySnapshot::place)
                .orElse(new Place(country, profileTier, null, null, null));
        List<Entry> entries = new ArrayList<>();
        List<String> notInCatalogue = new ArrayList<>();
        for (String inn : d.agents()) {
            Optional<Entry> listed = country == null ? Optional.empty() : knowledge.listing(country, inn);
            if (listed.isPresent()) {
                entries.add(listed.get());
            } else {
                knowledge.drug(inn).ifPresentOrElse(
                        drug -> entries.add(RegimenAccess.unlisted(inn, drug.whoEml(), drug.minimumTier(), place.tier())),
                        () -> notInCatalogue.add(inn));
            }
        }
        RegimenAccess.Result r = RegimenAccess.evaluate(place,
                new RegimenAccess.Regimen(d.id(), d.agents(), d.regimen().radiotherapy() != null), entries, notInCatalogue);
        String note = country != null ? r.availabilityNote()
                : (place.tier() == null ? "no resourceSetting given" : "no country given") + "; " + r.availabilityNote();
        Access access = new Access(r.available(), note, r.expectedAtTier());
        return new Verdict(access, country == null || d.agents().isEmpty() ? null : cost(r, entries));
    }

    private static Cost cost(RegimenAccess.Result r, List<Entry> entries) {
        List<AgentPrice> prices = entries.stream().filter(e -> e.price() != null)
                .map(e -> AgentPrice.builder().inn(e.inn()).amount(e.price().amount()).currency(e.price().currency())
                        .per(e.price().per()).source(e.price().source())
                        .asOf(e.price().asOf() == null ? null : e.price().asOf().toString()).annualCost(e.annualCost())
                        .build())
                .toList();
        return Cost.builder().currency(r.currency()).annualCost(r.annualCost()).annualCostUsd(r.annualCostUsd())
                .genericAvailable(r.genericAvailable()).onWhoEssentialList(r.onWhoEssentialList()).note(r.costNote())
                .prices(prices).affordability(Affordability.of(r.affordability())).build();
    }
}
