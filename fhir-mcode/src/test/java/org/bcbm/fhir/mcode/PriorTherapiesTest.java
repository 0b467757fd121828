package org.bcbm.fhir.mcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bcbm.common.contract.Enums.TherapySetting;
import org.bcbm.common.contract.PatientProfile.PriorTherapy;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.junit.jupiter.api.Test;

/** The setting of a course from its dates (or palliative intent), its line, and when it ended. */
class PriorTherapiesTest {

    private static final LocalDate METASTATIC = LocalDate.of(2024, 6, 1);
    private static final LocalDate SURGERY = LocalDate.of(2018, 4, 1);

    private static PriorTherapies.Course course(String inn, String start, String end, boolean active, boolean palliative) {
        MedicationRequest resource = new MedicationRequest();
        resource.setId(inn);
        return new PriorTherapies.Course(resource, inn, start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), active, palliative, false);
    }

    @Test
    void beforeSurgeryIsNeoadjuvantAfterItAdjuvantAndFromTheMetastaticDiagnosisMetastatic() {
        Findings findings = new Findings();
        assertEquals(TherapySetting.NEOADJUVANT,
                PriorTherapies.setting(course("docetaxel", "2018-01-10", null, false, false), METASTATIC, SURGERY, findings));
        assertEquals(TherapySetting.ADJUVANT,
                PriorTherapies.setting(course("letrozole", "2018-04-01", null, false, false), METASTATIC, SURGERY, findings));
        assertEquals(TherapySetting.METASTATIC,
                PriorTherapies.setting(course("fulvestrant", "2024-06-01", null, false, false), METASTATIC, SURGERY, findings));
        assertEquals(List.of(), findings.unmappedItems());
    }

    @Test
    void palliativeIntentIsMetastaticWhateverTheDates() {
        assertEquals(TherapySetting.METASTATIC, PriorTherapies.setting(course("capecitabine", null, null, false, true),
                null, null, new Findings()));
    }

    @Test
    void aCourseBeforeMetastasisWithoutASurgeryDateHasNoSettingAndIsUnmapped() {
        Findings findings = new Findings();
        assertNull(PriorTherapies.setting(course("tamoxifen", "2015-01-01", null, false, false), METASTATIC, null, findings));
        assertNull(PriorTherapies.setting(course("tamoxifen", "2015-01-01", null, false, false), null, SURGERY, findings));
        assertNull(PriorTherapies.setting(course("tamoxifen", null, null, false, false), METASTATIC, SURGERY, findings));
        assertEquals(3, findings.unmappedItems().size());
        assertTrue(findings.unmappedItems().get(0).reason().contains("adjuvant or neoadjuvant unknown"));
    }

    @Test
    void coursesOfOneSettingStartedTheSameDayAreOneLineEndedWhenTheLastEndedOrStillOnIt() {
        List<PriorTherapy> lines = PriorTherapies.lines(List.of(
                course("letrozole", "2024-07-01", "2026-05-31", false, false),
                course("palbociclib", "2024-07-01", "2026-09-30", false, false),
                course("fulvestrant", "2026-10-15", null, true, false),
                course("capecitabine", "2026-10-20", null, false, false)), METASTATIC, SURGERY, Bundles.CLOCK, new Findings());
        assertEquals(List.of(
                new PriorTherapy(List.of("letrozole", "palbociclib"), TherapySetting.METASTATIC, 2, null),
                new PriorTherapy(List.of("fulvestrant"), TherapySetting.METASTATIC, 0, null),
                new PriorTherapy(List.of("capecitabine"), TherapySetting.METASTATIC, null, null)), lines);
    }
}
