package org.bcbm.evidence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentView;
import org.bcbm.common.contract.evidence.EvidenceViews.TrialView;
import org.bcbm.common.contract.evidence.OutcomeUpdate;
import org.bcbm.common.contract.evidence.TreatmentUpdate;
import org.bcbm.common.contract.evidence.TrialUpdate;
import org.bcbm.common.evidence.McbsGradability;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.evidence.Arm;
import org.bcbm.evidence.Outcome;
import org.bcbm.evidence.Treatment;
import org.bcbm.evidence.Trial;
import org.bcbm.evidence.event.EvidenceEvents;
import org.bcbm.evidence.repository.KnowledgeVersionRepository;
import org.bcbm.evidence.repository.TrialRepository;

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
    public TreatmentView putTreatment(String inn, TreatmentUpdate update) {
        String id = inn.trim().toLowerCase(Locale.ROOT);
        Treatment treatment = em.find(Treatment.class, id);
        if (treatment == null) {
            expectNew("treatment", id, update.version());
            treatment = new Treatment();
            treatment.inn = id;
        } else {
            expectVersion("treatment", id, treatment.version, update.version());
        }
        treatment.atcCode = update.atcCode();
        treatment.modality = update.modality();
        treatment.drugClass = update.drugClass();
        treatment.mechanism = update.mechanism();
        treatment.status = update.status();
        treatment.source = update.source();
        if (!em.contains(treatment)) {
            em.persist(treatment);
        }
        em.flush();
        events.treatmentChanged(treatment, knowledge.bump());
        return ContractViews.treatment(treatment);
    }

    @Transactional
    public TrialView putTrial(String trialId, TrialUpdate update) {
        String id = trialId.trim().toUpperCase(Locale.ROOT);
        if (!id.matches("[A-Z0-9][A-Z0-9-]{1,40}")) {
            throw ProblemException.badField("trialId", "must be the trial's short acronym: letters, digits and '-'");
        }
        List<Arm> arms = new ArrayList<>();
        for (int i = 0; i < update.arms().size(); i++) {
            TrialUpdate.ArmUpdate arm = update.arms().get(i);
            List<String> agents = arm.agents().stream().map(a -> a.trim().toLowerCase(Locale.ROOT)).toList();
            for (int j = 0; j < agents.size(); j++) {
                if (em.find(Treatment.class, agents.get(j)) == null) {
                    throw ProblemException.badField("arms[" + i + "].agents[" + j + "]",
                            "'" + agents.get(j) + "' is not a known treatment (WHO INN, lower case)");
                }
            }
            arms.add(new Arm(arm.label(), arm.regimen(), agents, arm.n()));
        }
        Trial trial = trials.findById(id);
        if (trial == null) {
            expectNew("trial", id, update.version());
            trial = new Trial();
            trial.trialId = id;
        } else {
            expectVersion("trial", id, trial.version, update.version());
        }
        trial.name = update.name();
        trial.phase = update.phase();
        trial.design = update.design();
        trial.population = update.population();
        trial.subtype = update.subtype();
        trial.line = update.line();
        trial.setting = update.setting();
        trial.n = update.n();
        trial.primaryEndpoint = update.primaryEndpoint();
        trial.doi = update.doi();
        trial.citation = update.citation();
        trial.arms = arms;
        if (!em.contains(trial)) {
            em.persist(trial);
        }
        em.flush();
        events.trialChanged(trial, knowledge.bump());
        return ContractViews.trial(trial);
    }

    @Transactional
    public TrialView addOutcome(String trialId, OutcomeUpdate update) {
        Trial trial = lockedTrial(trialId, update.version());
        Outcome outcome = new Outcome();
        outcome.trial = trial;
        apply(outcome, update);
        trial.outcomes.add(outcome);
        em.persist(outcome);
        return published(trial);
    }

    @Transactional
    public TrialView updateOutcome(String trialId, long outcomeId, OutcomeUpdate update) {
        Trial existing = trials.findByIdOptional(trialId.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("trial", trialId));
        Outcome outcome = existing.outcomes.stream().filter(o -> o.id == outcomeId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("outcome", trialId + "/" + outcomeId));
        Trial trial = lockedTrial(trialId, update.version());
        apply(outcome, update);
        return published(trial);
    }

    /** The trial is the aggregate: an outcome change is a new trial version, checked against concurrent writers. */
    private Trial lockedTrial(String trialId, Long expectedVersion) {
        Trial trial = trials.findByIdOptional(trialId.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("trial", trialId));
        expectVersion("trial", trial.trialId, trial.version, expectedVersion);
        em.lock(trial, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return trial;
    }

    private TrialView published(Trial trial) {
        em.flush();
        events.trialChanged(trial, knowledge.bump());
        return ContractViews.trial(trial);
    }

    private static void apply(Outcome outcome, OutcomeUpdate update) {
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
        outcome.citation = update.citation();
        outcome.note = update.note();
        outcome.effectMeasure = update.effectMeasure() == null ? McbsGradability.HAZARD_RATIO : update.effectMeasure();
        outcome.sourceKind = update.sourceKind() == null ? Outcome.PRIMARY_PUBLICATION : update.sourceKind();
        outcome.sourceNote = update.sourceNote();
        if (outcome.doi == null && outcome.citation == null) {
            throw ProblemException.badField("doi", "is required when there is no citation: an outcome names its "
                    + "source by a DOI, a citation or both");
        }
        if (Outcome.SECONDARY.equals(outcome.sourceKind) && (outcome.sourceNote == null || outcome.sourceNote.isBlank())) {
            throw ProblemException.badField("sourceNote", "must name the secondary source when sourceKind is secondary");
        }
        // ESMO publishes grades for significant benefit only: a grade on any other result is a curation error
        if (update.mcbsGrade() != null) {
            outcome.notGradableReason().ifPresent(reason -> {
                throw ProblemException.badField("mcbsGrade", reason);
            });
        }
    }

    private static void expectVersion(String what, String id, long current, Long expected) {
        if (expected == null) {
            throw ProblemException.badField("version", "is required to change an existing " + what
                    + " (current version " + current + ")");
        }
        if (current != expected) {
            throw ProblemException.conflict(what + " " + id + " is at version " + current
                    + ", the change was made against version " + expected + "; re-read it and retry");
        }
    }

    private static void expectNew(String what, String id, Long expected) {
        if (expected != null && expected != 0) {
            throw ProblemException.conflict("no " + what + " " + id + " exists, but the change was made against version "
                    + expected);
        }
    }
}
