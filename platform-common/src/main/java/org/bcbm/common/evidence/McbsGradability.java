package org.bcbm.common.evidence;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether ESMO-MCBS v1.1 may grade a comparative result: only a statistically significant one (Cherny NI et al.,
 * Ann Oncol 2017;28:2340-2366, doi:10.1093/annonc/mdx310). Defined once: evidence-service grades and serves by it,
 * and recommendation-service applies it to what evidence-service published, so no answer grades what the grader
 * would not.
 */
public final class McbsGradability {

    /** The two-sided significance level the platform reads a p value against (a 95 % CI excluding 1 is the same test). */
    public static final BigDecimal ALPHA = new BigDecimal("0.05");

    /** The effect measure forms 2a and 2b grade; every stored outcome without another type is one. */
    public static final String HAZARD_RATIO = "hazard_ratio";

    /** A ratio of event rates (e.g. first and subsequent SREs, a multiple-event analysis): not a hazard ratio. */
    public static final String RATE_RATIO = "rate_ratio";

    /** How every reason ends: the rule, after the cause. */
    static final String ONLY_SIGNIFICANT = "; ESMO-MCBS v1.1 grades only statistically significant results";

    // optional "p", a comparator, a decimal (exponent allowed); the rest (e.g. "(nominal)") is commentary
    private static final Pattern P_VALUE = Pattern.compile(
            "^\\s*(?:p\\s*)?(<=|≤|<|>=|≥|>|=)?\\s*(\\d+(?:\\.\\d+)?(?:e-?\\d+)?|\\.\\d+(?:e-?\\d+)?)\\s*(\\(.*\\))?\\s*$");

    private McbsGradability() {
    }

    /**
     * Whether a result is statistically significant, what decided it ({@code "pValue"} or {@code "ci95"}), and, when
     * it is not, why the scale leaves it ungraded. {@code significant} is null when neither is on file.
     */
    public record Verdict(Boolean significant, String decidedBy, String notGradableReason) {
    }

    /**
     * The stored p value decides when it can be read as a two-sided value; otherwise the 95 % CI of the hazard ratio
     * does, and an upper limit of 1 or more is not significant.
     */
    public static Verdict significance(String pValue, BigDecimal ciUpper) {
        Optional<Boolean> byP = significantByP(pValue);
        if (byP.isPresent()) {
            return byP.get() ? new Verdict(true, "pValue", null)
                    : new Verdict(false, "pValue", "not statistically significant (p value " + pValue.trim()
                            + ", not below " + ALPHA.toPlainString() + ")" + ONLY_SIGNIFICANT);
        }
        if (ciUpper != null) {
            return ciUpper.compareTo(BigDecimal.ONE) < 0 ? new Verdict(true, "ci95", null)
                    : new Verdict(false, "ci95", "not statistically significant (the 95 % CI of the hazard ratio "
                            + "reaches 1: upper limit " + ciUpper.stripTrailingZeros().toPlainString() + ")"
                            + ONLY_SIGNIFICANT);
        }
        return new Verdict(null, null, null);
    }

    /**
     * Why the scale leaves the result ungraded, when it is shown not to be statistically significant; empty when it
     * is significant or nothing on file tells (then nothing can be computed, and a grade ESMO published stands).
     */
    public static Optional<String> whyNotGradable(String pValue, BigDecimal ciUpper) {
        return Optional.ofNullable(significance(pValue, ciUpper).notGradableReason());
    }

    /**
     * Why the scale leaves a result of this effect measure ungraded: ESMO-MCBS v1.1 forms 2a and 2b read the hazard
     * ratio of overall or progression-free survival (its lower 95 % CI limit and the median gain), so a rate ratio is
     * not graded as one. Empty for a hazard ratio, and for an unknown (null) measure, which older data read as one.
     */
    public static Optional<String> whyNotGradableAs(String effectMeasure) {
        if (effectMeasure == null || HAZARD_RATIO.equals(effectMeasure)) {
            return Optional.empty();
        }
        String what = RATE_RATIO.equals(effectMeasure) ? "a rate ratio" : "a " + effectMeasure.replace('_', ' ');
        return Optional.of("the result is " + what + ", not a hazard ratio; ESMO-MCBS v1.1 forms 2a and 2b grade the "
                + "hazard ratio of overall or progression-free survival, so it is not graded as one");
    }

    /**
     * Why the scale leaves the result ungraded: first its effect measure ({@link #whyNotGradableAs}), then its
     * significance ({@link #whyNotGradable(String, BigDecimal)}).
     */
    public static Optional<String> whyNotGradable(String effectMeasure, String pValue, BigDecimal ciUpper) {
        Optional<String> measure = whyNotGradableAs(effectMeasure);
        return measure.isPresent() ? measure : whyNotGradable(pValue, ciUpper);
    }

    /**
     * True or false when the p value settles significance at {@link #ALPHA}; empty when it is absent, unreadable,
     * one-sided (its threshold is not the two-sided one; the CI decides instead), or a bound that settles nothing.
     */
    static Optional<Boolean> significantByP(String pValue) {
        if (pValue == null || pValue.isBlank()) {
            return Optional.empty();
        }
        String p = pValue.toLowerCase(Locale.ROOT);
        if (p.contains("one-sided") || p.contains("one sided")) {
            return Optional.empty();
        }
        Matcher m = P_VALUE.matcher(p);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(m.group(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String comparator = m.group(1) == null ? "=" : m.group(1);
        int vsAlpha = value.compareTo(ALPHA);
        return switch (comparator) {
            // below a bound at or under alpha is below alpha; "<= 0.05" still allows 0.05; a higher bound says nothing
            case "<" -> vsAlpha <= 0 ? Optional.of(true) : Optional.empty();
            case "<=", "≤" -> vsAlpha < 0 ? Optional.of(true) : Optional.empty();
            // above (or at) a bound at or over alpha is not below alpha
            case ">", ">=", "≥" -> vsAlpha >= 0 ? Optional.of(false) : Optional.empty();
            default -> Optional.of(vsAlpha < 0);
        };
    }
}
