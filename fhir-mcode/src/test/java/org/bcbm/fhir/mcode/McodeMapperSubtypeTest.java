package org.bcbm.fhir.mcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.bcbm.common.contract.Enums.GermlineBrca;
import org.bcbm.common.contract.Enums.Her2;
import org.bcbm.common.contract.Enums.MenopausalStatus;
import org.bcbm.common.contract.Enums.Receptor;
import org.bcbm.common.contract.Enums.Sex;
import org.bcbm.common.contract.Enums.Site;
import org.bcbm.common.contract.Enums.TherapySetting;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.PatientProfile.PriorTherapy;
import org.junit.jupiter.api.Test;

/** One mCODE-shaped bundle per subtype, mapped and checked field by field. */
class McodeMapperSubtypeTest {

    private final McodeMapper mapper = new McodeMapper(Bundles.CLOCK);

    private MappedProfile map(String name, String country) {
        return mapper.map(mapper.parseBundle(Bundles.json(name)), country);
    }

    @Test
    void hormoneReceptorPositiveHer2NegativeBundleGivesEveryFieldItHolds() {
        MappedProfile mapped = map("hr-positive-her2-negative", "GB");
        PatientProfile p = mapped.profile();
        assertNotNull(p, mapped.toString());
        assertNull(p.patientRef(), "no identifier of the patient is carried into the profile");
        assertEquals(71, p.age());
        assertEquals(Sex.FEMALE, p.sex());
        assertEquals(MenopausalStatus.POSTMENOPAUSAL, p.menopausalStatus());
        assertEquals(Receptor.POSITIVE, p.tumour().er());
        assertEquals(Receptor.NEGATIVE, p.tumour().pr());
        assertEquals(Her2.NEGATIVE, p.tumour().her2());
        assertNull(p.tumour().ki67Percent());
        assertNull(p.tumour().pdl1Cps());
        assertEquals(List.of("PIK3CA"), p.tumour().somaticAlterations());
        assertNull(p.tumour().germlineBrca());
        assertEquals(List.of(Site.BONE, Site.LIVER), p.metastases().sites());
        assertNull(p.metastases().visceralCrisis());
        assertNull(p.metastases().bone());
        assertEquals(0, p.clinical().ecog());
        assertEquals(0, new BigDecimal("75").compareTo(p.clinical().creatinineClearanceMlMin()));
        assertNull(p.clinical().correctedCalciumMmolL());
        assertEquals("GB", p.resourceSetting().country());
        assertEquals(List.of(
                new PriorTherapy(List.of("doxorubicin", "paclitaxel"), TherapySetting.ADJUVANT, 99, null),
                new PriorTherapy(List.of("anastrozole"), TherapySetting.ADJUVANT, 37, null)), p.priorTherapies());
        assertEquals(List.of("clinical.correctedCalciumMmolL"), mapped.missingData());
        assertEquals(List.of(), mapped.unmapped());
    }

    @Test
    void her2PositiveBundleGivesIhc3PlusAndMetastaticLinesWithProgression() {
        MappedProfile mapped = map("her2-positive", null);
        PatientProfile p = mapped.profile();
        assertNotNull(p, mapped.toString());
        assertEquals(58, p.age());
        assertEquals(Sex.FEMALE, p.sex());
        assertNull(p.menopausalStatus());
        assertEquals(Receptor.NEGATIVE, p.tumour().er());
        assertEquals(Receptor.NEGATIVE, p.tumour().pr());
        assertEquals(Her2.POSITIVE, p.tumour().her2());
        assertNull(p.tumour().somaticAlterations());
        assertEquals(List.of(Site.BONE, Site.BRAIN), p.metastases().sites());
        assertEquals(1, p.clinical().ecog());
        assertNull(p.clinical().creatinineClearanceMlMin());
        assertNull(p.resourceSetting(), "no country argument, no resource setting");
        assertEquals(30, p.tumour().ki67Percent());
        assertEquals(0, new BigDecimal("2.30").compareTo(p.clinical().correctedCalciumMmolL()),
                "2.10 mmol/L total with albumin 30 g/L the same day: 2.10 + 0.02 x (40 - 30)");
        assertEquals(List.of(
                new PriorTherapy(List.of("trastuzumab", "pertuzumab", "docetaxel"), TherapySetting.METASTATIC, 9, true),
                new PriorTherapy(List.of("trastuzumab deruxtecan"), TherapySetting.METASTATIC, 0, null)), p.priorTherapies());
        assertEquals(List.of("menopausalStatus", "clinical.creatinineClearanceMlMin"), mapped.missingData());
        assertEquals(List.of(), mapped.unmapped());
    }

