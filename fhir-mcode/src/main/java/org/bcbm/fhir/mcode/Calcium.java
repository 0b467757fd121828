package org.bcbm.fhir.mcode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;

/**
 * The contract's albumin-corrected calcium (mmol/L): taken as sent (LOINC 29265-6), or derived from a total calcium
 * (2000-8 in mmol/L, 17861-6 in mg/dL) and an albumin (1751-7 in g/L or g/dL) of the same day by Payne's formula,
 * corrected = total + 0.02 x (40 - albumin in g/L) (Payne RB et al., BMJ 1973;4:643-6). The latest reading of each
 * counts. A total without a same-day albumin is never taken for a corrected value.
 */
final class Calcium {

    static final String FIELD = "clinical.correctedCalciumMmolL";
    /** mg/dL per mmol/L of calcium (molar mass 40.08 g/mol). */
    static final BigDecimal MG_DL_PER_MMOL_L = new BigDecimal("4.008");
    private static final BigDecimal NORMAL_ALBUMIN_G_L = BigDecimal.valueOf(40);
    private static final BigDecimal PAYNE_SLOPE = new BigDecimal("0.02");
    private static final BigDecimal LOWEST = BigDecimal.ONE;
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(5);

    /** One laboratory value in the unit the formula takes, with the day it was taken (null when the record has none). */
    record Reading(BigDecimal value, LocalDate day, Observation observation) {
    }

    private Reading corrected;
    private Reading total;
    private Reading albumin;

    void corrected(Observation observation, Findings findings) {
        BigDecimal mmol = ObservationValues.quantity(observation, "mmol/L", FIELD, findings);
        corrected = latest(corrected, reading(mmol, observation));
    }

    void total(Observation observation, Findings findings) {
        BigDecimal mmol = inUnits(observation, findings, "mmol/L", BigDecimal.ONE, "mg/dL", MG_DL_PER_MMOL_L);
        total = latest(total, reading(mmol, observation));
    }

    void albumin(Observation observation, Findings findings) {
        BigDecimal gPerL = inUnits(observation, findings, "g/L", BigDecimal.ONE, "g/dL", new BigDecimal("0.1"));
        albumin = latest(albumin, reading(gPerL, observation));
    }

    /** The corrected calcium the profile gets, or null (with the reason among the findings). */
    BigDecimal resolve(Findings findings) {
        if (corrected != null) {
            return inRange(corrected.value().setScale(2, RoundingMode.HALF_UP), corrected.observation(), findings);
        }
        if (total == null) {
            return null;
        }
        if (albumin == null) {
            findings.unmapped(total.observation(), FIELD,
                    "total calcium is not corrected for albumin, and no albumin (1751-7) was sent to correct it");
            return null;
        }
        if (total.day() != null && albumin.day() != null && !total.day().equals(albumin.day())) {
            findings.unmapped(total.observation(), FIELD, "total calcium (" + total.day() + ") and albumin ("
                    + albumin.day() + ") were not taken on the same day: not corrected");
            return null;
        }
        BigDecimal value = payne(total.value(), albumin.value());
        return inRange(value, total.observation(), findings);
    }

    /** Payne's albumin correction, in mmol/L, to two decimals. */
    static BigDecimal payne(BigDecimal totalMmolL, BigDecimal albuminGramsPerLitre) {
        return totalMmolL.add(PAYNE_SLOPE.multiply(NORMAL_ALBUMIN_G_L.subtract(albuminGramsPerLitre)))
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal inRange(BigDecimal value, Observation observation, Findings findings) {
        if (value.compareTo(LOWEST) < 0 || value.compareTo(HIGHEST) > 0) {
            findings.unmapped(observation, FIELD, "corrected calcium " + value.toPlainString()
                    + " mmol/L is outside 1.0-5.0");
            return null;
        }
        return value;
    }

    /** The value in the formula's unit from either accepted unit (divided by its size); null (unmapped) in any other. */
    private static BigDecimal inUnits(Observation observation, Findings findings, String unit, BigDecimal perUnit,
            String otherUnit, BigDecimal perOtherUnit) {
        Type value = ObservationValues.value(observation);
        if (value instanceof Quantity q && otherUnit.equals(q.hasCode() ? q.getCode() : q.getUnit())) {
            BigDecimal other = ObservationValues.quantityIn(q, otherUnit, observation, FIELD, findings);
            return other == null ? null : other.divide(perOtherUnit, 4, RoundingMode.HALF_UP);
        }
        BigDecimal v = ObservationValues.quantity(observation, unit, FIELD, findings);
        return v == null ? null : v.divide(perUnit, 4, RoundingMode.HALF_UP);
    }

    private static Reading reading(BigDecimal value, Observation observation) {
        if (value == null) {
            return null;
        }
        LocalDate day = observation.hasEffectiveDateTimeType() ? Dates.of(observation.getEffectiveDateTimeType()) : null;
        return new Reading(value, day, observation);
    }

    private static Reading latest(Reading current, Reading next) {
        if (next == null) {
            return current;
        }
        if (current == null || (next.day() != null && (current.day() == null || next.day().isAfter(current.day())))) {
            return next;
        }
        return current;
    }
}
