package org.bcbm.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.bcbm.common.contract.Page;
import org.bcbm.common.contract.evidence.EvidenceViews.GradeRequest;
import org.bcbm.common.contract.evidence.EvidenceViews.McbsGrade;
import org.bcbm.common.contract.evidence.EvidenceViews.ProfileView;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentDetail;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentView;
import org.bcbm.common.contract.evidence.EvidenceViews.TrialView;
import org.bcbm.common.contract.evidence.OutcomeUpdate;
import org.bcbm.common.contract.evidence.TreatmentUpdate;
import org.bcbm.common.contract.evidence.TrialUpdate;
import org.bcbm.common.outbox.Reconciliation;
import org.bcbm.common.problem.ProblemException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * evidence-service with its failure policy. For merges it degrades (an empty answer, marked by the caller);
 * for reads it alone can answer it is a 503.
 */
// every method gets its own breaker and, unless it says otherwise, a 3 s timeout
@ApplicationScoped
@Timeout(3000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = ProblemException.class)
public class EvidenceClient {

    private final EvidenceApi api;

    public EvidenceClient(@RestClient EvidenceApi api) {
        this.api = api;
    }

    @Fallback(value = Unavailable.TrialPage.class, skipOn = ProblemException.class)
    public Page<TrialView> trials(ListQuery query) {
        return api.trials(query);
    }

    @Fallback(value = Unavailable.Trial.class, skipOn = ProblemException.class)
    public TrialView trial(String trialId) {
        return api.trial(trialId);
    }

    @Fallback(value = Unavailable.TreatmentPage.class, skipOn = ProblemException.class)
    public Page<TreatmentView> treatments(ListQuery query) {
        return api.treatments(query);
    }

    @Fallback(value = Unavailable.TreatmentDetails.class, skipOn = ProblemException.class)
    public TreatmentDetail treatment(String inn) {
        return api.treatment(inn);
    }

    @Fallback(value = Unavailable.Grade.class, skipOn = ProblemException.class)
    public McbsGrade grade(GradeRequest request) {
        return api.grade(request);
    }

    @Fallback(value = Unavailable.Profiles.class, skipOn = ProblemException.class)
    public List<ProfileView> profiles(String modality) {
        return api.profiles(modality);
    }

    @Fallback(value = Unavailable.Profile.class, skipOn = ProblemException.class)
    public ProfileView profile(String profileId) {
        return api.profile(profileId);
    }

    @Fallback(value = Unavailable.EvidenceText.class, skipOn = ProblemException.class)
    public String forestPlot(String inn) {
        return api.forestPlot(inn);
    }

    @Fallback(value = Unavailable.EvidenceText.class, skipOn = ProblemException.class)
    public String forestPlotOf(String trials, String modality, String endpoint) {
        return api.forestPlotOf(trials, modality, endpoint);
    }

    // the first export loads evidence-service's FHIR R5 model (2.1 s on an idle 2-core machine, 3.1 s through the
    // gateway on a freshly started platform): a document download may wait longer than the class's 3 s
    @Timeout(10000)
    @Fallback(value = Unavailable.EvidenceText.class, skipOn = ProblemException.class)
    public String outcomeAsFhir(String trialId, long outcomeId) {
        return api.outcomeAsFhir(trialId, outcomeId);
    }

    @Timeout(5000)
    @Fallback(value = Unavailable.Treatment.class, skipOn = ProblemException.class)
    public TreatmentView putTreatment(String inn, TreatmentUpdate update) {
        return api.putTreatment(inn, update);
    }

    @Timeout(5000)
    @Fallback(value = Unavailable.Trial.class, skipOn = ProblemException.class)
    public TrialView putTrial(String trialId, TrialUpdate update) {
        return api.putTrial(trialId, update);
    }

    @Timeout(5000)
    @Fallback(value = Unavailable.Trial.class, skipOn = ProblemException.class)
    public TrialView addOutcome(String trialId, OutcomeUpdate update) {
        return api.addOutcome(trialId, update);
    }

    /** Curator writes are never retried (not idempotent from the caller's view) and never degrade. */
    @Timeout(5000)
    @Fallback(value = Unavailable.Trial.class, skipOn = ProblemException.class)
    public TrialView updateOutcome(String trialId, long outcomeId, OutcomeUpdate update) {
        return api.updateOutcome(trialId, outcomeId, update);
    }

    /** Republishes what the topic lacks; reads the whole topic first, so it may take far longer than a read. */
    @Timeout(60_000)
    @Fallback(value = Unavailable.EvidenceReconciliation.class, skipOn = ProblemException.class)
    public Reconciliation reconcile() {
        return api.reconcile();
    }
}
