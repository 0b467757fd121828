package org.bcbm.recommendation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.bcbm.common.contract.Enums.Her2;
import org.bcbm.common.contract.Enums.NeurologicalStatus;
import org.bcbm.common.contract.Enums.Site;
import org.bcbm.common.contract.Enums.TherapySetting;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.Recommendation.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The general rules behind each finding of the clinical review, each scenario named after its guideline or trial. */
class ClinicalReviewScenariosTest {

    private final Engine engine = new Engine();

    private Recommendation answer(Profiles p) {
        return engine.recommend(p.build(), InMemoryKnowledge.seeded(), "req", Instant.parse("2026-11-30T10:00:00Z"));
    }

    private static List<Option> category(Recommendation r, String category) {
        return r.options().stream().filter(o -> o.category().equals(category)).toList();
    }

    private static List<String> ids(List<Option> options) {
        return options.stream().map(Option::id).toList();
    }

    private static List<String> agents(Option o) {
        return o.agents().stream().map(Recommendation.Agent::inn).toList();
    }

    /** HR+/HER2- after a CDK4/6 inhibitor with an AI, a further endocrine line and one chemotherapy line. */
    private static Profiles afterEndocrineLinesAndChemotherapy(Her2 her2) {
        return Profiles.hrPositiveHer2Negative().her2(her2)
                .prior(TherapySetting.METASTATIC, 20, true, "letrozole", "palbociclib")
                .prior(TherapySetting.METASTATIC, 8, true, "fulvestrant")
                .prior(TherapySetting.METASTATIC, 0, true, "paclitaxel");
    }

    @Nested
    @DisplayName("1. Later lines are ranked by evidence in that setting (ESMO living guideline)")
    class LaterLinesByEvidence {

        @Test
        @DisplayName("DESTINY-Breast04: HER2-low after endocrine resistance and chemotherapy -> trastuzumab deruxtecan first, tamoxifen last")
        void her2LowAfterChemotherapyGetsTrastuzumabDeruxtecanBeforeEndocrineMonotherapy() {
            List<Option> systemic = category(answer(afterEndocrineLinesAndChemotherapy(Her2.LOW)), "systemic");
            assertEquals("trastuzumab-deruxtecan", systemic.get(0).id());
            assertTrue(systemic.get(0).rationale().contains("DESTINY-Breast04"));
            assertEquals("tamoxifen", systemic.get(systemic.size() - 1).id(), ids(systemic).toString());
        }

        @Test
        @DisplayName("TROPiCS-02: HER2-0 after two chemotherapies -> sacituzumab govitecan (OS) before any endocrine monotherapy")
        void her2ZeroAfterTwoChemotherapiesGetsSacituzumabFirst() {
            Profiles p = afterEndocrineLinesAndChemotherapy(Her2.NEGATIVE).prior(TherapySetting.METASTATIC, 0, true, "capecitabine");
            List<Option> systemic = category(answer(p), "systemic");
            assertEquals("sacituzumab-govitecan", systemic.get(0).id());
            int tamoxifen = ids(systemic).indexOf("tamoxifen");
            int eribulin = ids(systemic).indexOf("eribulin");
            assertTrue(eribulin >= 0 && tamoxifen > eribulin, "chemotherapy before endocrine monotherapy: " + ids(systemic));
        }

        @Test
        @DisplayName("Two endocrine lines failed, no chemotherapy: endocrine resistance established, monotherapy last")
        void twoFailedEndocrineLinesEstablishResistance() {
            Profiles p = Profiles.hrPositiveHer2Negative().her2(Her2.LOW)
                    .prior(TherapySetting.METASTATIC, 20, true, "letrozole", "ribociclib")
                    .prior(TherapySetting.METASTATIC, 0, true, "fulvestrant");
            List<Option> systemic = category(answer(p), "systemic");
            assertEquals("trastuzumab-deruxtecan", systemic.get(0).id(), "DESTINY-Breast06 PFS before monotherapy");
            assertEquals("tamoxifen", systemic.get(systemic.size() - 1).id());
        }

