package org.bcbm.fhir.mcode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.bcbm.common.contract.Enums.Her2;
import org.bcbm.common.contract.Enums.Receptor;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;

/**
 * mCODE TumorMarkerTest observations for ER, PR, HER2 and PD-L1. Receptors: the presence or interpretation codes with
 * a positive or negative answer, or the percentage of stained cells (1% or more is positive, ASCO/CAP). HER2 from the
 * interpretation (48676-1), the IHC score (85319-2: 0, 1+, 2+, 3+) and ISH (85318-4), combined by {@link Her2Evidence}.
 */
final class TumourMarkers {

    private static final Set<String> IHC_SCORES = Set.of("0", "1+", "2+", "3+");
    private static final BigDecimal ONE = BigDecimal.ONE;

    private TumourMarkers() {
    }

    /** ER or PR from a presence/interpretation observation: positive or negative, else null (unmapped). */
    static Receptor receptor(Observation observation, String field, Findings findings) {
        Boolean positive = ObservationValues.positiveOrNegative(observation, field, findings);
        return positive == null ? null : positive ? Receptor.POSITIVE : Receptor.NEGATIVE;
    }

    /** ER or PR from the percentage of stained tumour cells (unit %): 1% or more is positive. */
    static Receptor receptorFromPercent(Observation observation, String field, Findings findings) {
        BigDecimal percent = ObservationValues.quantity(observation, "%", field, findings);
        if (percent == null) {
            return null;
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            findings.unmapped(observation, field, "percentage " + percent.toPlainString() + " is outside 0-100");
            return null;
        }
        return percent.compareTo(ONE) >= 0 ? Receptor.POSITIVE : Receptor.NEGATIVE;
    }

    /** The IHC score "0", "1+", "2+" or "3+" from a CodeableConcept text/display or a string value; else null. */
    static String ihcScore(Observation observation, Findings findings) {
        Type value = ObservationValues.value(observation);
        if (value == null) {
            findings.unmapped(observation, "tumour.her2", "HER2 IHC observation has no value");
            return null;
        }
        String text = ObservationValues.text(value);
        if (text == null || !IHC_SCORES.contains(text)) {
            findings.unmapped(observation, "tumour.her2", "HER2 IHC value " + (text == null ? "of type " + value.fhirType()
                    : "'" + text + "'") + " is not one of 0, 1+, 2+, 3+");
            return null;
        }
        return text;
    }

    /**
     * For an IHC 0: the percentage of cells with faint or incomplete membrane staining, from the component coded
     * {@link McodeCodes#HER2_FAINT_STAINING_PERCENT} (unit %); null when there is no such component.
     */
    static BigDecimal faintStainingPercent(Observation observation, Findings findings) {
        for (ObservationComponentComponent component : observation.getComponent()) {
            if (McodeCodes.HER2_FAINT_STAINING_PERCENT.in(component.getCode())) {
                if (!(component.getValue() instanceof Quantity)) {
                    findings.unmapped(observation, "tumour.her2", "faint membrane staining component has no Quantity value");
                    return null;
                }
                return ObservationValues.quantityIn((Quantity) component.getValue(), "%", observation, "tumour.her2", findings);
            }
        }
        return null;
    }

