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
     * {@code mcbsNotGradableReason}, when ESMO-MCBS does not grade the result (not statistically significant, no
     * benefit, or not a hazard ratio); true when a grade is given; null when neither is known. {@code hazardRatio}
     * holds the ratio {@code effectMeasure} names ({@code hazard_ratio} or {@code rate_ratio}). {@code doi} is a DOI
     * or null, {@code citation} the source without one (a congress abstract); at least one is given.
     * {@code sourceKind} is {@code primary_publication} or {@code secondary}, with {@code sourceNote} naming the
     * secondary source. Fields added within v1 are absent (null) in events written before them.
     */
    public record Outcome(Long id, String endpoint, String analysis, BigDecimal experimentalMedianMonths,
            BigDecimal controlMedianMonths, BigDecimal hazardRatio, List<BigDecimal> ci95, String pValue,
            String mcbsForm, String mcbsGrade, String doi, String note, Boolean mcbsGradable,
            String mcbsNotGradableReason, String effectMeasure, String citation, String sourceKind,
            String sourceNote) {

        /** An outcome as written before effect measures, citations and source kinds existed. */
        public Outcome(Long id, String endpoint, String analysis, BigDecimal experimentalMedianMonths,
                BigDecimal controlMedianMonths, BigDecimal hazardRatio, List<BigDecimal> ci95, String pValue,
                String mcbsForm, String mcbsGrade, String doi, String note, Boolean mcbsGradable,
                String mcbsNotGradableReason) {
            this(id, endpoint, analysis, experimentalMedianMonths, controlMedianMonths, hazardRatio, ci95, pValue,
                    mcbsForm, mcbsGrade, doi, note, mcbsGradable, mcbsNotGradableReason, null, null, null, null);
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Builds an outcome by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private Long id;
            private String endpoint;
            private String analysis;
            private BigDecimal experimentalMedianMonths;
            private BigDecimal controlMedianMonths;
            private BigDecimal hazardRatio;
            private List<BigDecimal> ci95;
            private String pValue;
            private String mcbsForm;
            private String mcbsGrade;
            private String doi;
            private String note;
            private Boolean mcbsGradable;
            private String mcbsNotGradableReason;
            private String effectMeasure;
            private String citation;
            private String sourceKind;
            private String sourceNote;

            public Builder id(Long v) { id = v; return this; }
            public Builder endpoint(String v) { endpoint = v; return this; }
            public Builder analysis(String v) { analysis = v; return this; }
            public Builder experimentalMedianMonths(BigDecimal v) { experimentalMedianMonths = v; return this; }
            public Builder controlMedianMonths(BigDecimal v) { controlMedianMonths = v; return this; }
            public Builder hazardRatio(BigDecimal v) { hazardRatio = v; return this; }
            public Builder ci95(List<BigDecimal> v) { ci95 = v; return this; }
            public Builder pValue(String v) { pValue = v; return this; }
            public Builder mcbsForm(String v) { mcbsForm = v; return this; }
            public Builder mcbsGrade(String v) { mcbsGrade = v; return this; }
            public Builder doi(String v) { doi = v; return this; }
            public Builder note(String v) { note = v; return this; }
            public Builder mcbsGradable(Boolean v) { mcbsGradable = v; return this; }
            public Builder mcbsNotGradableReason(String v) { mcbsNotGradableReason = v; return this; }
            public Builder effectMeasure(String v) { effectMeasure = v; return this; }
            public Builder citation(String v) { citation = v; return this; }
            public Builder sourceKind(String v) { sourceKind = v; return this; }
            public Builder sourceNote(String v) { sourceNote = v; return this; }

            public Outcome build() {
                return new Outcome(id, endpoint, analysis, experimentalMedianMonths, controlMedianMonths, hazardRatio,
                        ci95, pValue, mcbsForm, mcbsGrade, doi, note, mcbsGradable, mcbsNotGradableReason,
                        effectMeasure, citation, sourceKind, sourceNote);
            }
        }
    }

    /** A trial; {@code doi} is null when no DOI is known, and {@code citation} always names the publication(s). */
    public record Trial(String trialId, String name, String phase, String design, String population, String subtype,
            String line, String setting, Integer n, String primaryEndpoint, String doi, String citation, List<Arm> arms,
            List<String> agents, List<Outcome> outcomes, long version) {
    }
}
