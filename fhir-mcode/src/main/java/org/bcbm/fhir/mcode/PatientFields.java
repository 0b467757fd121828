package org.bcbm.fhir.mcode;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.bcbm.common.contract.Enums.Sex;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Patient;

/** Sex and age from an mCODE CancerPatient (US Core Patient): Patient.gender and Patient.birthDate. */
final class PatientFields {

    private PatientFields() {
    }

    /** Patient.gender female/male; other, unknown or absent is no sex (the contract has only the two). */
    static Sex sex(Patient patient, Findings findings) {
        if (patient == null || !patient.hasGender()) {
            if (patient != null) {
                findings.unmapped(patient, "sex", "Patient.gender is absent");
            }
            return null;
        }
        switch (patient.getGender()) {
            case FEMALE:
                return Sex.FEMALE;
            case MALE:
                return Sex.MALE;
            default:
                findings.unmapped(patient, "sex", "Patient.gender '" + patient.getGender().toCode()
                        + "' is neither female nor male");
                return null;
        }
    }

    /** Whole years from Patient.birthDate to today at {@code clock} (UTC); a birth date with only a year is not used. */
    static Integer age(Patient patient, Clock clock, Findings findings) {
        if (patient == null || !patient.hasBirthDateElement()) {
            return null;
        }
        DateType birth = patient.getBirthDateElement();
        if (birth.getPrecision() == null || birth.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            findings.unmapped(patient, "age", "Patient.birthDate is not a full date");
            return null;
        }
        LocalDate born = LocalDate.of(birth.getYear(), birth.getMonth() + 1, birth.getDay());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (born.isAfter(today)) {
            findings.unmapped(patient, "age", "Patient.birthDate is in the future");
            return null;
        }
        int years = Period.between(born, today).getYears();
        if (years > 120) {
            findings.unmapped(patient, "age", "Patient.birthDate gives an age over 120");
            return null;
        }
        return years;
    }
}
