package org.bcbm.recommendation.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.Recommendation.Access;
import org.bcbm.common.contract.Recommendation.Agent;
import org.bcbm.common.contract.Recommendation.EvidenceRef;
import org.bcbm.common.contract.Recommendation.KnowledgeVersion;
import org.bcbm.common.contract.Recommendation.Option;

/**
 * Turns one profile into the contract's answer: runs the rules, enforces the safety invariants, ranks within
 * each category, cites evidence from the read model and marks availability in the patient's country.
 * Pure and deterministic: the same profile and knowledge give the same answer.
 */
public final class Engine {

    public static final String RULES_VERSION = "bcbm-rules 2026.11.0";
    public static final String DISCLAIMER = "Decision support for clinicians, not a substitute for clinical judgement "
            + "or a multidisciplinary tumour board.";
    private static final List<String> CATEGORY_ORDER = List.of("systemic", "bone_modifying", "radiotherapy", "surgery",
            "supportive");
    private static final Set<String> ENDPOINT_ORDER = new java.util.LinkedHashSet<>(List.of("OS", "PFS",
            "TIME_TO_FIRST_SRE", "TIME_TO_FIRST_AND_SUBSEQUENT_SRE"));

    public Recommendation recommend(PatientProfile profile, Knowledge knowledge, String requestId, Instant now) {
        Assessment a = new Assessment(profile);
        Answer answer = new Answer();
        switch (a.subtype) {
            case "HR+/HER2-" -> HrPositiveHer2Negative.apply(a, answer);
            case "HR+/HER2+", "HR-/HER2+" -> Her2Positive.apply(a, answer);
            default -> TripleNegative.apply(a, answer);
        }
        if (a.boneMetastases) {
            BoneHealth.apply(a, answer);
            SkeletalComplications.apply(a, answer);
        } else if (profile.metastases().bone() != null) {
            answer.note("Bone details were given but 'bone' is not among metastases.sites; no bone-directed option is offered.");
        }
        Testing.apply(a, answer);
        Testing.whereTestsCanBeDone(a, answer, knowledge);

        List<Answer.Draft> safe = SafetyInvariants.enforce(a, answer);
        List<Option> options = rankAndCite(safe, a, knowledge);
        return new Recommendation(requestId, now,
                new KnowledgeVersion(knowledge.evidenceVersion(), RULES_VERSION, knowledge.accessVersion()),
                a.subtype, a.her2Low(), a.her2Ultralow(), a.endocrineSensitivity.value, a.lineOfTherapy, options,
                answer.contraindications(), answer.recommendedTests(), List.copyOf(answer.missing), answer.notes,
                false, List.of(), DISCLAIMER);
    }

