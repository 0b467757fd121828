package org.bcbm.common.event.v1;

import java.math.BigDecimal;
import java.util.List;

/** evidence.events, aggregate {@code trial}: the whole trial as it now stands, and the evidence knowledge version. */
public record TrialChanged(Trial trial, long knowledgeVersion) {

    public static final String TYPE = "TrialChanged";
    public static final String AGGREGATE = "trial";

    /** A randomised arm: label, regimen, the INNs it gives and how many were randomised to it. */
    public record Arm(String label, String regimen, List<String> agents, Integer n) {
    }

    /**
     * One reported outcome. {@code mcbsGrade} is ESMO's published grade where there is one, else the grade the
     * platform computes; null where no grade applies. {@code mcbsGradable} is false, with
     * {@code mcbsNotGradableReason}, when ESMO-MCBS does not grade the result (not statistically significant, or no
     * benefit); true when a grade is given; null when neither is known. Both are absent from events written before
     * they existed.
     */
    public record Outcome(Long id, String endpoint, String analysis, BigDecimal experimentalMedianMonths,
            BigDecimal controlMedianMonths, BigDecimal hazardRatio, List<BigDecimal> ci95, String pValue,
            String mcbsForm, String mcbsGrade, String doi, String note, Boolean mcbsGradable,
            String mcbsNotGradableReason) {
    }

    public record Trial(String trialId, String name, String phase, String design, String population, String subtype,
            String line, String setting, Integer n, String primaryEndpoint, String doi, String citation, List<Arm> arms,
            List<String> agents, List<Outcome> outcomes, long version) {
    }
}
