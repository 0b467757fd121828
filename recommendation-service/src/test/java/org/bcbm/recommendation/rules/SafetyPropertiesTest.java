package org.bcbm.recommendation.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.bcbm.common.contract.Enums.NeurologicalStatus;
import org.bcbm.common.contract.Enums.Receptor;
import org.bcbm.common.contract.Enums.Sex;
import org.bcbm.common.contract.Enums.Site;
import org.bcbm.common.contract.Enums.TherapySetting;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.Recommendation.Option;

/**
 * The safety properties, over random valid profiles. Each is tested on what the rules propose, before the engine's
 * last safety filter, so a rule that proposes a contraindicated, failed or mismatched agent fails here instead of
 * being silently withheld; the answer-level properties are tested on the final answer.
 */
class SafetyPropertiesTest {

    /** Every agent of the catalogue, so the failed-agent property covers all of them, not only endocrine ones. */
    private static final List<String> AGENTS = Regimens.all().stream().flatMap(r -> r.agents().stream()).distinct()
            .sorted().toList();

    private final Engine engine = new Engine();

    private static Answer proposals(PatientProfile p) {
        return Engine.propose(new Assessment(p), InMemoryKnowledge.seeded());
    }

    @Property(tries = 500)
    void rulesProposeNoContraindicatedAgent(@ForAll("profiles") PatientProfile p) {
        Answer answer = proposals(p);
        for (Answer.Draft d : answer.drafts()) {
            d.agents().forEach(inn -> check(!answer.isContraindicated(inn), d.id() + " proposes contraindicated " + inn, p));
        }
    }

    @Property(tries = 500)
    void rulesProposeNoAgentThatFailedUnlessItsTrialContinuedIt(@ForAll("profiles") PatientProfile p) {
        Assessment a = new Assessment(p);
        for (Answer.Draft d : proposals(p).drafts()) {
            for (String inn : d.agents()) {
                boolean allowed = d.regimen().continuedBeyondProgression().contains(inn) || Assessment.SUPPRESSION.equals(inn);
                check(!a.failed(inn) || allowed, d.id() + " proposes " + inn + ", which failed", p);
            }
        }
    }

    @Property(tries = 500)
    void rulesProposeHer2DirectedAgentsOnlyForMatchingHer2Status(@ForAll("profiles") PatientProfile p) {
        boolean positive = p.tumour().her2() == Her2.POSITIVE;
        for (Answer.Draft d : proposals(p).drafts()) {
            for (String inn : d.agents()) {
                if (SafetyInvariants.HER2_POSITIVE_ONLY.contains(inn)) {
                    check(positive, d.id() + " proposes " + inn + " for HER2 " + p.tumour().her2(), p);
                }
                if (inn.equals("trastuzumab deruxtecan")) {
                    check(p.tumour().her2() != Her2.NEGATIVE, d.id() + " proposes T-DXd for HER2 IHC 0", p);
                }
            }
        }
    }

    @Property(tries = 500)
    void rulesProposeOnlyRegimensWhoseSelectingTestsAreMet(@ForAll("profiles") PatientProfile p) {
        Assessment a = new Assessment(p);
        for (Answer.Draft d : proposals(p).drafts()) {
            d.regimen().requires().forEach(r -> check(r.metBy(a), d.id() + " proposed without " + r.test, p));
            if (d.agents().contains("pembrolizumab")) {
                check(Regimen.Requirement.PDL1_CPS_10.metBy(a), d.id() + ": pembrolizumab outside TNBC with CPS >= 10", p);
            }
        }
    }

    @Property(tries = 500)
    void rulesProposeNoContradictoryPairs(@ForAll("profiles") PatientProfile p) {
        for (Answer.Draft d : proposals(p).drafts()) {
            List<String> inns = d.agents();
            check(inns.stream().filter(Assessment.CDK46_INHIBITORS::contains).count() <= 1, d.id() + ": two CDK4/6 inhibitors", p);
            check(!(inns.contains("tamoxifen") && inns.stream().anyMatch(Assessment.AROMATASE_INHIBITORS::contains)),
                    d.id() + ": AI with tamoxifen", p);
        }
    }

