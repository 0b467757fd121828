package org.bcbm.fhir.mcode;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.BaseDateTimeType;

/** FHIR dates as the calendar dates they were written as (no time zone shift); partial dates count from their start. */
final class Dates {

    private Dates() {
    }

    static LocalDate of(BaseDateTimeType date) {
        if (date == null || date.isEmpty() || date.getYear() == null) {
            return null;
        }
        int month = date.getMonth() == null ? 1 : date.getMonth() + 1;
        int day = date.getDay() == null ? 1 : date.getDay();
        return LocalDate.of(date.getYear(), month, day);
    }
}
