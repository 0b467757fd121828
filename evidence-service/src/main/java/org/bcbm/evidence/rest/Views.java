package org.bcbm.evidence.rest;

import java.math.BigDecimal;
import java.util.List;
import org.bcbm.evidence.Arm;
import org.bcbm.evidence.ComparativeProfile;
import org.bcbm.evidence.McbsGrader;
import org.bcbm.evidence.Outcome;
import org.bcbm.evidence.Treatment;
import org.bcbm.evidence.Trial;

/** The JSON shapes evidence-service serves over REST; events carry the v1 payload types instead. */
public final class Views {

    private Views() {
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

        static OutcomeView of(Outcome o) {
            List<BigDecimal> ci = o.ciLower == null ? null : List.of(o.ciLower, o.ciUpper);
            return new OutcomeView(o.id, o.endpoint, o.analysis, o.experimentalMedianMonths, o.controlMedianMonths,
                    o.hazardRatio, ci, o.pValue, o.mcbsForm, o.gradeToShow(), McbsView.of(o), o.qolImproved, o.toxicityReduced,
                    o.toxicityIncreased, o.doi, o.note, o.gradable(), o.notGradableReason().orElse(null),
                    /* effectMeasure */ o.effectMeasure, /* citation */ o.citation, /* sourceKind */ o.sourceKind,
                    /* sourceNote */ o.sourceNote);
        }
    }

    /**
     * The computed and the published ESMO-MCBS grade of an outcome; both null, with the reason, when the scale does
     * not grade it.
     */
    public record McbsView(String scale, String form, Integer computedGrade, String publishedGrade, boolean differs,
            List<String> adjustments, String notGradableReason) {

        static McbsView of(Outcome o) {
            if (o.mcbsForm == null) {
                return null;
            }
            var computed = o.computedGrade();
            Integer grade = computed.map(McbsGrader.Result::finalGrade).orElse(null);
            String notGradable = o.notGradableReason().orElse(null);
            String published = notGradable == null ? o.mcbsGradePublished : null;
            return new McbsView(McbsGrader.SCALE, o.mcbsForm, grade, published,
                    published != null && grade != null && !published.equals(String.valueOf(grade)),
                    computed.map(McbsGrader.Result::adjustments).orElse(List.of()), notGradable);
        }
    }

    public record TrialView(String trialId, String name, String phase, String design, String population,
            String subtype, String line, String setting, Integer n, String primaryEndpoint, String doi,
            String citation, List<Arm> arms, List<String> agents, List<OutcomeView> outcomes, long version) {

        public static TrialView of(Trial t) {
            return new TrialView(t.trialId, t.name, t.phase, t.design, t.population, t.subtype, t.line, t.setting,
                    t.n, t.primaryEndpoint, t.doi, t.citation, t.arms, t.agents(),
                    t.outcomes.stream().map(OutcomeView::of).toList(), t.version);
        }
    }

    public record TreatmentView(String inn, String atcCode, String modality, String drugClass, String mechanism,
            String status, String source, long version) {

        public static TreatmentView of(Treatment t) {
            return new TreatmentView(t.inn, t.atcCode, t.modality, t.drugClass, t.mechanism, t.status, t.source,
                    t.version);
        }
    }

    /** A treatment with its comparative profile (review Table 1) and the trials that tested it. */
    public record TreatmentDetail(TreatmentView treatment, ProfileView comparativeProfile, List<TrialView> trials) {
    }

    /** A structured value of one comparison domain, with the review's own words. */
    public record Domain(String value, String reviewWording) {
    }

    public record SideEffects(List<String> values, String reviewWording) {
    }

    /** The six comparison domains of one modality. */
    public record Domains(Domain survival, Domain sreReduction, Domain qualityOfLife, SideEffects sideEffects,
            Domain cost, Domain access) {
    }

    public record ProfileView(String profileId, String label, String modality, List<String> agents, Domains domains,
            String source, String note) {

        public static ProfileView of(ComparativeProfile p) {
            return new ProfileView(p.profileId, p.label, p.modality, p.agents, new Domains(
                    new Domain(p.survivalBenefit, p.survivalWording), new Domain(p.sreReduction, p.sreWording),
                    new Domain(p.qolImpact, p.qolWording), new SideEffects(p.sideEffects, p.sideEffectsWording),
                    new Domain(p.costLevel, p.costWording), new Domain(p.accessibility, p.accessibilityWording)),
                    p.source, p.note);
        }
    }

    /** The contract's paged collection. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
