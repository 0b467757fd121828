package org.bcbm.evidence.event;

import java.math.BigDecimal;
import java.util.List;
import org.bcbm.common.event.v1.TreatmentChanged;
import org.bcbm.common.event.v1.TrialChanged;
import org.bcbm.evidence.Arm;
import org.bcbm.evidence.Outcome;
import org.bcbm.evidence.Treatment;
import org.bcbm.evidence.Trial;

/** Maps evidence entities to the v1 event payloads; the only place those records are built. */
public final class EvidencePayloads {

    private EvidencePayloads() {
    }

    public static TrialChanged trialChanged(Trial trial, long knowledgeVersion) {
        return new TrialChanged(trial(trial), knowledgeVersion);
    }

    public static TreatmentChanged treatmentChanged(Treatment treatment, long knowledgeVersion) {
        return new TreatmentChanged(treatment(treatment), knowledgeVersion);
    }

    public static TrialChanged.Trial trial(Trial t) {
        return new TrialChanged.Trial(t.trialId, t.name, t.phase, t.design, t.population, t.subtype, t.line,
                t.setting, t.n, t.primaryEndpoint, t.doi, t.citation,
                t.arms.stream().map(EvidencePayloads::arm).toList(), t.agents(),
                t.outcomes.stream().map(EvidencePayloads::outcome).toList(), t.version);
    }

    public static TreatmentChanged.Treatment treatment(Treatment t) {
        return new TreatmentChanged.Treatment(t.inn, t.atcCode, t.modality, t.drugClass, t.mechanism, t.status,
                t.source, t.version);
    }

    static TrialChanged.Arm arm(Arm a) {
        return new TrialChanged.Arm(a.label(), a.regimen(), a.agents(), a.n());
    }

    /**
     * The grade consumers see is the one the REST view shows: ESMO's published grade first, else the computed one,
     * and none, with the reason, for a result the scale does not grade.
     */
    static TrialChanged.Outcome outcome(Outcome o) {
        // a CI is published as a pair or not at all; half a CI would read as a point estimate
        List<BigDecimal> ci95 = o.ciLower == null || o.ciUpper == null ? null : List.of(o.ciLower, o.ciUpper);
        return TrialChanged.Outcome.builder().id(o.id).endpoint(o.endpoint).analysis(o.analysis)
                .experimentalMedianMonths(o.experimentalMedianMonths).controlMedianMonths(o.controlMedianMonths)
                .hazardRatio(o.hazardRatio).ci95(ci95).pValue(o.pValue).mcbsForm(o.mcbsForm).mcbsGrade(o.gradeToShow())
                .doi(o.doi).note(o.note).mcbsGradable(o.gradable())
                .mcbsNotGradableReason(o.notGradableReason().orElse(null)).effectMeasure(o.effectMeasure)
                .citation(o.citation).sourceKind(o.sourceKind).sourceNote(o.sourceNote).build();
    }
}
