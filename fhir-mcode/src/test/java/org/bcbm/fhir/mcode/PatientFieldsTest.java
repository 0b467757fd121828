package org.bcbm.fhir.mcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.bcbm.common.contract.Enums.Sex;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** Sex from Patient.gender, age from Patient.birthDate at the injected clock. */
class PatientFieldsTest {

    @Test
    void ageIsWholeYearsAtTheClockAndTheDayBeforeTheBirthdayIsStillTheYearBefore() {
        Patient patient = new Patient().setBirthDateElement(new DateType("1960-12-01"));
        assertEquals(65, PatientFields.age(patient, Bundles.CLOCK, new Findings()));
        patient.setBirthDateElement(new DateType("1960-11-30"));
        assertEquals(66, PatientFields.age(patient, Bundles.CLOCK, new Findings()));
    }

    @Test
    void aBirthYearAloneGivesNoAgeAndSaysWhy() {
        Findings findings = new Findings();
        assertNull(PatientFields.age(new Patient().setBirthDateElement(new DateType("1960")), Bundles.CLOCK, findings));
        assertEquals("age", findings.unmappedItems().get(0).field());
    }

    @Test
    void otherOrUnknownGenderIsNoSexAndIsNeverGuessed() {
        Findings findings = new Findings();
        assertNull(PatientFields.sex(new Patient().setGender(AdministrativeGender.OTHER), findings));
        assertNull(PatientFields.sex(new Patient(), findings));
        assertEquals(2, findings.unmappedItems().size());
        assertEquals(Sex.MALE, PatientFields.sex(new Patient().setGender(AdministrativeGender.MALE), findings));
    }
}