        @Test
        @DisplayName("ESMO: while endocrine therapy still has a role, endocrine-based options come first (BOLERO-2 before chemotherapy)")
        void secondLineKeepsEndocrineOptionsFirst() {
            Profiles p = Profiles.hrPositiveHer2Negative().prior(TherapySetting.METASTATIC, 0, true, "letrozole", "ribociclib");
            List<Option> systemic = category(answer(p), "systemic");
            assertEquals("everolimus-exemestane", systemic.get(0).id());
            assertTrue(ids(systemic).indexOf("fulvestrant") < ids(systemic).indexOf("capecitabine"));
        }
    }

    @Nested
    @DisplayName("2. Spinal cord compression: Patchell 2005's criteria, by level")
    class SpinalCordCompression {

        private Profiles compression(Integer levels, NeurologicalStatus status, Integer hours, Integer survival) {
            Profiles p = Profiles.hrPositiveHer2Negative().cordCompression(levels, status, hours);
            p.survivalMonths = survival;
            return p;
        }

        @Test
        @DisplayName("Patchell 2005: one area of compression in a skeleton with many lesions -> surgery then radiotherapy")
        void oneLevelAmongManyLesionsIsOperable() {
            Recommendation r = answer(compression(1, NeurologicalStatus.AMBULATORY_WITH_DEFICIT, null, 12));
            assertEquals(List.of("decompressive-surgery-then-radiotherapy"), ids(category(r, "surgery")));
            assertEquals("dexamethasone-cord-compression", category(r, "supportive").get(0).id());
        }

        @Test
        @DisplayName("Patchell 2005: two separate areas, paraplegia beyond 48 h, or survival under 3 months -> radiotherapy alone")
        void outsidePatchellCriteriaGetsRadiotherapy() {
            for (Profiles p : List.of(compression(2, NeurologicalStatus.NON_AMBULATORY, null, 12),
                    compression(1, NeurologicalStatus.PARAPLEGIC, 72, 12),
                    compression(1, NeurologicalStatus.INTACT, null, 2))) {
                Recommendation r = answer(p);
                assertTrue(category(r, "surgery").isEmpty(), p.build().toString());
                assertEquals(20, category(r, "radiotherapy").get(0).radiotherapy().doseGy());
            }
            assertEquals(1, category(answer(compression(1, NeurologicalStatus.PARAPLEGIC, 24, 6)), "surgery").size(),
                    "paraplegic for less than 48 hours is still a candidate");
        }

        @Test
        @DisplayName("Patchell 2005: what decides surgery is asked for in missingData, and no surgery is guessed")
        void missingCriteriaAreAskedFor() {
            Recommendation r = answer(compression(null, null, null, null));
            assertTrue(r.missingData().containsAll(List.of("metastases.bone.compressionLevels",
                    "metastases.bone.neurologicalStatus", "clinical.expectedSurvivalMonths")), r.missingData().toString());
            assertTrue(category(r, "surgery").isEmpty());
            assertTrue(r.notes().stream().anyMatch(n -> n.contains("Patchell")));
            Recommendation paraplegic = answer(compression(1, NeurologicalStatus.PARAPLEGIC, null, 12));
            assertTrue(paraplegic.missingData().contains("metastases.bone.paraplegiaHours"));
        }
    }

    @Nested
    @DisplayName("3. Hypercalcaemia of malignancy (Major 2001; ESMO 2020)")
    class Hypercalcaemia {

        private Profiles hypercalcaemic(String crcl) {
            Profiles p = Profiles.hrPositiveHer2Negative().bone(3, false, false, false, false, true);
            p.calcium = new BigDecimal("3.20");
            p.crcl = new BigDecimal(crcl);
            return p;
        }

