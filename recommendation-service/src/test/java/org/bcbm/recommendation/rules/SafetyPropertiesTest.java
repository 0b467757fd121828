package org.bcbm.recommendation.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bcbm.common.contract.Enums.DentalStatus;
import org.bcbm.common.contract.Enums.GermlineBrca;
import org.bcbm.common.contract.Enums.Her2;
import org.bcbm.common.contract.Enums.MenopausalStatus;
import org.bcbm.common.contract.Enums.Receptor;
import org.bcbm.common.contract.Enums.Sex;
import org.bcbm.common.contract.Enums.Site;
import org.bcbm.common.contract.Enums.TherapySetting;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.Recommendation.Option;

/** The safety invariants, over random valid profiles. */
class SafetyPropertiesTest {

    private static final List<String> AGENTS = List.of("letrozole", "anastrozole", "exemestane", "tamoxifen",
            "fulvestrant", "palbociclib", "ribociclib", "abemaciclib", "trastuzumab", "pertuzumab", "docetaxel",
            "paclitaxel", "capecitabine", "goserelin");

    private final Engine engine = new Engine();

    @Property(tries = 400)
    void contraindicatedAgentsNeverAppearInOptions(@ForAll("profiles") PatientProfile p) {
        Recommendation r = answer(p);
        Set<String> contraindicated = new HashSet<>();
        r.contraindicated().forEach(c -> contraindicated.add(c.inn()));
        for (Option o : r.options()) {
            o.agents().forEach(a -> check(!contraindicated.contains(a.inn()), a.inn() + " is contraindicated but offered", p));
        }
    }

    @Property(tries = 400)
    void her2DirectedAgentsOnlyForHer2PositiveDisease(@ForAll("profiles") PatientProfile p) {
        Recommendation r = answer(p);
        boolean positive = p.tumour().her2() == Her2.POSITIVE;
        for (Option o : r.options()) {
            for (Recommendation.Agent a : o.agents()) {
                if (SafetyInvariants.HER2_POSITIVE_ONLY.contains(a.inn())) {
                    check(positive, a.inn() + " offered for HER2-" + p.tumour().her2(), p);
                }
                if (a.inn().equals("trastuzumab deruxtecan")) {
                    check(p.tumour().her2() != Her2.NEGATIVE, "T-DXd offered for HER2 IHC 0", p);
                }
                if (a.inn().equals("pembrolizumab")) {
                    check("TNBC".equals(r.subtype()) && p.tumour().pdl1Cps() != null && p.tumour().pdl1Cps() >= 10,
                            "pembrolizumab outside TNBC with CPS >= 10", p);
                }
            }
        }
    }

    @Property(tries = 400)
    void noContradictoryPairsInARegimen(@ForAll("profiles") PatientProfile p) {
        for (Option o : answer(p).options()) {
            List<String> inns = o.agents().stream().map(Recommendation.Agent::inn).toList();
            check(inns.stream().filter(Assessment.CDK46_INHIBITORS::contains).count() <= 1, "two CDK4/6 inhibitors", p);
            check(!(inns.contains("tamoxifen") && inns.stream().anyMatch(Assessment.AROMATASE_INHIBITORS::contains)),
                    "AI with tamoxifen", p);
        }
    }

    @Property(tries = 400)
    void ranksRunFromOneWithinEachCategory(@ForAll("profiles") PatientProfile p) {
        Map<String, Integer> expected = new HashMap<>();
        for (Option o : answer(p).options()) {
            int next = expected.merge(o.category(), 1, Integer::sum);
            check(o.rank() == next, "rank " + o.rank() + " where " + next + " was due in " + o.category(), p);
        }
    }

    @Property(tries = 400)
    void boneMetastasesAlwaysGetABoneModifyingOption(@ForAll("profiles") PatientProfile p) {
        Recommendation r = answer(p);
        if (p.metastases().sites().contains(Site.BONE)) {
            check(r.options().stream().anyMatch(o -> o.category().equals("bone_modifying")), "no bone-modifying agent", p);
        }
    }

