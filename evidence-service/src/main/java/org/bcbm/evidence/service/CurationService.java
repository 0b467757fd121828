package org.bcbm.evidence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.evidence.Outcome;
import org.bcbm.evidence.Trial;
import org.bcbm.evidence.event.EvidenceEvents;
import org.bcbm.evidence.repository.KnowledgeVersionRepository;
import org.bcbm.evidence.repository.TrialRepository;
import org.bcbm.evidence.rest.OutcomeUpdate;
import org.bcbm.evidence.rest.Views.TrialView;

/** Curators' changes: each one bumps the aggregate and knowledge versions and records its event, in one transaction. */
@ApplicationScoped
public class CurationService {

    private final TrialRepository trials;
    private final KnowledgeVersionRepository knowledge;
    private final EvidenceEvents events;
    private final EntityManager em;

    public CurationService(TrialRepository trials, KnowledgeVersionRepository knowledge, EvidenceEvents events,
            EntityManager em) {
        this.trials = trials;
        this.knowledge = knowledge;
        this.events = events;
        this.em = em;
    }

    @Transactional
    public TrialView updateOutcome(String trialId, long outcomeId, OutcomeUpdate update) {
        Trial trial = trials.findByIdOptional(trialId.toUpperCase())
                .orElseThrow(() -> ProblemException.notFound("trial", trialId));
        Outcome outcome = trial.outcomes.stream().filter(o -> o.id == outcomeId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("outcome", trialId + "/" + outcomeId));
        if (trial.version != update.version()) {
            throw ProblemException.conflict("trial " + trial.trialId + " is at version " + trial.version
                    + ", the change was made against version " + update.version() + "; re-read it and retry");
        }
        outcome.endpoint = update.endpoint();
        outcome.analysis = update.analysis();
        outcome.experimentalMedianMonths = update.experimentalMedianMonths();
        outcome.controlMedianMonths = update.controlMedianMonths();
        outcome.hazardRatio = update.hazardRatio();
        outcome.ciLower = update.ciLower();
        outcome.ciUpper = update.ciUpper();
        outcome.pValue = update.pValue();
        outcome.mcbsForm = update.mcbsForm();
        outcome.mcbsGradePublished = update.mcbsGrade();
        outcome.qolImproved = update.qolImproved();
        outcome.toxicityReduced = update.toxicityReduced();
        outcome.toxicityIncreased = update.toxicityIncreased();
        outcome.doi = update.doi();
        outcome.note = update.note();
        // the trial is the aggregate: an outcome change is a new trial version, checked against concurrent writers
        em.lock(trial, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        events.trialChanged(trial, knowledge.bump());
        return TrialView.of(trial);
    }
}
