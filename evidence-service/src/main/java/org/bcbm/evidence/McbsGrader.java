package org.bcbm.evidence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.bcbm.common.contract.evidence.EvidenceViews.McbsGrade;
import org.bcbm.common.evidence.McbsGradability;
import org.bcbm.common.problem.ProblemException;

/**
 * ESMO Magnitude of Clinical Benefit Scale v1.1, non-curative setting, evaluation forms 2a (overall survival
 * primary) and 2b (progression-free survival primary): Cherny NI et al. Ann Oncol 2017;28:2340-2366,
 * doi:10.1093/annonc/mdx310. Grades only statistically significant results ({@link McbsGradability}). Pure and
 * deterministic; the thresholds below are the forms', band by band.
 */
public final class McbsGrader {

    public static final String SCALE = "ESMO-MCBS v1.1";

    /**
     * One trial result as the scale needs it; medians in months, {@code experimentalMedianMonths} null = not reached;
     * {@code pValue} as reported (e.g. "0.0664", "<0.001"), null when not reported.
     */
    public record Input(String form, BigDecimal controlMedianMonths, BigDecimal experimentalMedianMonths,
            BigDecimal hazardRatio, BigDecimal ciLower, BigDecimal ciUpper, boolean qualityOfLifeImproved,
            boolean toxicityReduced, boolean toxicityIncreased, Boolean overallSurvivalBenefit, String pValue) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds an Input by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private String form;
            private BigDecimal controlMedianMonths;
            private BigDecimal experimentalMedianMonths;
            private BigDecimal hazardRatio;
            private BigDecimal ciLower;
            private BigDecimal ciUpper;
            private boolean qualityOfLifeImproved;
            private boolean toxicityReduced;
            private boolean toxicityIncreased;
            private Boolean overallSurvivalBenefit;
            private String pValue;

            public Builder form(String v) { form = v; return this; }
            public Builder controlMedianMonths(BigDecimal v) { controlMedianMonths = v; return this; }
            public Builder experimentalMedianMonths(BigDecimal v) { experimentalMedianMonths = v; return this; }
            public Builder hazardRatio(BigDecimal v) { hazardRatio = v; return this; }
            public Builder ciLower(BigDecimal v) { ciLower = v; return this; }
            public Builder ciUpper(BigDecimal v) { ciUpper = v; return this; }
            public Builder qualityOfLifeImproved(boolean v) { qualityOfLifeImproved = v; return this; }
            public Builder toxicityReduced(boolean v) { toxicityReduced = v; return this; }
            public Builder toxicityIncreased(boolean v) { toxicityIncreased = v; return this; }
            public Builder overallSurvivalBenefit(Boolean v) { overallSurvivalBenefit = v; return this; }
            public Builder pValue(String v) { pValue = v; return this; }

