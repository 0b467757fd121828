package org.bcbm.evidence.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.bcbm.common.outbox.Outbox;
import org.bcbm.evidence.Treatment;
import org.bcbm.evidence.Trial;
import org.bcbm.evidence.rest.Views.TrialView;
import org.bcbm.evidence.rest.Views.TreatmentView;

/** Writes evidence events to the outbox: one aggregate state per event, so a consumer can rebuild from any event. */
@ApplicationScoped
public class EvidenceEvents {

    public static final String TRIAL = "trial";
    public static final String TREATMENT = "treatment";

    /** The payload carries the whole aggregate and the knowledge version it belongs to. */
    public record TrialChanged(TrialView trial, long knowledgeVersion) {
    }

    public record TreatmentChanged(TreatmentView treatment, long knowledgeVersion) {
    }

    private final Outbox outbox;

    public EvidenceEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void trialChanged(Trial trial, long knowledgeVersion) {
        outbox.record(TRIAL, trial.trialId, trial.version, "TrialChanged",
                new TrialChanged(TrialView.of(trial), knowledgeVersion));
    }

    public void treatmentChanged(Treatment treatment, long knowledgeVersion) {
        outbox.record(TREATMENT, treatment.inn, treatment.version, "TreatmentChanged",
                new TreatmentChanged(TreatmentView.of(treatment), knowledgeVersion));
    }
}
