package org.bcbm.evidence.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.bcbm.common.event.v1.TreatmentChanged;
import org.bcbm.common.event.v1.TrialChanged;
import org.bcbm.common.outbox.Outbox;
import org.bcbm.evidence.Treatment;
import org.bcbm.evidence.Trial;

/** Writes evidence events to the outbox: one aggregate state per event, so a consumer can rebuild from any event. */
@ApplicationScoped
public class EvidenceEvents {

    private final Outbox outbox;

    public EvidenceEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void trialChanged(Trial trial, long knowledgeVersion) {
        outbox.record(TrialChanged.AGGREGATE, trial.trialId, trial.version, TrialChanged.TYPE,
                EvidencePayloads.trialChanged(trial, knowledgeVersion));
    }

    public void treatmentChanged(Treatment treatment, long knowledgeVersion) {
        outbox.record(TreatmentChanged.AGGREGATE, treatment.inn, treatment.version, TreatmentChanged.TYPE,
                EvidencePayloads.treatmentChanged(treatment, knowledgeVersion));
    }
}