        @Test
        @DisplayName("Major 2001: hydration, then zoledronic acid 4 mg, pamidronate the alternative, denosumab only if refractory")
        void hydrationThenIntravenousBisphosphonate() {
            Recommendation r = answer(hypercalcaemic("80"));
            assertEquals(List.of("intravenous-hydration", "hypercalcaemia-zoledronic-acid", "hypercalcaemia-pamidronic-acid",
                    "hypercalcaemia-denosumab"), ids(category(r, "supportive")));
            assertTrue(category(r, "supportive").get(1).schedule().startsWith("zoledronic acid 4 mg IV"));
            assertTrue(category(r, "supportive").get(3).rationale().contains("stays high after a bisphosphonate"));
            assertEquals("zoledronic-acid", category(r, "bone_modifying").get(0).id(), "the bisphosphonate first while hypercalcaemic");
        }

        @Test
        @DisplayName("Xgeva label, Hu 2014: bisphosphonates contraindicated (CrCl < 30) -> denosumab treats the hypercalcaemia")
        void denosumabWhereBisphosphonatesAreContraindicated() {
            Recommendation r = answer(hypercalcaemic("25"));
            assertEquals(List.of("intravenous-hydration", "hypercalcaemia-denosumab"), ids(category(r, "supportive")));
        }

        @Test
        @DisplayName("ESMO 2020: no calcium or vitamin D supplement is advised while hypercalcaemic")
        void noSupplementsWhileHypercalcaemic() {
            Recommendation r = answer(hypercalcaemic("80"));
            for (Option o : r.options()) {
                assertTrue(o.warnings().stream().noneMatch(w -> w.equals("Calcium and vitamin D supplementation")), o.id());
            }
            assertTrue(category(r, "bone_modifying").get(0).warnings().get(0).contains("no calcium or vitamin D"));
        }

        @Test
        @DisplayName("Xgeva label: with hypocalcaemia, correcting calcium is the first warning of denosumab, before renal risk")
        void hypocalcaemiaIsTheFirstWarning() {
            Profiles p = Profiles.hrPositiveHer2Negative();
            p.calcium = new BigDecimal("1.95");
            p.crcl = new BigDecimal("25");
            Option denosumab = category(answer(p), "bone_modifying").get(0);
            assertEquals("denosumab", denosumab.id());
            assertTrue(denosumab.warnings().get(0).contains("correct hypocalcaemia"), denosumab.warnings().toString());
            assertTrue(denosumab.warnings().get(1).contains("Creatinine clearance below 30"));
        }
    }

    @Nested
    @DisplayName("4. Visceral crisis excludes what failed and offers what comes next (ABC 6/7)")
    class VisceralCrisisScenarios {

        @Test
        @DisplayName("ABC 6/7: taxane and capecitabine failed -> an anthracycline, not the failed agents")
        void failedTaxaneAndCapecitabineAreNotReoffered() {
            Profiles p = Profiles.hrPositiveHer2Negative().sites(Site.BONE, Site.LIVER)
                    .prior(TherapySetting.METASTATIC, 10, true, "letrozole", "ribociclib")
                    .prior(TherapySetting.METASTATIC, 4, true, "paclitaxel")
                    .prior(TherapySetting.METASTATIC, 0, true, "capecitabine");
            p.crisis = true;
            List<Option> systemic = category(answer(p), "systemic");
            assertFalse(systemic.isEmpty());
            assertTrue(systemic.stream().noneMatch(o -> agents(o).contains("paclitaxel") || agents(o).contains("capecitabine")),
                    ids(systemic).toString());
            assertEquals("doxorubicin", systemic.get(0).id());
        }

