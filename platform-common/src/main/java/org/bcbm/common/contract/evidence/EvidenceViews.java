package org.bcbm.common.contract.evidence;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public answers about evidence: what evidence-service serves and the gateway passes on, one definition for both. */
public final class EvidenceViews {

    private EvidenceViews() {
    }

    /**
     * One outcome. {@code mcbsGrade} is ESMO's published grade where there is one, else the grade this platform
     * computes; {@code mcbs} shows both and flags a difference. A result ESMO-MCBS does not grade (not statistically
     * significant, no benefit, or not a hazard ratio) has no grade, {@code mcbsGradable} false and the reason in
     * {@code mcbsNotGradableReason}. {@code effectMeasure} names what {@code hazardRatio} holds; {@code doi} or
     * {@code citation} (or both) names the source, and {@code sourceKind} whether it is the primary publication or a
     * secondary source, named in {@code sourceNote}.
     */
    public record OutcomeView(Long id, String endpoint, String analysis, BigDecimal experimentalMedianMonths,
            BigDecimal controlMedianMonths, BigDecimal hazardRatio, List<BigDecimal> ci95, String pValue,
            String mcbsForm, String mcbsGrade, McbsView mcbs, Boolean qolImproved, Boolean toxicityReduced,
            Boolean toxicityIncreased, String doi, String note, Boolean mcbsGradable, String mcbsNotGradableReason,
            String effectMeasure, String citation, String sourceKind, String sourceNote) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a OutcomeView by field name, so fields of the same type cannot change places. */
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
            private McbsView mcbs;
            private Boolean qolImproved;
            private Boolean toxicityReduced;
            private Boolean toxicityIncreased;
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
            public Builder mcbs(McbsView v) { mcbs = v; return this; }
            public Builder qolImproved(Boolean v) { qolImproved = v; return this; }
            public Builder toxicityReduced(Boolean v) { toxicityReduced = v; return this; }
            public Builder toxicityIncreased(Boolean v) { toxicityIncreased = v; return this; }
            public Builder doi(String v) { doi = v; return this; }
            public Builder note(String v) { note = v; return this; }
            public Builder mcbsGradable(Boolean v) { mcbsGradable = v; return this; }
            public Builder mcbsNotGradableReason(String v) { mcbsNotGradableReason = v; return this; }
            public Builder effectMeasure(String v) { effectMeasure = v; return this; }
            public Builder citation(String v) { citation = v; return this; }
            public Builder sourceKind(String v) { sourceKind = v; return this; }
            public Builder sourceNote(String v) { sourceNote = v; return this; }

