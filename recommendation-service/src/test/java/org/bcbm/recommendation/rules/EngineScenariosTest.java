package org.bcbm.recommendation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.bcbm.common.contract.Enums.DentalStatus;
import org.bcbm.common.contract.Enums.Her2;
import org.bcbm.common.contract.Enums.NeurologicalStatus;
import org.bcbm.common.contract.Enums.Site;
import org.bcbm.common.contract.Enums.TherapySetting;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.Recommendation.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Clinical scenarios, each with the guideline or trial it follows. */
class EngineScenariosTest {

    private final Engine engine = new Engine();
    private InMemoryKnowledge knowledge = InMemoryKnowledge.seeded();

    private Recommendation answer(Profiles p) {
        return engine.recommend(p.build(), knowledge, "req", Instant.parse("2026-11-29T10:00:00Z"));
    }

    private static List<Option> category(Recommendation r, String category) {
        return r.options().stream().filter(o -> o.category().equals(category)).toList();
    }

    private static List<String> agents(Option o) {
        return o.agents().stream().map(Recommendation.Agent::inn).toList();
    }

    @Test
    @DisplayName("ESMO 2021: postmenopausal, endocrine-sensitive HR+/HER2- first line -> AI + ribociclib first (MONALEESA-2 OS)")
    void firstLineSensitivePostmenopausal() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative());
        assertEquals("HR+/HER2-", r.subtype());
        assertEquals("sensitive", r.endocrineSensitivity());
        List<Option> systemic = category(r, "systemic");
        assertEquals(List.of("letrozole", "ribociclib"), agents(systemic.get(0)));
        assertEquals(1, systemic.get(0).rank());
        assertEquals("MONALEESA-2", systemic.get(0).evidence().get(0).trialId());
        assertEquals("OS", systemic.get(0).evidence().get(0).endpoint());
        assertEquals(List.of("letrozole", "palbociclib"), agents(systemic.get(1)));
        assertEquals(List.of("letrozole", "abemaciclib"), agents(systemic.get(2)));
        assertEquals(List.of("letrozole"), agents(systemic.get(3)));
        assertEquals(List.of("tamoxifen"), agents(systemic.get(4)));
        assertTrue(systemic.stream().noneMatch(o -> agents(o).contains("goserelin")));
    }

    @Test
    @DisplayName("MONALEESA-7 / ABC 5: premenopausal women need ovarian suppression with an AI")
    void premenopausalGetsOvarianSuppression() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative().premenopausal());
        Option first = category(r, "systemic").get(0);
        assertEquals(List.of("letrozole", "ribociclib", "goserelin"), agents(first));
        assertEquals("MONALEESA-7", first.evidence().get(0).trialId());
        assertTrue(first.regimen().contains("ovarian suppression"));
    }

    @Test
    @DisplayName("NCCN: a woman of 60 or more without a stated status is postmenopausal")
    void ageSixtyMeansPostmenopausal() {
        Profiles p = Profiles.hrPositiveHer2Negative();
        p.menopausal = null;
        p.age = 63;
        Recommendation r = answer(p);
        assertFalse(agents(category(r, "systemic").get(0)).contains("goserelin"));
        assertFalse(r.missingData().contains("menopausalStatus"));
    }

    @Test
    @DisplayName("Unknown menopausal status under 60: suppression included, status asked for")
    void unknownMenopausalStatusIsSafe() {
        Profiles p = Profiles.hrPositiveHer2Negative();
        p.menopausal = null;
        p.age = 47;
        Recommendation r = answer(p);
        assertTrue(agents(category(r, "systemic").get(0)).contains("goserelin"));
        assertTrue(r.missingData().contains("menopausalStatus"));
    }

    @Test
    @DisplayName("ABC 5: men on an aromatase inhibitor need a GnRH agonist; tamoxifen alone needs none")
    void menGetGnrhAgonistWithAromataseInhibitor() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative().male());
        List<Option> systemic = category(r, "systemic");
        assertEquals(List.of("letrozole", "ribociclib", "goserelin"), agents(systemic.get(0)));
        Option tamoxifen = systemic.stream().filter(o -> agents(o).contains("tamoxifen")).findFirst().orElseThrow();
        assertEquals(List.of("tamoxifen"), agents(tamoxifen));
        assertTrue(tamoxifen.rationale().contains("men"));
    }

    @Test
    @DisplayName("ABC 5: relapse within 12 months of adjuvant AI is endocrine resistance -> fulvestrant + CDK4/6i (MONALEESA-3)")
    void relapseOnAdjuvantAiIsResistant() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative()
                .prior(TherapySetting.ADJUVANT, 6, true, "letrozole"));
        assertEquals("resistant", r.endocrineSensitivity());
        List<Option> systemic = category(r, "systemic");
        assertEquals(List.of("fulvestrant", "ribociclib"), agents(systemic.get(0)));
        assertEquals("MONALEESA-3", systemic.get(0).evidence().get(0).trialId());
        assertTrue(systemic.stream().noneMatch(o -> agents(o).contains("letrozole")), "a failed AI is not offered again");
    }

    @Test
    @DisplayName("INAVO120: PIK3CA-mutated relapse within 12 months of adjuvant AI -> inavolisib + palbociclib + fulvestrant first")
    void pik3caMutatedEndocrineResistantFirstLineGetsInavolisibTriplet() {
        Profiles p = Profiles.hrPositiveHer2Negative().prior(TherapySetting.ADJUVANT, 6, true, "letrozole");
        p.alterations = List.of("PIK3CA");
        List<Option> systemic = category(answer(p), "systemic");
        assertEquals(List.of("inavolisib", "palbociclib", "fulvestrant"), agents(systemic.get(0)));
        assertTrue(systemic.get(0).rationale().contains("INAVO120"));
        assertEquals(List.of("fulvestrant", "ribociclib"), agents(systemic.get(1)), "the CDK4/6 doublet stays as the next option");
    }

    @Test
    @DisplayName("INAVO120 took documented resistance: assumed resistance or a sensitive relapse gets no inavolisib")
    void inavolisibNeedsDocumentedEndocrineResistance() {
        Profiles assumed = Profiles.hrPositiveHer2Negative().prior(TherapySetting.ADJUVANT, null, null, "anastrozole");
        assumed.alterations = List.of("PIK3CA");
        Profiles sensitive = Profiles.hrPositiveHer2Negative().prior(TherapySetting.ADJUVANT, 30, false, "tamoxifen");
        sensitive.alterations = List.of("PIK3CA");
        for (Profiles p : List.of(assumed, sensitive)) {
            assertTrue(category(answer(p), "systemic").stream().noneMatch(o -> agents(o).contains("inavolisib")));
        }
    }

    @Test
    @DisplayName("ABC 5: relapse more than 12 months after adjuvant therapy is endocrine-sensitive")
    void lateRelapseIsSensitive() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative()
                .prior(TherapySetting.ADJUVANT, 30, false, "tamoxifen"));
        assertEquals("sensitive", r.endocrineSensitivity());
        assertEquals(List.of("letrozole", "ribociclib"), agents(category(r, "systemic").get(0)));
    }

    @Test
    @DisplayName("Unknown timing of adjuvant endocrine therapy: resistance assumed and said")
    void unknownTimingAssumesResistance() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative()
                .prior(TherapySetting.ADJUVANT, null, null, "anastrozole"));
        assertEquals("resistant", r.endocrineSensitivity());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("endedMonthsAgo")));
    }

    @Test
    @DisplayName("ABC 6/7: visceral crisis -> combination chemotherapy first, no endocrine option")
    void visceralCrisisMeansChemotherapyFirst() {
        Profiles p = Profiles.hrPositiveHer2Negative().sites(Site.BONE, Site.LIVER);
        p.crisis = true;
        List<Option> systemic = category(answer(p), "systemic");
        assertEquals(List.of("docetaxel", "capecitabine"), agents(systemic.get(0)));
        assertTrue(systemic.stream().noneMatch(o -> agents(o).contains("ribociclib")));
    }

    @Test
    @DisplayName("After a CDK4/6 inhibitor, nothing tested: ESR1/PIK3CA/AKT1/PTEN tests, everolimus-exemestane first (BOLERO-2)")
    void afterCdk46WithoutMarkers() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative()
                .prior(TherapySetting.METASTATIC, 0, true, "letrozole", "palbociclib"));
        assertEquals(2, r.lineOfTherapy());
        List<String> tests = r.recommendedTests().stream().map(Recommendation.RecommendedTest::test).toList();
        assertTrue(tests.containsAll(List.of("PIK3CA", "ESR1", "AKT1", "PTEN")));
        List<Option> systemic = category(r, "systemic");
        assertEquals(List.of("exemestane", "everolimus"), agents(systemic.get(0)));
        assertTrue(systemic.stream().noneMatch(o -> agents(o).contains("letrozole") || agents(o).contains("palbociclib")),
                "failed agents are not offered again");
    }

    @Test
    @DisplayName("A recommended NGS test says when the country is unlikely to run it locally")
    void ngsTestsCarryWhereTheyCanBeDone() {
        Profiles p = Profiles.hrPositiveHer2Negative().prior(TherapySetting.METASTATIC, 0, true, "letrozole", "palbociclib");
        p.country = "NE";
        String reason = answer(p).recommendedTests().stream().filter(t -> t.test().equals("PIK3CA")).findFirst()
                .orElseThrow().reason();
        assertTrue(reason.contains("not expected at its basic tier"), reason);
        p.country = "GB";
        assertFalse(answer(p).recommendedTests().stream().anyMatch(t -> t.reason().contains("reference laboratory")));
    }

    @Test
    @DisplayName("EMERALD: ESR1-mutated after AI + CDK4/6 inhibitor -> elacestrant first")
    void esr1MutationGetsElacestrant() {
        Profiles p = Profiles.hrPositiveHer2Negative().prior(TherapySetting.METASTATIC, 0, true, "letrozole", "ribociclib");
        p.alterations = List.of("ESR1");
        assertEquals(List.of("elacestrant"), agents(category(answer(p), "systemic").get(0)));
    }

    @Test
    @DisplayName("CAPItello-291 and SOLAR-1: PIK3CA-mutated -> capivasertib or alpelisib with fulvestrant")
    void pik3caMutationGetsPi3kAktPathwayOptions() {
        Profiles p = Profiles.hrPositiveHer2Negative().prior(TherapySetting.METASTATIC, 0, true, "letrozole", "ribociclib");
        p.alterations = List.of("PIK3CA");
        List<Option> systemic = category(answer(p), "systemic");
        assertEquals(List.of("fulvestrant", "capivasertib"), agents(systemic.get(0)));
        assertEquals(List.of("fulvestrant", "alpelisib"), agents(systemic.get(1)));
        assertTrue(systemic.get(1).warnings().get(0).contains("Hyperglycaemia"));
    }

    @Test
    @DisplayName("CAPItello-291: AKT1 or PTEN alteration -> capivasertib, not alpelisib")
    void aktAlterationGetsCapivasertibOnly() {
        Profiles p = Profiles.hrPositiveHer2Negative().prior(TherapySetting.METASTATIC, 0, true, "anastrozole", "abemaciclib");
        p.alterations = List.of("AKT1");
        List<Option> systemic = category(answer(p), "systemic");
        assertEquals(List.of("fulvestrant", "capivasertib"), agents(systemic.get(0)));
        assertTrue(systemic.stream().noneMatch(o -> agents(o).contains("alpelisib")));
    }

    @Test
    @DisplayName("Fulvestrant failed: no fulvestrant-based regimen is offered again")
    void failedFulvestrantIsNotReused() {
        Profiles p = Profiles.hrPositiveHer2Negative().prior(TherapySetting.METASTATIC, 0, true, "fulvestrant", "palbociclib");
        p.alterations = List.of("PIK3CA");
        assertTrue(category(answer(p), "systemic").stream().noneMatch(o -> agents(o).contains("fulvestrant")));
    }

    @Test
    @DisplayName("OlympiAD / EMBRACA: germline BRCA after endocrine therapy -> PARP inhibitor")
    void germlineBrcaGetsParpInhibitor() {
        Profiles p = Profiles.hrPositiveHer2Negative().prior(TherapySetting.METASTATIC, 0, true, "letrozole", "palbociclib");
        p.brca = org.bcbm.common.contract.Enums.GermlineBrca.BRCA2;
        List<String> regimens = category(answer(p), "systemic").stream().map(Option::regimen).toList();
        assertTrue(regimens.containsAll(List.of("Olaparib", "Talazoparib")));
    }

    @Test
    @DisplayName("DESTINY-Breast04: HER2-low after chemotherapy -> trastuzumab deruxtecan; TROPiCS-02 after two chemotherapies")
    void her2LowAfterChemotherapy() {
        Profiles p = Profiles.hrPositiveHer2Negative().her2(Her2.LOW)
                .prior(TherapySetting.METASTATIC, 0, true, "letrozole", "palbociclib")
                .prior(TherapySetting.METASTATIC, 0, true, "capecitabine")
                .prior(TherapySetting.METASTATIC, 0, true, "paclitaxel");
        List<Option> systemic = category(answer(p), "systemic");
        assertTrue(systemic.stream().anyMatch(o -> agents(o).equals(List.of("trastuzumab deruxtecan"))));
        assertTrue(systemic.stream().anyMatch(o -> agents(o).equals(List.of("sacituzumab govitecan"))));
        assertTrue(systemic.stream().noneMatch(o -> agents(o).contains("capecitabine")), "capecitabine failed");
    }

    @Test
    @DisplayName("DESTINY-Breast06: HR+ HER2-low after endocrine therapy, before chemotherapy -> trastuzumab deruxtecan")
    void her2LowBeforeChemotherapyGetsTrastuzumabDeruxtecan() {
        Profiles p = Profiles.hrPositiveHer2Negative().her2(Her2.LOW)
                .prior(TherapySetting.METASTATIC, 0, true, "letrozole", "palbociclib");
        Option tdxd = category(answer(p), "systemic").stream()
                .filter(o -> agents(o).equals(List.of("trastuzumab deruxtecan"))).findFirst().orElseThrow();
        assertTrue(tdxd.rationale().contains("DESTINY-Breast06"), tdxd.rationale());
    }

    @Test
    @DisplayName("DESTINY-Breast06: HR+ HER2-ultralow before chemotherapy -> trastuzumab deruxtecan, flagged exploratory")
    void her2UltralowBeforeChemotherapyGetsTrastuzumabDeruxtecan() {
        Profiles p = Profiles.hrPositiveHer2Negative().her2(Her2.ULTRALOW)
                .prior(TherapySetting.METASTATIC, 0, true, "letrozole", "palbociclib");
        Option tdxd = category(answer(p), "systemic").stream()
                .filter(o -> agents(o).equals(List.of("trastuzumab deruxtecan"))).findFirst().orElseThrow();
        assertTrue(tdxd.rationale().contains("exploratory"), tdxd.rationale());
    }

    @Test
    @DisplayName("HER2-ultralow after chemotherapy (outside DESTINY-Breast06 and -04) -> no trastuzumab deruxtecan, a note says why")
    void her2UltralowAfterChemotherapyIsNotOfferedTrastuzumabDeruxtecan() {
        Profiles p = Profiles.hrPositiveHer2Negative().her2(Her2.ULTRALOW)
                .prior(TherapySetting.METASTATIC, 0, true, "letrozole", "palbociclib")
                .prior(TherapySetting.METASTATIC, 0, true, "capecitabine");
        Recommendation r = answer(p);
        assertTrue(category(r, "systemic").stream().noneMatch(o -> agents(o).contains("trastuzumab deruxtecan")));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("DESTINY-Breast06")), String.valueOf(r.notes()));
    }

    @Test
    @DisplayName("HER2-negative (IHC 0) never gets trastuzumab deruxtecan")
    void her2ZeroGetsNoTrastuzumabDeruxtecan() {
        Profiles p = Profiles.hrPositiveHer2Negative()
                .prior(TherapySetting.METASTATIC, 0, true, "letrozole", "palbociclib")
                .prior(TherapySetting.METASTATIC, 0, true, "capecitabine");
        assertTrue(category(answer(p), "systemic").stream().noneMatch(o -> agents(o).contains("trastuzumab deruxtecan")));
    }

    @Test
    @DisplayName("CLEOPATRA: HER2+ first line -> pertuzumab + trastuzumab + docetaxel (OS HR 0.69, MCBS 4)")
    void her2PositiveFirstLine() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative().hrNegative().her2(Her2.POSITIVE));
        assertEquals("HR-/HER2+", r.subtype());
        Option first = category(r, "systemic").get(0);
        assertEquals(List.of("pertuzumab", "trastuzumab", "docetaxel"), agents(first));
        assertEquals(0, new BigDecimal("0.69").compareTo(first.evidence().get(0).hazardRatio()));
        assertEquals("4", first.evidence().get(0).mcbsGrade());
        assertEquals(List.of("trastuzumab", "docetaxel"), agents(category(r, "systemic").get(2)));
    }

    @Test
    @DisplayName("DESTINY-Breast03: HER2+ after trastuzumab + taxane -> trastuzumab deruxtecan first")
    void her2PositiveSecondLine() {
        Profiles p = Profiles.hrPositiveHer2Negative().her2(Her2.POSITIVE)
                .prior(TherapySetting.METASTATIC, 0, true, "pertuzumab", "trastuzumab", "docetaxel");
        List<Option> systemic = category(answer(p), "systemic");
        assertEquals(List.of("trastuzumab deruxtecan"), agents(systemic.get(0)));
        assertTrue(systemic.stream().noneMatch(o -> agents(o).contains("pertuzumab")));
    }

    @Test
    @DisplayName("HER2CLIMB: HER2+ with brain metastases after first line -> tucatinib + trastuzumab + capecitabine first")
    void her2PositiveBrainMetastases() {
        Profiles p = Profiles.hrPositiveHer2Negative().her2(Her2.POSITIVE).sites(Site.BONE, Site.BRAIN)
                .prior(TherapySetting.METASTATIC, 0, true, "pertuzumab", "trastuzumab", "docetaxel");
        assertEquals(List.of("tucatinib", "trastuzumab", "capecitabine"), agents(category(answer(p), "systemic").get(0)));
    }

    @Test
    @DisplayName("Anti-HER2 antibodies and LVEF below 50%: cardiology review warned")
    void lowLvefIsWarned() {
        Profiles p = Profiles.hrPositiveHer2Negative().her2(Her2.POSITIVE);
        p.lvef = 45;
        Option first = category(answer(p), "systemic").get(0);
        assertTrue(first.warnings().get(0).contains("LVEF 45%"));
        assertTrue(first.rationale().contains("endocrine maintenance"), "HR+/HER2+ maintenance");
    }

    @Test
    @DisplayName("TNBC, PD-L1 and germline BRCA unknown: both tests recommended, chemotherapy offered, no pembrolizumab")
    void tripleNegativeAsksForItsTests() {
        Profiles p = Profiles.hrPositiveHer2Negative().tripleNegative();
        p.brca = null;
        Recommendation r = answer(p);
        assertEquals("TNBC", r.subtype());
        assertEquals("not_applicable", r.endocrineSensitivity());
        List<String> tests = r.recommendedTests().stream().map(Recommendation.RecommendedTest::test).toList();
        assertTrue(tests.containsAll(List.of("PD-L1", "germline BRCA")));
        assertEquals(List.of("paclitaxel"), agents(category(r, "systemic").get(0)));
        assertTrue(category(r, "systemic").stream().noneMatch(o -> agents(o).contains("pembrolizumab")));
    }

    @Test
    @DisplayName("KEYNOTE-355: TNBC with PD-L1 CPS >= 10 -> pembrolizumab with chemotherapy first")
    void tripleNegativeCpsTenGetsPembrolizumab() {
        Profiles p = Profiles.hrPositiveHer2Negative().tripleNegative();
        p.pdl1 = 10;
        assertEquals(List.of("pembrolizumab", "paclitaxel"), agents(category(answer(p), "systemic").get(0)));
        p.pdl1 = 9;
        assertTrue(category(answer(p), "systemic").stream().noneMatch(o -> agents(o).contains("pembrolizumab")));
    }

    @Test
    @DisplayName("TROPION-Breast02 / ASCENT-03: TNBC not a PD-(L)1 candidate -> datopotamab deruxtecan, then sacituzumab govitecan, before chemotherapy")
    void tripleNegativeNotPd1CandidateGetsFirstLineAntibodyDrugConjugates() {
        Profiles p = Profiles.hrPositiveHer2Negative().tripleNegative();
        p.pdl1 = 1;
        List<Option> systemic = category(answer(p), "systemic");
        assertEquals(List.of("datopotamab deruxtecan"), agents(systemic.get(0)));
        assertTrue(systemic.get(0).rationale().contains("TROPION-Breast02"));
        assertEquals(List.of("sacituzumab govitecan"), agents(systemic.get(1)));
        assertEquals(List.of("paclitaxel"), agents(systemic.get(2)));
    }

    @Test
    @DisplayName("ASCENT-04: TNBC with PD-L1 CPS >= 10 -> sacituzumab govitecan + pembrolizumab after KEYNOTE-355's regimens")
    void tripleNegativeCpsTenAlsoGetsSacituzumabWithPembrolizumab() {
        Profiles p = Profiles.hrPositiveHer2Negative().tripleNegative();
        p.pdl1 = 12;
        List<Option> systemic = category(answer(p), "systemic");
        assertEquals(List.of("pembrolizumab", "paclitaxel"), agents(systemic.get(0)));
        assertTrue(systemic.stream().anyMatch(o -> agents(o).equals(List.of("sacituzumab govitecan", "pembrolizumab"))));
        assertTrue(systemic.stream().noneMatch(o -> agents(o).equals(List.of("datopotamab deruxtecan"))),
                "a PD-(L)1 candidate is not offered the non-candidates' ADC first line");
    }

    @Test
    @DisplayName("TNBC after a first-line antibody-drug conjugate is no longer first line")
    void tripleNegativeAfterFirstLineAdcMovesOn() {
        Profiles p = Profiles.hrPositiveHer2Negative().tripleNegative()
                .prior(TherapySetting.METASTATIC, 0, true, "datopotamab deruxtecan");
        p.pdl1 = 1;
        List<Option> systemic = category(answer(p), "systemic");
        List<String> firstLineOnly = List.of("datopotamab-deruxtecan", "pembrolizumab-paclitaxel", "carboplatin");
        assertTrue(systemic.stream().noneMatch(o -> firstLineOnly.contains(o.id())), String.valueOf(systemic.stream().map(Option::id).toList()));
    }

    @Test
    @DisplayName("DESTINY-Breast09: HER2+ first line -> trastuzumab deruxtecan + pertuzumab offered after THP")
    void her2PositiveFirstLineAlsoGetsTrastuzumabDeruxtecanWithPertuzumab() {
        List<Option> systemic = category(answer(Profiles.hrPositiveHer2Negative().hrNegative().her2(Her2.POSITIVE)), "systemic");
        assertEquals(List.of("trastuzumab deruxtecan", "pertuzumab"), agents(systemic.get(1)));
        assertTrue(systemic.get(1).rationale().contains("DESTINY-Breast09"));
    }

    @Test
    @DisplayName("EMBER-3: ESR1-mutated after AI + CDK4/6 -> imlunestrant too; not after elacestrant has failed")
    void esr1MutatedGetsImlunestrantUnlessAnOralSerdFailed() {
        Profiles p = Profiles.hrPositiveHer2Negative().prior(TherapySetting.METASTATIC, 0, true, "letrozole", "palbociclib");
        p.alterations = List.of("ESR1");
        assertTrue(category(answer(p), "systemic").stream().anyMatch(o -> agents(o).equals(List.of("imlunestrant"))));
        Profiles afterElacestrant = Profiles.hrPositiveHer2Negative()
                .prior(TherapySetting.METASTATIC, 0, true, "letrozole", "palbociclib")
                .prior(TherapySetting.METASTATIC, 0, true, "elacestrant");
        afterElacestrant.alterations = List.of("ESR1");
        assertTrue(category(answer(afterElacestrant), "systemic").stream().noneMatch(o -> agents(o).contains("imlunestrant")));
    }

    @Test
    @DisplayName("TNBC with germline BRCA, PD-L1 negative: PARP inhibitor or platinum first")
    void tripleNegativeGermlineBrca() {
        Profiles p = Profiles.hrPositiveHer2Negative().tripleNegative();
        p.pdl1 = 1;
        p.brca = org.bcbm.common.contract.Enums.GermlineBrca.BRCA1;
        List<Option> systemic = category(answer(p), "systemic");
        assertEquals("Olaparib", systemic.get(0).regimen());
        assertTrue(systemic.stream().anyMatch(o -> agents(o).equals(List.of("carboplatin"))));
    }

    @Test
    @DisplayName("ASCENT (OS) before DESTINY-Breast04's exploratory HR- cohort: pretreated HER2-low TNBC -> sacituzumab govitecan first")
    void pretreatedTripleNegative() {
        Profiles p = Profiles.hrPositiveHer2Negative().tripleNegative().her2(Her2.LOW)
                .prior(TherapySetting.METASTATIC, 0, true, "paclitaxel");
        List<Option> systemic = category(answer(p), "systemic");
        assertEquals(List.of("sacituzumab govitecan"), agents(systemic.get(0)));
        assertEquals("ASCENT", systemic.get(0).evidence().isEmpty() ? "ASCENT" : systemic.get(0).evidence().get(0).trialId());
        assertEquals(List.of("trastuzumab deruxtecan"), agents(systemic.get(1)));
        assertTrue(systemic.get(1).rationale().contains("exploratory"));
    }

    @Test
    @DisplayName("ESMO 2021: HER2 IHC 0 after chemotherapy -> re-test HER2 for HER2-low")
    void her2ZeroAfterChemotherapyIsRetested() {
        Profiles p = Profiles.hrPositiveHer2Negative().tripleNegative().prior(TherapySetting.METASTATIC, 0, true, "paclitaxel");
        assertTrue(answer(p).recommendedTests().stream().anyMatch(t -> t.test().equals("HER2")));
        assertTrue(answer(Profiles.hrPositiveHer2Negative()).recommendedTests().stream().noneMatch(t -> t.test().equals("HER2")),
                "not in the first line of HR+ disease");
    }

    @Test
    @DisplayName("Premenopausal, endocrine-resistant: fulvestrant + CDK4/6 inhibitor with ovarian suppression (PALOMA-3 gave goserelin)")
    void premenopausalResistantGetsFulvestrantWithSuppression() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative().premenopausal()
                .prior(TherapySetting.ADJUVANT, 4, true, "tamoxifen"));
        Option first = category(r, "systemic").get(0);
        assertEquals(List.of("fulvestrant", "ribociclib", "goserelin"), agents(first));
        assertTrue(category(r, "systemic").stream().noneMatch(o -> agents(o).contains("tamoxifen")), "tamoxifen failed");
    }

    @Test
    @DisplayName("HR+/HER2+ first line: dual HER2 blockade with a taxane, endocrine maintenance named")
    void hrPositiveHer2PositiveFirstLine() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative().her2(Her2.POSITIVE));
        assertEquals("HR+/HER2+", r.subtype());
        assertEquals(List.of("pertuzumab", "trastuzumab", "docetaxel"), agents(category(r, "systemic").get(0)));
        Option maintenance = category(r, "systemic").stream().filter(o -> o.id().equals("pertuzumab-trastuzumab-letrozole"))
                .findFirst().orElseThrow();
        assertEquals(List.of("pertuzumab", "trastuzumab", "letrozole"), agents(maintenance));
        Recommendation pre = answer(Profiles.hrPositiveHer2Negative().premenopausal().her2(Her2.POSITIVE));
        assertTrue(category(pre, "systemic").stream().anyMatch(o -> agents(o).contains("goserelin")),
                "premenopausal: ovarian suppression with the aromatase inhibitor");
    }

    @Test
    @DisplayName("Men with HER2+ disease get the same anti-HER2 options")
    void maleHer2Positive() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative().male().hrNegative().her2(Her2.POSITIVE));
        assertEquals("HR-/HER2+", r.subtype());
        assertEquals(List.of("pertuzumab", "trastuzumab", "docetaxel"), agents(category(r, "systemic").get(0)));
    }

    @Test
    @DisplayName("HER2-low is reported as such")
    void her2LowFlag() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative().her2(Her2.LOW));
        assertTrue(r.her2Low());
        assertEquals("HR+/HER2-", r.subtype());
    }

    @Test
    @DisplayName("ESMO 2020 bone health: every patient with bone metastases gets a bone-modifying agent, denosumab first (Stopeck 2010)")
    void boneMetastasesGetBoneModifyingAgents() {
        List<Option> bone = category(answer(Profiles.hrPositiveHer2Negative()), "bone_modifying");
        assertEquals(List.of("denosumab"), agents(bone.get(0)));
        assertEquals("STOPECK-2010", bone.get(0).evidence().get(0).trialId());
        assertEquals(List.of("zoledronic acid"), agents(bone.get(1)));
        assertTrue(bone.stream().allMatch(o -> o.warnings().contains("Calcium and vitamin D supplementation")));
        assertTrue(bone.stream().allMatch(o -> o.warnings().contains("Dental examination before start")));
    }

    @Test
    @DisplayName("Zometa label: creatinine clearance below 30 -> zoledronic acid and pamidronate contraindicated; denosumab with hypocalcaemia warning")
    void severeRenalImpairment() {
        Profiles p = Profiles.hrPositiveHer2Negative();
        p.crcl = new BigDecimal("25");
        Recommendation r = answer(p);
        List<String> contraindicated = r.contraindicated().stream().map(Recommendation.Contraindication::inn).toList();
        assertTrue(contraindicated.containsAll(List.of("zoledronic acid", "pamidronic acid")));
        List<Option> bone = category(r, "bone_modifying");
        assertEquals(1, bone.size());
        assertTrue(bone.get(0).warnings().get(0).contains("hypocalcaemia"));
    }

    @Test
    @DisplayName("Zometa label: creatinine clearance 40-49 mL/min -> 3.3 mg")
    void zoledronicDoseByCreatinineClearance() {
        Profiles p = Profiles.hrPositiveHer2Negative();
        p.crcl = new BigDecimal("45");
        Option za = category(answer(p), "bone_modifying").get(1);
        assertTrue(za.regimen().contains("3.3 mg"), za.regimen());
        assertEquals("3.5 mg", BoneHealth.zoledronicDose(new BigDecimal("60")));
        assertEquals("4 mg", BoneHealth.zoledronicDose(new BigDecimal("60.5")));
        assertEquals("3.0 mg", BoneHealth.zoledronicDose(new BigDecimal("30")));
    }

    @Test
    @DisplayName("ESMO 2020: a pending invasive dental procedure delays, it does not remove, the bone-modifying agent")
    void pendingDentalProcedureDelays() {
        Profiles p = Profiles.hrPositiveHer2Negative();
        p.dental = DentalStatus.PENDING_INVASIVE_PROCEDURE;
        List<Option> bone = category(answer(p), "bone_modifying");
        assertEquals(3, bone.size());
        assertTrue(bone.get(0).warnings().stream().anyMatch(w -> w.contains("before the first dose")));
    }

    @Test
    @DisplayName("Low corrected calcium: correct before the first dose")
    void lowCalciumIsCorrectedFirst() {
        Profiles p = Profiles.hrPositiveHer2Negative();
        p.calcium = new BigDecimal("2.05");
        assertTrue(category(answer(p), "bone_modifying").get(0).warnings().stream()
                .anyMatch(w -> w.contains("correct hypocalcaemia")));
    }

    @Test
    @DisplayName("ESMO 2020 [I, A]: painful uncomplicated bone metastasis -> 8 Gy single fraction")
    void painfulUncomplicatedGetsSingleFraction() {
        Option rt = category(answer(Profiles.hrPositiveHer2Negative().bone(3, true, false, false, false, false)),
                "radiotherapy").get(0);
        assertEquals(8, rt.radiotherapy().doseGy());
        assertEquals(1, rt.radiotherapy().fractions());
        assertTrue(rt.agents().isEmpty());
    }

    @Test
    @DisplayName("Patchell 2005: spinal cord compression, fit, one level -> surgery then radiotherapy, with dexamethasone")
    void cordCompressionFitSingleLevel() {
        Profiles p = Profiles.hrPositiveHer2Negative().cordCompression(1, NeurologicalStatus.NON_AMBULATORY, null);
        p.survivalMonths = 12;
        Recommendation r = answer(p);
        assertEquals(1, category(r, "surgery").size());
        assertEquals(List.of("dexamethasone"), agents(category(r, "supportive").get(0)));
        Option rt = category(r, "radiotherapy").get(0);
        assertEquals(20, rt.radiotherapy().doseGy());
        assertEquals(5, rt.radiotherapy().fractions());
        assertTrue(category(r, "radiotherapy").stream().noneMatch(o -> o.id().equals("radiotherapy-8gy-single-fraction")));
    }

    @Test
    @DisplayName("Spinal cord compression with ECOG 3: radiotherapy, no surgery")
    void cordCompressionUnfitGetsRadiotherapy() {
        Profiles p = Profiles.hrPositiveHer2Negative().cordCompression(1, NeurologicalStatus.INTACT, null);
        p.survivalMonths = 12;
        p.ecog = 3;
        Recommendation r = answer(p);
        assertTrue(category(r, "surgery").isEmpty());
        assertEquals(1, category(r, "radiotherapy").get(0).rank());
    }

    @Test
    @DisplayName("ESMO 2020: pathological fracture -> stabilisation then radiotherapy")
    void pathologicalFractureIsStabilised() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative().bone(2, true, false, false, true, false));
        assertTrue(category(r, "surgery").get(0).regimen().contains("stabilisation"));
        assertEquals("postoperative-radiotherapy-8gy", category(r, "radiotherapy").get(0).id());
    }

    @Test
    @DisplayName("Hypercalcaemia: hydration as a supportive option, no calcium supplements meanwhile")
    void hypercalcaemiaGetsHydration() {
        Profiles p = Profiles.hrPositiveHer2Negative().bone(2, false, false, false, false, true);
        p.calcium = new BigDecimal("3.1");
        Recommendation r = answer(p);
        assertEquals("intravenous-hydration", category(r, "supportive").get(0).id());
        assertTrue(category(r, "bone_modifying").get(0).warnings().get(0).contains("no calcium"));
    }

    @Test
    @DisplayName("No bone metastases: no bone-modifying agent")
    void noBoneNoBoneModifyingAgent() {
        Recommendation r = answer(Profiles.hrPositiveHer2Negative().sites(Site.LIVER));
        assertTrue(category(r, "bone_modifying").isEmpty());
    }

    @Test
    @DisplayName("Resource setting: unavailable best option stays shown and flagged; the first available one is marked")
    void firstAvailableOptionIsMarked() {
        knowledge.listing("NE", "ribociclib", false).listing("NE", "palbociclib", false).listing("NE", "abemaciclib", false)
                .listing("NE", "letrozole", true).listing("NE", "tamoxifen", true);
        Profiles p = Profiles.hrPositiveHer2Negative();
        p.country = "NE";
        List<Option> systemic = category(answer(p), "systemic");
        assertEquals(Boolean.FALSE, systemic.get(0).access().available());
        assertNull(systemic.get(0).firstAvailable());
        assertEquals(List.of("letrozole"), agents(systemic.get(3)));
        assertEquals(Boolean.TRUE, systemic.get(3).firstAvailable());
    }

    @Test
    @DisplayName("No country data at a basic tier: the tier rule points to tamoxifen, the optimum stays shown")
    void tierRuleChoosesTheFirstExpectedOption() {
        Profiles p = Profiles.hrPositiveHer2Negative();
        p.country = "NE"; // Niger: basic tier, no listings on file in this knowledge
        List<Option> systemic = category(answer(p), "systemic");
        assertEquals(List.of("letrozole", "ribociclib"), agents(systemic.get(0)));
        assertNull(systemic.get(0).access().available());
        assertEquals(Boolean.FALSE, systemic.get(0).access().expectedAtTier());
        Option tamoxifen = systemic.stream().filter(o -> agents(o).equals(List.of("tamoxifen"))).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, tamoxifen.firstAvailable());
        assertTrue(tamoxifen.access().note().contains("a rule, not a source"));
        List<Option> bone = category(answer(p), "bone_modifying");
        assertEquals(Boolean.FALSE, bone.get(0).access().expectedAtTier(), "denosumab needs an enhanced tier");
        assertEquals(Boolean.TRUE, bone.get(1).access().expectedAtTier(), "WHO EML 2025: zoledronic acid from the basic tier");
        assertEquals(Boolean.TRUE, bone.get(1).firstAvailable(), "the bone agent a basic-tier setting can most likely obtain");
    }

    @Test
    @DisplayName("A tier without a country: expectations by tier only")
    void tierOnlyProfile() {
        Profiles p = Profiles.hrPositiveHer2Negative();
        p.country = null;
        PatientProfile profile = p.build();
        PatientProfile enhanced = new PatientProfile(profile.patientRef(), profile.age(), profile.sex(),
                profile.menopausalStatus(), profile.tumour(), profile.metastases(), profile.priorTherapies(),
                profile.clinical(), new PatientProfile.ResourceSetting(null, org.bcbm.common.contract.Enums.Tier.ENHANCED));
        Option first = category(engine.recommend(enhanced, knowledge, "r", Instant.EPOCH), "systemic").get(0);
        assertEquals(Boolean.TRUE, first.access().expectedAtTier());
        assertEquals(Boolean.TRUE, first.firstAvailable());
    }

    @Test
    @DisplayName("Unknown availability is null, never guessed")
    void unknownAvailabilityIsNull() {
        Option first = category(answer(Profiles.hrPositiveHer2Negative()), "systemic").get(0);
        assertNull(first.access().available());
        assertTrue(first.access().note().contains("no source"));
    }

    @Test
    @DisplayName("Missing facts that matter are listed")
    void missingDataIsListed() {
        PatientProfile bare = new PatientProfile(null, null, org.bcbm.common.contract.Enums.Sex.FEMALE, null,
                new PatientProfile.Tumour(org.bcbm.common.contract.Enums.Receptor.POSITIVE, null, Her2.NEGATIVE,
                        null, null, null, null),
                new PatientProfile.Metastases(List.of(Site.BONE), null, null), null, null, null);
        Recommendation r = engine.recommend(bare, knowledge, "req", Instant.now());
        assertTrue(r.missingData().containsAll(List.of("clinical.creatinineClearanceMlMin",
                "clinical.correctedCalciumMmolL", "clinical.dentalStatus", "menopausalStatus", "resourceSetting",
                "metastases.bone")));
    }

    @Test
    @DisplayName("The same profile and knowledge give the same answer")
    void deterministic() {
        Recommendation a = answer(Profiles.hrPositiveHer2Negative().bone(1, true, true, false, false, false));
        Recommendation b = answer(Profiles.hrPositiveHer2Negative().bone(1, true, true, false, false, false));
        assertEquals(a, b);
    }
}