    private List<Option> rankAndCite(List<Answer.Draft> drafts, Assessment a, Knowledge knowledge) {
        Map<String, Integer> nextRank = new HashMap<>();
        List<Option> options = new ArrayList<>();
        String country = a.profile.resourceSetting() == null ? null : a.profile.resourceSetting().country();
        List<Answer.Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparingInt(d -> CATEGORY_ORDER.indexOf(d.category())));
        for (Answer.Draft d : ordered) {
            int rank = nextRank.merge(d.category(), 1, Integer::sum);
            options.add(new Option(d.id(), rank, d.category(), d.regimen(),
                    d.agents().stream().map(Agent::new).toList(), d.schedule(), d.rationale(),
                    evidence(d.trialIds(), knowledge), d.sources(), null, access(d, a, country, knowledge), null,
                    d.warnings(), d.radiotherapy()));
        }
        return Recommendation.markFirstAvailable(options);
    }

    /** Every HR-bearing outcome of each cited trial that the evidence read model holds, OS first. */
    static List<EvidenceRef> evidence(List<String> trialIds, Knowledge knowledge) {
        List<EvidenceRef> refs = new ArrayList<>();
        for (String id : trialIds) {
            knowledge.trial(id).ifPresent(trial -> trial.outcomes().stream()
                    .filter(o -> o.hazardRatio() != null)
                    .sorted(Comparator.comparingInt(o -> endpointOrder(o.endpoint())))
                    .forEach(o -> refs.add(new EvidenceRef(trial.trialId(), o.endpoint(), o.hazardRatio(), o.ci95(),
                            o.mcbsGrade(), o.doi(), o.analysis(), o.experimentalMedianMonths(),
                            o.controlMedianMonths(), o.pValue(), trial.name(), design(trial, Knowledge.Design::phase),
                            design(trial, Knowledge.Design::n), design(trial, Knowledge.Design::population)))));
        }
        return refs;
    }

    private static <T> T design(Knowledge.TrialSnapshot trial, Function<Knowledge.Design, T> field) {
        return trial.design() == null ? null : field.apply(trial.design());
    }

    private static int endpointOrder(String endpoint) {
        int i = 0;
        for (String e : ENDPOINT_ORDER) {
            if (e.equals(endpoint)) {
                return i;
            }
            i++;
        }
        return i;
    }

    /**
     * Rank by clinical merit first; then say whether the option can be had where the patient is: from the country's
     * sources when there are any, otherwise only what the resource tier's rule expects (never as availability).
     */
    static Access access(Answer.Draft d, Assessment a, String country, Knowledge knowledge) {
        var place = country == null ? java.util.Optional.<Knowledge.CountrySnapshot>empty() : knowledge.country(country);
        String tier = place.map(Knowledge.CountrySnapshot::tier).orElse(
                a.profile.resourceSetting() != null && a.profile.resourceSetting().tier() != null
                        ? org.bcbm.common.contract.Enums.spelling(a.profile.resourceSetting().tier()) : null);
        String name = place.map(Knowledge.CountrySnapshot::name).orElse(country);
        if (d.radiotherapy() != null) {
            Boolean rt = place.map(Knowledge.CountrySnapshot::radiotherapyAvailable).orElse(null);
            return new Access(rt, rt == null ? "no source on file for radiotherapy" + (name == null ? "" : " in " + name)
                    : rt ? "radiotherapy is available in " + name : "no radiotherapy in " + name);
        }
        if (d.agents().isEmpty()) {
            return new Access(null, "availability of " + d.category() + " services is not modelled");
        }
        Boolean expected = expectedAtTier(d.agents(), tier, knowledge);
        String byTier = expected == null ? "" : "; by the " + tier + " resource tier's rule it is "
                + (expected ? "expected" : "not expected") + " (a rule, not a source)";
        if (country == null) {
            return new Access(null, (tier == null ? "no resourceSetting given" : "no country given") + byTier, expected);
        }
        List<String> unknown = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String inn : d.agents()) {
            Boolean available = knowledge.listing(country, inn).map(Knowledge.ListingSnapshot::available).orElse(null);
            if (available == null) {
                unknown.add(inn);
            } else if (!available) {
                absent.add(inn);
            }
        }
        if (!absent.isEmpty()) {
            return new Access(false, String.join(", ", absent) + " not available in " + name, expected);
        }
        if (!unknown.isEmpty()) {
            return new Access(null, "no source on file for " + String.join(", ", unknown) + " in " + name + byTier,
                    expected);
        }
        return new Access(true, "all agents available in " + name, expected);
    }

    /** True if the tier reaches every agent's minimum tier, false if it misses one, null when unknown. */
    static Boolean expectedAtTier(List<String> agents, String tier, Knowledge knowledge) {
        int have = tierRank(tier);
        if (have < 0) {
            return null;
        }
        boolean allKnown = true;
        for (String inn : agents) {
            int need = tierRank(knowledge.minimumTier(inn).orElse(null));
            if (need < 0) {
                allKnown = false;
            } else if (need > have) {
                return false;
            }
        }
        return allKnown ? Boolean.TRUE : null;
    }

    private static final List<String> TIERS = List.of("basic", "limited", "enhanced", "maximal");

    private static int tierRank(String tier) {
        return tier == null ? -1 : TIERS.indexOf(tier);
    }
}