    @Property(tries = 500)
    void noCalciumOrVitaminDIsAdvisedWhileHypercalcaemic(@ForAll("profiles") PatientProfile p) {
        Assessment a = new Assessment(p);
        if (!SkeletalComplications.isHypercalcaemic(a)) {
            return;
        }
        for (Answer.Draft d : proposals(p).drafts()) {
            for (String w : d.warnings()) {
                String lower = w.toLowerCase(Locale.ROOT);
                boolean advises = lower.contains("supplementation") || (lower.contains("supplement") && !lower.contains("no calcium")
                        && !lower.contains("stop calcium"));
                check(!advises, d.id() + " advises supplements while hypercalcaemic: " + w, p);
            }
        }
    }

    @Property(tries = 500)
    void hypocalcaemiaIsTheFirstWarningOfEveryBoneModifyingAgent(@ForAll("profiles") PatientProfile p) {
        BigDecimal calcium = p.clinical() == null ? null : p.clinical().correctedCalciumMmolL();
        if (calcium == null || calcium.compareTo(BoneHealth.CALCIUM_LOW) >= 0) {
            return;
        }
        for (Option o : answer(p).options()) {
            if (o.category().equals("bone_modifying")) {
                check(o.warnings().get(0).contains("correct hypocalcaemia"), o.id() + " warns " + o.warnings().get(0) + " first", p);
            }
        }
    }

    @Property(tries = 500)
    void afterEstablishedEndocrineResistanceUnselectedEndocrineMonotherapyNeverOutranksAnotherOption(
            @ForAll("profiles") PatientProfile p) {
        Assessment a = new Assessment(p);
        if (!"HR+/HER2-".equals(a.subtype) || a.visceralCrisis || !(a.lineOfTherapy > 1 || a.priorCdk46)
                || !a.endocrineResistanceEstablished()) {
            return;
        }
        List<Option> systemic = answer(p).options().stream().filter(o -> o.category().equals("systemic")).toList();
        boolean monotherapySeen = false;
        for (Option o : systemic) {
            List<String> inns = o.agents().stream().map(Recommendation.Agent::inn)
                    .filter(inn -> !Assessment.SUPPRESSION.equals(inn)).toList();
            // unselected: no test result picks the patient for it (an oral SERD for ESR1 is selected)
            boolean unselected = Regimens.named(o.id()).orElseThrow().requires()
                    .equals(Set.of(Regimen.Requirement.HORMONE_RECEPTOR_POSITIVE));
            boolean monotherapy = unselected && inns.size() == 1 && Assessment.ENDOCRINE_AGENTS.contains(inns.get(0));
            check(!monotherapySeen || monotherapy, o.id() + " ranked below endocrine monotherapy", p);
            monotherapySeen |= monotherapy;
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

    @Property(tries = 300)
    void theSafetyFilterWithholdsNothingTheRulesProposed(@ForAll("profiles") PatientProfile p) {
        Recommendation r = answer(p);
        check(r.notes().stream().noneMatch(n -> n.contains("withheld")), "the last filter had to withhold " + r.notes(), p);
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
                Arbitraries.of(true, false, false), Arbitraries.of(true, false, false, false),
                Arbitraries.integers().between(1, 4).injectNull(0.3), Arbitraries.of(NeurologicalStatus.class).injectNull(0.3))
                .as((lesions, painful, mscc, impending, fracture, hcm, levels, neuro) -> new PatientProfile.Bone(lesions,
                        painful, mscc, impending, fracture, hcm, levels, neuro, neuro == NeurologicalStatus.PARAPLEGIC ? 24 : null))
                .injectNull(0.15);
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
                Arbitraries.of(DentalStatus.class).injectNull(0.2), Arbitraries.integers().between(20, 75).injectNull(0.3),
                Arbitraries.integers().between(0, 36).injectNull(0.3))
                .as(PatientProfile.Clinical::new).injectNull(0.1);
        Arbitrary<PatientProfile.ResourceSetting> setting = Arbitraries.of("GB", "NE", "UZ", "US")
                .map(c -> new PatientProfile.ResourceSetting(c, null)).injectNull(0.2);
        return Combinators.combine(Arbitraries.integers().between(18, 95).injectNull(0.2), Arbitraries.of(Sex.class),
                Arbitraries.of(MenopausalStatus.class).injectNull(0.3), tumour, metastases,
                therapy.list().ofMaxSize(3).injectNull(0.3), clinical, setting)
                .as((age, sex, meno, t, m, prior, c, s) -> new PatientProfile("p", age, sex, meno, t, m, prior, c, s));
    }
}