    @Test
    void her2LowBundleGivesLowFromIhc2PlusWithNegativeIsh() {
        MappedProfile mapped = map("her2-low", "DE");
        PatientProfile p = mapped.profile();
        assertNotNull(p, mapped.toString());
        assertEquals(65, p.age());
        assertEquals(MenopausalStatus.POSTMENOPAUSAL, p.menopausalStatus());
        assertEquals(Receptor.POSITIVE, p.tumour().er(), "40% of cells stained is positive");
        assertEquals(Receptor.POSITIVE, p.tumour().pr());
        assertEquals(Her2.LOW, p.tumour().her2());
        assertEquals(List.of(Site.BONE), p.metastases().sites(), "thoracic vertebra body site of a generic secondary");
        assertEquals(1, p.clinical().ecog());
        assertEquals(List.of(new PriorTherapy(List.of("letrozole", "palbociclib"), TherapySetting.METASTATIC, 2, true)),
                p.priorTherapies());
        assertNull(p.clinical().correctedCalciumMmolL(), "the albumin is of another day than the calcium");
        assertEquals(List.of("clinical.creatinineClearanceMlMin", "clinical.correctedCalciumMmolL"), mapped.missingData());
        assertEquals(1, mapped.unmapped().size(), mapped.unmapped().toString());
        assertEquals("Observation/calcium-her2-low", mapped.unmapped().get(0).resource());
        assertTrue(mapped.unmapped().get(0).reason().contains("not taken on the same day"),
                mapped.unmapped().get(0).reason());
    }

    @Test
    void her2UltralowBundleGivesUltralowFromIhc0WithFaintStainingAndNotesTheEgfr() {
        MappedProfile mapped = map("her2-ultralow", "BR");
        PatientProfile p = mapped.profile();
        assertNotNull(p, mapped.toString());
        assertEquals(54, p.age(), "the birthday is the clock's day");
        assertEquals(MenopausalStatus.PERIMENOPAUSAL, p.menopausalStatus());
        assertEquals(Receptor.POSITIVE, p.tumour().er());
        assertEquals(Receptor.POSITIVE, p.tumour().pr());
        assertEquals(Her2.ULTRALOW, p.tumour().her2());
        assertEquals(List.of(Site.BONE, Site.LUNG), p.metastases().sites());
        assertEquals(0, p.clinical().ecog());
        assertNull(p.clinical().creatinineClearanceMlMin(), "an eGFR is not a creatinine clearance");
        assertNull(p.priorTherapies());
        assertEquals(List.of("clinical.creatinineClearanceMlMin", "clinical.correctedCalciumMmolL"), mapped.missingData());
        assertEquals(1, mapped.unmapped().size(), mapped.unmapped().toString());
        Unmapped egfr = mapped.unmapped().get(0);
        assertEquals("Observation/egfr-her2-ultralow", egfr.resource());
        assertEquals("clinical.creatinineClearanceMlMin", egfr.field());
        assertTrue(egfr.reason().contains("33914-3"), egfr.reason());
    }

    @Test
    void tripleNegativeBundleGivesPdl1CpsAndGermlineBrca1() {
        MappedProfile mapped = map("triple-negative-pdl1-germline-brca", "IN");
        PatientProfile p = mapped.profile();
        assertNotNull(p, mapped.toString());
        assertEquals(42, p.age());
        assertEquals(MenopausalStatus.PREMENOPAUSAL, p.menopausalStatus());
        assertEquals(Receptor.NEGATIVE, p.tumour().er());
        assertEquals(Receptor.NEGATIVE, p.tumour().pr());
        assertEquals(Her2.NEGATIVE, p.tumour().her2(), "IHC 0 with no faint staining is HER2-null, i.e. negative");
        assertEquals(12, p.tumour().pdl1Cps());
        assertEquals(GermlineBrca.BRCA1, p.tumour().germlineBrca());
        assertNull(p.tumour().somaticAlterations(), "a germline BRCA1 variant is not a somatic alteration");
        assertEquals(List.of(Site.BONE, Site.LYMPH_NODE, Site.PLEURA), p.metastases().sites());
        assertEquals(1, p.clinical().ecog());
        assertEquals(0, new BigDecimal("110").compareTo(p.clinical().creatinineClearanceMlMin()));
        assertEquals("IN", p.resourceSetting().country());
        assertEquals(List.of("clinical.correctedCalciumMmolL"), mapped.missingData());
        assertEquals(List.of(), mapped.unmapped());
    }
}