            public OutcomeView build() {
                return new OutcomeView(id, endpoint, analysis, experimentalMedianMonths, controlMedianMonths,
                        hazardRatio, ci95, pValue, mcbsForm, mcbsGrade, mcbs, qolImproved, toxicityReduced,
                        toxicityIncreased, doi, note, mcbsGradable, mcbsNotGradableReason, effectMeasure, citation,
                        sourceKind, sourceNote);
            }
        }
    }

    /**
     * The computed and the published ESMO-MCBS grade of an outcome; both null, with the reason, when the scale does
     * not grade it.
     */
    public record McbsView(String scale, String form, Integer computedGrade, String publishedGrade, boolean differs,
            List<String> adjustments, String notGradableReason) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a McbsView by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private String scale;
            private String form;
            private Integer computedGrade;
            private String publishedGrade;
            private boolean differs;
            private List<String> adjustments;
            private String notGradableReason;

            public Builder scale(String v) { scale = v; return this; }
            public Builder form(String v) { form = v; return this; }
            public Builder computedGrade(Integer v) { computedGrade = v; return this; }
            public Builder publishedGrade(String v) { publishedGrade = v; return this; }
            public Builder differs(boolean v) { differs = v; return this; }
            public Builder adjustments(List<String> v) { adjustments = v; return this; }
            public Builder notGradableReason(String v) { notGradableReason = v; return this; }

            public McbsView build() {
                return new McbsView(scale, form, computedGrade, publishedGrade, differs, adjustments,
                        notGradableReason);
            }
        }
    }

    /** A randomised arm: its label, regimen, the INNs it gives and how many were randomised to it. */
    public record Arm(String label, String regimen, List<String> agents, Integer n) {
    }

    /** A trial with its arms and outcomes; {@code doi} is null when no DOI is known, {@code citation} names the source. */
    public record TrialView(String trialId, String name, String phase, String design, String population,
            String subtype, String line, String setting, Integer n, String primaryEndpoint, String doi,
            String citation, List<Arm> arms, List<String> agents, List<OutcomeView> outcomes, long version) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a TrialView by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private String trialId;
            private String name;
            private String phase;
            private String design;
            private String population;
            private String subtype;
            private String line;
            private String setting;
            private Integer n;
            private String primaryEndpoint;
            private String doi;
            private String citation;
            private List<Arm> arms;
            private List<String> agents;
            private List<OutcomeView> outcomes;
            private long version;

            public Builder trialId(String v) { trialId = v; return this; }
            public Builder name(String v) { name = v; return this; }
            public Builder phase(String v) { phase = v; return this; }
            public Builder design(String v) { design = v; return this; }
            public Builder population(String v) { population = v; return this; }
            public Builder subtype(String v) { subtype = v; return this; }
            public Builder line(String v) { line = v; return this; }
            public Builder setting(String v) { setting = v; return this; }
            public Builder n(Integer v) { n = v; return this; }
            public Builder primaryEndpoint(String v) { primaryEndpoint = v; return this; }
            public Builder doi(String v) { doi = v; return this; }
            public Builder citation(String v) { citation = v; return this; }
            public Builder arms(List<Arm> v) { arms = v; return this; }
            public Builder agents(List<String> v) { agents = v; return this; }
            public Builder outcomes(List<OutcomeView> v) { outcomes = v; return this; }
            public Builder version(long v) { version = v; return this; }

            public TrialView build() {
                return new TrialView(trialId, name, phase, design, population, subtype, line, setting, n,
                        primaryEndpoint, doi, citation, arms, agents, outcomes, version);
            }
        }
    }

    /** A treatment: ATC code, modality, class, mechanism and status, with the source they come from. */
    public record TreatmentView(String inn, String atcCode, String modality, String drugClass, String mechanism,
            String status, String source, long version) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a TreatmentView by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private String inn;
            private String atcCode;
            private String modality;
            private String drugClass;
            private String mechanism;
            private String status;
            private String source;
            private long version;

            public Builder inn(String v) { inn = v; return this; }
            public Builder atcCode(String v) { atcCode = v; return this; }
            public Builder modality(String v) { modality = v; return this; }
            public Builder drugClass(String v) { drugClass = v; return this; }
            public Builder mechanism(String v) { mechanism = v; return this; }
            public Builder status(String v) { status = v; return this; }
            public Builder source(String v) { source = v; return this; }
            public Builder version(long v) { version = v; return this; }

            public TreatmentView build() {
                return new TreatmentView(inn, atcCode, modality, drugClass, mechanism, status, source, version);
            }
        }
    }

    /** A treatment with its comparative profile (review Table 1) and the trials that tested it. */
    public record TreatmentDetail(TreatmentView treatment, ProfileView comparativeProfile, List<TrialView> trials) {
    }

    /** A structured value of one comparison domain, with the review's own words. */
    public record Domain(String value, String reviewWording) {
    }

    /** The side effects of one modality, with the review's own words. */
    public record SideEffects(List<String> values, String reviewWording) {
    }

    /** The six comparison domains of one modality. */
    public record Domains(Domain survival, Domain sreReduction, Domain qualityOfLife, SideEffects sideEffects,
            Domain cost, Domain access) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a Domains by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private Domain survival;
            private Domain sreReduction;
            private Domain qualityOfLife;
            private SideEffects sideEffects;
            private Domain cost;
            private Domain access;

            public Builder survival(Domain v) { survival = v; return this; }
            public Builder sreReduction(Domain v) { sreReduction = v; return this; }
            public Builder qualityOfLife(Domain v) { qualityOfLife = v; return this; }
            public Builder sideEffects(SideEffects v) { sideEffects = v; return this; }
            public Builder cost(Domain v) { cost = v; return this; }
            public Builder access(Domain v) { access = v; return this; }

            public Domains build() {
                return new Domains(survival, sreReduction, qualityOfLife, sideEffects, cost, access);
            }
        }
    }

    /** One modality's comparative profile (the review's Table 1), with its source. */
    public record ProfileView(String profileId, String label, String modality, List<String> agents, Domains domains,
            String source, String note) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a ProfileView by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private String profileId;
            private String label;
            private String modality;
            private List<String> agents;
            private Domains domains;
            private String source;
            private String note;

            public Builder profileId(String v) { profileId = v; return this; }
            public Builder label(String v) { label = v; return this; }
            public Builder modality(String v) { modality = v; return this; }
            public Builder agents(List<String> v) { agents = v; return this; }
            public Builder domains(Domains v) { domains = v; return this; }
            public Builder source(String v) { source = v; return this; }
            public Builder note(String v) { note = v; return this; }

            public ProfileView build() {
                return new ProfileView(profileId, label, modality, agents, domains, source, note);
            }
        }
    }

    /**
     * The contract's request to grade one result: medians in months, experimental median null when not reached;
     * {@code pValue} optional (a number or the reported text, e.g. "<0.001"), and when absent the 95 % CI decides
     * significance; {@code effectMeasure} optional ({@code hazard_ratio} when absent): a {@code rate_ratio} is not graded.
     */
    public record GradeRequest(String form, BigDecimal controlMedianMonths, BigDecimal experimentalMedianMonths,
            BigDecimal hazardRatio, BigDecimal ciLower, BigDecimal ciUpper, Boolean qualityOfLifeImproved,
            Boolean toxicityReduced, Boolean toxicityIncreased,
            @Schema(nullable = true, description = "null: overall survival not mature") Boolean overallSurvivalBenefit,
            String pValue, String effectMeasure) {
    }

    /** An ESMO-MCBS grade and how it was reached: the preliminary grade, the adjustments, the band and the gain. */
    public record McbsGrade(int preliminaryGrade, int finalGrade, List<String> adjustments, String scale, String form,
            String band, BigDecimal gainMonths, boolean gainEstimatedFromHazardRatio, BigDecimal hrLowerLimit) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a McbsGrade by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private int preliminaryGrade;
            private int finalGrade;
            private List<String> adjustments;
            private String scale;
            private String form;
            private String band;
            private BigDecimal gainMonths;
            private boolean gainEstimatedFromHazardRatio;
            private BigDecimal hrLowerLimit;

            public Builder preliminaryGrade(int v) { preliminaryGrade = v; return this; }
            public Builder finalGrade(int v) { finalGrade = v; return this; }
            public Builder adjustments(List<String> v) { adjustments = v; return this; }
            public Builder scale(String v) { scale = v; return this; }
            public Builder form(String v) { form = v; return this; }
            public Builder band(String v) { band = v; return this; }
            public Builder gainMonths(BigDecimal v) { gainMonths = v; return this; }
            public Builder gainEstimatedFromHazardRatio(boolean v) { gainEstimatedFromHazardRatio = v; return this; }
            public Builder hrLowerLimit(BigDecimal v) { hrLowerLimit = v; return this; }

            public McbsGrade build() {
                return new McbsGrade(preliminaryGrade, finalGrade, adjustments, scale, form, band, gainMonths,
                        gainEstimatedFromHazardRatio, hrLowerLimit);
            }
        }
    }
}