    /**
     * PD-L1 CPS: an 83052-1 (clone 22C3) observation with a numeric value (Quantity, no unit or unit "{score}") and a
     * 105302-4 scoring-method component whose text or display says CPS or combined positive score. A tumour
     * proportion score (83053-9, or another scoring method) is not a CPS and is unmapped.
     */
    /** Ki-67 85330-9 as a Quantity in % (0-100), rounded to a whole per cent. */
    static Integer ki67Percent(Observation observation, Findings findings) {
        BigDecimal percent = ObservationValues.quantity(observation, "%", "tumour.ki67Percent", findings);
        if (percent == null) {
            return null;
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            findings.unmapped(observation, "tumour.ki67Percent", "Ki-67 " + percent.toPlainString() + " % is outside 0-100");
            return null;
        }
        return percent.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    static Integer pdl1Cps(Observation observation, Findings findings) {
        if (McodeCodes.PDL1_TUMOUR_PROPORTION.in(observation.getCode())) {
            findings.unmapped(observation, "tumour.pdl1Cps", "83053-9 is a tumour proportion score, not a combined positive score");
            return null;
        }
        String method = null;
        for (ObservationComponentComponent component : observation.getComponent()) {
            if (McodeCodes.PDL1_SCORING_METHOD.in(component.getCode())) {
                method = ObservationValues.lower(ObservationValues.text(component.getValue()));
            }
        }
        if (method == null || !(method.equals("cps") || method.contains("combined positive score"))) {
            findings.unmapped(observation, "tumour.pdl1Cps",
                    method == null ? "no 105302-4 scoring-method component: CPS cannot be told from another score"
                            : "scoring method '" + method + "' is not CPS");
            return null;
        }
        Type value = observation.getValue();
        if (!(value instanceof Quantity) || !((Quantity) value).hasValue()) {
            findings.unmapped(observation, "tumour.pdl1Cps", "CPS value is not a number");
            return null;
        }
        Quantity quantity = (Quantity) value;
        String unit = quantity.hasCode() ? quantity.getCode() : quantity.getUnit();
        if (unit != null && !unit.equals("{score}")) {
            findings.unmapped(observation, "tumour.pdl1Cps", "CPS unit '" + unit + "' is not {score}");
            return null;
        }
        BigDecimal cps = quantity.getValue();
        if (cps.signum() < 0 || cps.compareTo(BigDecimal.valueOf(100)) > 0) {
            findings.unmapped(observation, "tumour.pdl1Cps", "CPS " + cps.toPlainString() + " is outside 0-100");
            return null;
        }
        return cps.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** What the HER2 observations said; {@link #decide} combines them per ASCO/CAP 2018 and the 2023 ultralow wording. */
    static final class Her2Evidence {
        Boolean interpretationPositive;
        String ihc;
        BigDecimal faintStaining;
        Boolean ishAmplified;
        Observation ihcObservation;

        /**
         * ISH amplified, interpretation positive or IHC 3+: positive. IHC 2+ with ISH not amplified, or IHC 1+: low.
         * IHC 0 with faint/incomplete staining in more than 0% and at most 10% of cells: ultralow; IHC 0 otherwise:
         * negative (noted as unmapped detail when the staining percentage is absent). IHC 2+ without ISH and without
         * an interpretation is not decided. Interpretation negative alone: negative.
         */
        Her2 decide(Findings findings) {
            if (Boolean.TRUE.equals(ishAmplified) || Boolean.TRUE.equals(interpretationPositive) || "3+".equals(ihc)) {
                return Her2.POSITIVE;
            }
            if ("2+".equals(ihc)) {
                if (Boolean.FALSE.equals(ishAmplified)) {
                    return Her2.LOW;
                }
                findings.unmapped(ihcObservation, "tumour.her2", "IHC 2+ (equivocal) without an ISH (85318-4) result");
                return null;
            }
            if ("1+".equals(ihc)) {
                return Her2.LOW;
            }
            if ("0".equals(ihc)) {
                if (faintStaining == null) {
                    findings.unmapped(ihcObservation, "tumour.her2", "IHC 0 without the percentage of cells with faint or "
                            + "incomplete membrane staining: mapped as negative, HER2-ultralow not assessed");
                    return Her2.NEGATIVE;
                }
                if (faintStaining.signum() > 0 && faintStaining.compareTo(BigDecimal.TEN) <= 0) {
                    return Her2.ULTRALOW;
                }
                if (faintStaining.signum() == 0) {
                    return Her2.NEGATIVE;
                }
                findings.unmapped(ihcObservation, "tumour.her2", "IHC 0 with faint staining in "
                        + faintStaining.toPlainString() + "% of cells is not consistent (more than 10% is 1+)");
                return null;
            }
            if (Boolean.FALSE.equals(interpretationPositive)) {
                return Her2.NEGATIVE;
            }
            return null;
        }
    }
}