        @Test
        @DisplayName("ABC 6/7: after an anthracycline and a taxane -> eribulin is offered")
        void afterAnthracyclineAndTaxaneEribulin() {
            Profiles p = Profiles.hrPositiveHer2Negative().sites(Site.BONE, Site.LIVER)
                    .prior(TherapySetting.ADJUVANT, 60, false, "doxorubicin", "cyclophosphamide", "docetaxel")
                    .prior(TherapySetting.METASTATIC, 0, true, "paclitaxel");
            p.crisis = true;
            List<String> systemic = ids(category(answer(p), "systemic"));
            assertTrue(systemic.contains("eribulin"), systemic.toString());
            assertFalse(systemic.contains("doxorubicin"), "a second anthracycline course is limited by cumulative dose");
        }

        @Test
        @DisplayName("ESMO: HER2-positive visceral crisis -> the anti-HER2 regimen for that line")
        void her2PositiveCrisisGetsItsAntiHer2Regimen() {
            Profiles p = Profiles.hrPositiveHer2Negative().her2(Her2.POSITIVE).sites(Site.BONE, Site.LIVER);
            p.crisis = true;
            assertEquals("pertuzumab-trastuzumab-docetaxel", category(answer(p), "systemic").get(0).id());
        }
    }

    @Nested
    @DisplayName("5. HER2-positive early relapse after (neo)adjuvant anti-HER2 therapy (DESTINY-Breast03)")
    class Her2EarlyRelapse {

        @Test
        @DisplayName("DESTINY-Breast03: relapse 4 months after adjuvant trastuzumab -> trastuzumab deruxtecan, not THP")
        void earlyRelapseIsSecondLine() {
            Profiles p = Profiles.hrPositiveHer2Negative().her2(Her2.POSITIVE).hrNegative()
                    .prior(TherapySetting.ADJUVANT, 4, null, "trastuzumab", "pertuzumab", "docetaxel");
            Recommendation r = answer(p);
            List<Option> systemic = category(r, "systemic");
            assertEquals("trastuzumab-deruxtecan", systemic.get(0).id());
            assertEquals("DESTINY-BREAST03", systemic.get(0).evidence().isEmpty() ? "DESTINY-BREAST03"
                    : systemic.get(0).evidence().get(0).trialId());
            assertTrue(ids(systemic).stream().noneMatch(id -> id.equals("pertuzumab-trastuzumab-docetaxel")));
            assertTrue(r.notes().stream().anyMatch(n -> n.contains("second-line")));
        }

        @Test
        @DisplayName("CLEOPATRA: relapse 3 years after adjuvant trastuzumab -> first-line THP")
        void lateRelapseIsFirstLine() {
            Profiles p = Profiles.hrPositiveHer2Negative().her2(Her2.POSITIVE).hrNegative()
                    .prior(TherapySetting.ADJUVANT, 36, null, "trastuzumab", "docetaxel");
            assertEquals("pertuzumab-trastuzumab-docetaxel", category(answer(p), "systemic").get(0).id());
        }
    }

    @Nested
    @DisplayName("6. Abemaciclib beside ribociclib and palbociclib, ranked by evidence")
    class Abemaciclib {

        @Test
        @DisplayName("MONARCH-3: first line, abemaciclib offered after ribociclib (MONALEESA-2 OS); equal evidence class to palbociclib")
        void firstLineOffersAbemaciclib() {
            List<String> systemic = ids(category(answer(Profiles.hrPositiveHer2Negative()), "systemic"));
            assertEquals(List.of("letrozole-ribociclib", "letrozole-palbociclib", "letrozole-abemaciclib"), systemic.subList(0, 3));
        }

        @Test
        @DisplayName("MONARCH-2 (OS HR 0.757) before PALOMA-3 (PFS only): endocrine-resistant first line")
        void resistantFirstLineRanksAbemaciclibBeforePalbociclib() {
            Profiles p = Profiles.hrPositiveHer2Negative().prior(TherapySetting.ADJUVANT, 6, true, "anastrozole");
            List<String> systemic = ids(category(answer(p), "systemic"));
            assertEquals(List.of("fulvestrant-ribociclib", "fulvestrant-abemaciclib", "fulvestrant-palbociclib"),
                    systemic.subList(0, 3));
        }
    }
}
