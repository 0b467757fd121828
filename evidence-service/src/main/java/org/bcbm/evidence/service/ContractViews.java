package org.bcbm.evidence.service;

import java.math.BigDecimal;
import java.util.List;
import org.bcbm.common.contract.evidence.EvidenceViews.Arm;
import org.bcbm.common.contract.evidence.EvidenceViews.Domain;
import org.bcbm.common.contract.evidence.EvidenceViews.Domains;
import org.bcbm.common.contract.evidence.EvidenceViews.McbsGrade;
import org.bcbm.common.contract.evidence.EvidenceViews.McbsView;
import org.bcbm.common.contract.evidence.EvidenceViews.OutcomeView;
import org.bcbm.common.contract.evidence.EvidenceViews.ProfileView;
import org.bcbm.common.contract.evidence.EvidenceViews.SideEffects;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentView;
import org.bcbm.common.contract.evidence.EvidenceViews.TrialView;
import org.bcbm.evidence.ComparativeProfile;
import org.bcbm.evidence.McbsGrader;
import org.bcbm.evidence.Outcome;
import org.bcbm.evidence.Treatment;
import org.bcbm.evidence.Trial;

/** Puts evidence-service's entities into the contract's shapes, the only place that knows both. */
public final class ContractViews {

    private ContractViews() {
    }

    public static TrialView trial(Trial t) {
        return TrialView.builder().trialId(t.trialId).name(t.name).phase(t.phase).design(t.design)
                .population(t.population).subtype(t.subtype).line(t.line).setting(t.setting).n(t.n)
                .primaryEndpoint(t.primaryEndpoint).doi(t.doi).citation(t.citation)
                .arms(t.arms.stream().map(a -> new Arm(a.label(), a.regimen(), a.agents(), a.n())).toList())
                .agents(t.agents()).outcomes(t.outcomes.stream().map(ContractViews::outcome).toList())
                .version(t.version).build();
    }

    /** {@code mcbsGrade} is the grade to show: ESMO's published one where there is one, else the computed one. */
    static OutcomeView outcome(Outcome o) {
        List<BigDecimal> ci = o.ciLower == null ? null : List.of(o.ciLower, o.ciUpper);
        return OutcomeView.builder().id(o.id).endpoint(o.endpoint).analysis(o.analysis)
                .experimentalMedianMonths(o.experimentalMedianMonths).controlMedianMonths(o.controlMedianMonths)
                .hazardRatio(o.hazardRatio).ci95(ci).pValue(o.pValue).mcbsForm(o.mcbsForm).mcbsGrade(o.gradeToShow())
                .mcbs(mcbs(o)).qolImproved(o.qolImproved).toxicityReduced(o.toxicityReduced)
                .toxicityIncreased(o.toxicityIncreased).doi(o.doi).note(o.note).mcbsGradable(o.gradable())
                .mcbsNotGradableReason(o.notGradableReason().orElse(null)).effectMeasure(o.effectMeasure)
                .citation(o.citation).sourceKind(o.sourceKind).sourceNote(o.sourceNote).build();
    }

    /** Both grades of an outcome; a published grade the scale would not give (not gradable) is not shown as one. */
    static McbsView mcbs(Outcome o) {
        if (o.mcbsForm == null) {
            return null;
        }
        var computed = o.computedGrade();
        Integer grade = computed.map(McbsGrade::finalGrade).orElse(null);
        String notGradable = o.notGradableReason().orElse(null);
        String published = notGradable == null ? o.mcbsGradePublished : null;
        return McbsView.builder().scale(McbsGrader.SCALE).form(o.mcbsForm).computedGrade(grade)
                .publishedGrade(published)
                .differs(published != null && grade != null && !published.equals(String.valueOf(grade)))
                .adjustments(computed.map(McbsGrade::adjustments).orElse(List.of())).notGradableReason(notGradable)
                .build();
    }

    public static TreatmentView treatment(Treatment t) {
        return TreatmentView.builder().inn(t.inn).atcCode(t.atcCode).modality(t.modality).drugClass(t.drugClass)
                .mechanism(t.mechanism).status(t.status).source(t.source).version(t.version).build();
    }

    public static ProfileView profile(ComparativeProfile p) {
        Domains domains = Domains.builder()
                .survival(new Domain(p.survivalBenefit, p.survivalWording))
                .sreReduction(new Domain(p.sreReduction, p.sreWording))
                .qualityOfLife(new Domain(p.qolImpact, p.qolWording))
                .sideEffects(new SideEffects(p.sideEffects, p.sideEffectsWording))
                .cost(new Domain(p.costLevel, p.costWording))
                .access(new Domain(p.accessibility, p.accessibilityWording)).build();
        return ProfileView.builder().profileId(p.profileId).label(p.label).modality(p.modality).agents(p.agents)
                .domains(domains).source(p.source).note(p.note).build();
    }
}