            public Input build() {
                return new Input(form, controlMedianMonths, experimentalMedianMonths, hazardRatio, ciLower, ciUpper,
                        qualityOfLifeImproved, toxicityReduced, toxicityIncreased, overallSurvivalBenefit, pValue);
            }
        }

    }

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal SIX = BigDecimal.valueOf(6);

    private McbsGrader() {
    }

    /**
     * The grade of a statistically significant benefit. A result the scale does not grade is refused with the
     * reason, naming the field that shows it: a non-significant result is not gradable, never grade 1.
     */
    public static McbsGrade grade(Input in) {
        validate(in);
        McbsGradability.Verdict significance = McbsGradability.significance(in.pValue(), in.ciUpper());
        if (Boolean.FALSE.equals(significance.significant())) {
            throw ProblemException.badField("pValue".equals(significance.decidedBy()) ? "pValue" : "ciUpper",
                    significance.notGradableReason());
        }
        BigDecimal lower = in.ciLower();
        boolean estimated = in.experimentalMedianMonths() == null;
        BigDecimal gain = estimated
                // median not reached: the gain the hazard ratio implies under proportional hazards
                ? in.controlMedianMonths().divide(in.hazardRatio(), MathContext.DECIMAL64).subtract(in.controlMedianMonths())
                : in.experimentalMedianMonths().subtract(in.controlMedianMonths());
        gain = gain.setScale(1, RoundingMode.HALF_UP);
        List<String> adjustments = new ArrayList<>();
        if (in.form().equals("2a")) {
            return form2a(in, lower, gain, estimated, adjustments);
        }
        return form2b(in, lower, gain, estimated, adjustments);
    }

    /**
     * One band of a form: the HR lower limit at or below which grades 3-4 are possible ({@code top}), above which
     * only grade 1 is ({@code floor}), the gains needed for grades 4 and 3, and the gain below which it is grade 1.
     */
    record Band(String name, BigDecimal top, BigDecimal floor, BigDecimal gain4, BigDecimal gain3, BigDecimal minimum) {

        int grade(BigDecimal lower, BigDecimal gain) {
            if (lower.compareTo(floor) > 0 || gain.compareTo(minimum) < 0) {
                return 1;
            }
            if (lower.compareTo(top) <= 0 && gain4 != null && gain.compareTo(gain4) >= 0) {
                return 4;
            }
            if (lower.compareTo(top) <= 0 && gain.compareTo(gain3) >= 0) {
                return 3;
            }
            return 2;
        }
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** Form 2a: control median OS <= 12, > 12 to <= 24, > 24 months. */
    static final Band OS_UP_TO_12 = new Band("control median OS <= 12 months", d("0.65"), d("0.70"), d("3"), d("2"), d("1.5"));
    static final Band OS_12_TO_24 = new Band("control median OS > 12 to <= 24 months", d("0.70"), d("0.75"), d("5"), d("3"), d("1.5"));
    static final Band OS_OVER_24 = new Band("control median OS > 24 months", d("0.70"), d("0.75"), d("9"), d("6"), d("4"));
    /** Form 2b: control median PFS <= 6, > 6 months; grade 3 is the highest before adjustment. */
    static final Band PFS_UP_TO_6 = new Band("control median PFS <= 6 months", d("0.65"), d("0.75"), null, d("1.5"), d("1.0"));
    static final Band PFS_OVER_6 = new Band("control median PFS > 6 months", d("0.65"), d("0.75"), null, d("3"), d("1.5"));

    /**
     * Form 2a, then one level up for improved quality of life or substantially less grade 3-4 toxicity; the
     * highest grade is 5 (reachable only by adjustment).
     */
    static McbsGrade form2a(Input in, BigDecimal lower, BigDecimal gain, boolean estimated, List<String> adjustments) {
        BigDecimal control = in.controlMedianMonths();
        Band band = control.compareTo(TWELVE) <= 0 ? OS_UP_TO_12
                : control.compareTo(BigDecimal.valueOf(24)) <= 0 ? OS_12_TO_24 : OS_OVER_24;
        int grade = band.grade(lower, gain);
        int finalGrade = grade;
        if (in.qualityOfLifeImproved() || in.toxicityReduced()) {
            finalGrade = Math.min(5, finalGrade + 1);
            adjustments.add("upgraded one level: " + (in.qualityOfLifeImproved() ? "improved quality of life"
                    : "substantially less grade 3-4 toxicity"));
        }
        return graded(grade, finalGrade, adjustments, "2a", band).gainMonths(gain).gainEstimatedFromHazardRatio(estimated)
                .hrLowerLimit(lower).build();
    }

    private static McbsGrade.Builder graded(int grade, int finalGrade, List<String> adjustments, String form, Band band) {
        return McbsGrade.builder().preliminaryGrade(grade).finalGrade(finalGrade).adjustments(adjustments).scale(SCALE)
                .form(form).band(band.name());
    }

    /**
     * Form 2b, then one level up for improved quality of life (or delayed deterioration) or less grade 3-4
     * toxicity; one level down for more toxicity, and for a PFS gain with mature overall survival showing no
     * benefit and no quality-of-life gain. The final grade stays within 1-4.
     */
    static McbsGrade form2b(Input in, BigDecimal lower, BigDecimal gain, boolean estimated, List<String> adjustments) {
        Band band = in.controlMedianMonths().compareTo(SIX) <= 0 ? PFS_UP_TO_6 : PFS_OVER_6;
        int grade = band.grade(lower, gain);
        int finalGrade = grade;
        if (in.qualityOfLifeImproved()) {
            finalGrade++;
            adjustments.add("upgraded one level: improved quality of life");
        } else if (in.toxicityReduced()) {
            finalGrade++;
            adjustments.add("upgraded one level: less grade 3-4 toxicity");
        }
        if (in.toxicityIncreased()) {
            finalGrade--;
            adjustments.add("downgraded one level: more toxicity");
        }
        if (Boolean.FALSE.equals(in.overallSurvivalBenefit()) && !in.qualityOfLifeImproved()) {
            finalGrade--;
            adjustments.add("downgraded one level: PFS benefit without overall-survival benefit (mature) and without "
                    + "quality-of-life gain");
        }
        finalGrade = Math.max(1, Math.min(4, finalGrade));
        return graded(grade, finalGrade, adjustments, "2b", band).gainMonths(gain).gainEstimatedFromHazardRatio(estimated)
                .hrLowerLimit(lower).build();
    }

    /**
     * Forms 2a and 2b grade a hazard ratio: any other effect measure (a rate ratio) is a 400 naming
     * {@code effectMeasure}, with the reason; null means a hazard ratio. Anything but the two known measures is a
     * 400 too.
     */
    public static void requireHazardRatio(String effectMeasure) {
        if (effectMeasure != null && !McbsGradability.HAZARD_RATIO.equals(effectMeasure)
                && !McbsGradability.RATE_RATIO.equals(effectMeasure)) {
            throw ProblemException.badField("effectMeasure", "must be hazard_ratio or rate_ratio");
        }
        McbsGradability.whyNotGradableAs(effectMeasure).ifPresent(reason -> {
            throw ProblemException.badField("effectMeasure", reason);
        });
    }

    /** What the scale cannot grade is a 400 that names the field. */
    static void validate(Input in) {
        if (in.form() == null || !(in.form().equals("2a") || in.form().equals("2b"))) {
            throw ProblemException.badField("form", "must be 2a (overall survival primary) or 2b (progression-free survival primary)");
        }
        if (in.controlMedianMonths() == null) {
            throw ProblemException.badField("controlMedianMonths", "is required to choose the scale's band");
        }
        if (in.controlMedianMonths().signum() <= 0) {
            throw ProblemException.badField("controlMedianMonths", "must be a positive number of months");
        }
        if (in.experimentalMedianMonths() != null && in.experimentalMedianMonths().signum() < 0) {
            throw ProblemException.badField("experimentalMedianMonths", "must not be negative (null when not reached)");
        }
        if (in.hazardRatio() == null) {
            throw ProblemException.badField("hazardRatio", "is required");
        }
        if (in.hazardRatio().signum() <= 0 || in.hazardRatio().compareTo(BigDecimal.ONE) >= 0) {
            throw ProblemException.badField("hazardRatio", "must be above 0 and below 1: the scale grades benefit only");
        }
        if (in.ciLower() == null) {
            throw ProblemException.badField("ciLower", "is required: the scale grades the lower limit of the 95 % CI");
        }
        if (in.ciUpper() == null) {
            throw ProblemException.badField("ciUpper", "is required");
        }
        if (in.ciLower().compareTo(in.hazardRatio()) > 0) {
            throw ProblemException.badField("ciLower", "must not exceed the hazard ratio: the CI must hold it");
        }
        if (in.ciUpper().compareTo(in.hazardRatio()) < 0) {
            throw ProblemException.badField("ciUpper", "must not be below the hazard ratio: the CI must hold it");
        }
        if (in.ciLower().signum() <= 0) {
            throw ProblemException.badField("ciLower", "must be above 0");
        }
    }
}