    @Property(tries = 400)
    void failedEndocrineAgentsAreNotOfferedAgain(@ForAll("profiles") PatientProfile p) {
        Assessment a = new Assessment(p);
        for (Option o : answer(p).options()) {
            for (Recommendation.Agent agent : o.agents()) {
                if (Assessment.ENDOCRINE_AGENTS.contains(agent.inn())) {
                    check(!a.failed(agent.inn()), agent.inn() + " failed before and is offered again", p);
                }
            }
        }
    }

    @Property(tries = 200)
    void everyCitedTrialExistsInTheReadModel(@ForAll("profiles") PatientProfile p) {
        InMemoryKnowledge k = InMemoryKnowledge.seeded();
        for (Option o : engine.recommend(p, k, "r", Instant.EPOCH).options()) {
            o.evidence().forEach(e -> check(k.trial(e.trialId()).isPresent(), "cites unknown " + e.trialId(), p));
        }
    }

    private Recommendation answer(PatientProfile p) {
        return engine.recommend(p, InMemoryKnowledge.seeded(), "r", Instant.EPOCH);
    }

    private static void check(boolean ok, String what, PatientProfile p) {
        if (!ok) {
            throw new AssertionError(what + " for " + p);
        }
    }

    @Provide
    Arbitrary<PatientProfile> profiles() {
        Arbitrary<PatientProfile.Tumour> tumour = Combinators.combine(
                Arbitraries.of(Receptor.class), Arbitraries.of(Receptor.class).injectNull(0.2), Arbitraries.of(Her2.class),
                Arbitraries.integers().between(0, 100).injectNull(0.5),
                Arbitraries.of("PIK3CA", "ESR1", "AKT1", "PTEN", "BRCA1").list().ofMaxSize(3).injectNull(0.4),
                Arbitraries.of(GermlineBrca.class).injectNull(0.3))
                .as((er, pr, her2, cps, alts, brca) -> new PatientProfile.Tumour(er, pr, her2, null, cps, alts, brca));
        Arbitrary<PatientProfile.Bone> bone = Combinators.combine(Arbitraries.integers().between(1, 20).injectNull(0.2),
                Arbitraries.of(true, false), Arbitraries.of(true, false, false, false), Arbitraries.of(true, false, false),
                Arbitraries.of(true, false, false), Arbitraries.of(true, false, false, false))
                .as(PatientProfile.Bone::new).injectNull(0.15);
        Arbitrary<PatientProfile.Metastases> metastases = Combinators.combine(
                Arbitraries.of(Site.class).set().ofMinSize(1).ofMaxSize(4).map(List::copyOf),
                Arbitraries.of(true, false).injectNull(0.2), bone).as(PatientProfile.Metastases::new);
        Arbitrary<PatientProfile.PriorTherapy> therapy = Combinators.combine(
                Arbitraries.of(AGENTS).list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(TherapySetting.class),
                Arbitraries.integers().between(0, 120).injectNull(0.3), Arbitraries.of(true, false).injectNull(0.3))
                .as(PatientProfile.PriorTherapy::new);
        Arbitrary<PatientProfile.Clinical> clinical = Combinators.combine(Arbitraries.integers().between(0, 4).injectNull(0.2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200")).ofScale(0).injectNull(0.2),
                Arbitraries.bigDecimals().between(new BigDecimal("1.5"), new BigDecimal("3.8")).ofScale(2).injectNull(0.2),
                Arbitraries.of(DentalStatus.class).injectNull(0.2), Arbitraries.integers().between(20, 75).injectNull(0.3))
                .as(PatientProfile.Clinical::new).injectNull(0.1);
        Arbitrary<PatientProfile.ResourceSetting> setting = Arbitraries.of("GB", "NE", "UZ", "US")
                .map(c -> new PatientProfile.ResourceSetting(c, null)).injectNull(0.2);
        return Combinators.combine(Arbitraries.integers().between(18, 95).injectNull(0.2), Arbitraries.of(Sex.class),
                Arbitraries.of(MenopausalStatus.class).injectNull(0.3), tumour, metastases,
                therapy.list().ofMaxSize(3).injectNull(0.3), clinical, setting)
                .as((age, sex, meno, t, m, prior, c, s) -> new PatientProfile("p", age, sex, meno, t, m, prior, c, s));
    }
}
