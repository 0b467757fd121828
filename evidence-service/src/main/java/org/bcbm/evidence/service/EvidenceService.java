package org.bcbm.evidence.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.bcbm.common.contract.Page;
import org.bcbm.common.contract.evidence.EvidenceViews.ProfileView;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentDetail;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentView;
import org.bcbm.common.contract.evidence.EvidenceViews.TrialView;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.evidence.ComparativeProfile;
import org.bcbm.evidence.Outcome;
import org.bcbm.evidence.Treatment;
import org.bcbm.evidence.Trial;
import org.bcbm.evidence.repository.KnowledgeVersionRepository;
import org.bcbm.evidence.repository.TrialRepository;

/** Read side of evidence: trials, treatments and the knowledge version, as views. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvidenceService {

    private final TrialRepository trials;
    private final KnowledgeVersionRepository knowledge;

    public EvidenceService(TrialRepository trials, KnowledgeVersionRepository knowledge) {
        this.trials = trials;
        this.knowledge = knowledge;
    }

    @Transactional
    public Page<TrialView> trials(String agent, String modality, String subtype, String endpoint, String line,
            String text, int page, int size) {
        List<Trial> all = trials.search(agent, subtype, endpoint, line, text);
        if (modality != null) {
            Set<String> agents = new HashSet<>();
            Treatment.<Treatment>list("modality", modality.toLowerCase(Locale.ROOT)).forEach(t -> agents.add(t.inn));
            all = all.stream().filter(t -> t.agents().stream().anyMatch(agents::contains)).toList();
        }
        return Page.of(all.stream().map(ContractViews::trial).toList(), page, size);
    }

    @Transactional
    public TrialView trial(String trialId) {
        return trials.findByIdOptional(trialId.toUpperCase(Locale.ROOT)).map(ContractViews::trial)
                .orElseThrow(() -> ProblemException.notFound("trial", trialId));
    }

    /** The gateway's merge asks for every cited trial in one round trip; unknown ids are simply absent. */
    @Transactional
    public List<TrialView> trialsByIds(Collection<String> ids) {
        return trials.byIds(ids.stream().map(String::toUpperCase).toList()).stream().map(ContractViews::trial).toList();
    }

    @Transactional
    public Page<TreatmentView> treatments(String modality, String text, int page, int size) {
        List<TreatmentView> all = Treatment.<Treatment>listAll(Sort.by("inn")).stream()
                .filter(t -> modality == null || t.modality.equalsIgnoreCase(modality))
                .filter(t -> text == null || (t.inn + " " + t.drugClass + " " + t.mechanism).toLowerCase(Locale.ROOT)
                        .contains(text.toLowerCase(Locale.ROOT)))
                .map(ContractViews::treatment)
                .toList();
        return Page.of(all, page, size);
    }

    @Transactional
    public TreatmentDetail treatment(String inn) {
        Treatment treatment = Treatment.<Treatment>findByIdOptional(inn.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("treatment", inn));
        List<TrialView> tested = trials.search(treatment.inn, null, null, null, null).stream().map(ContractViews::trial)
                .toList();
        ProfileView profile = ComparativeProfile.<ComparativeProfile>listAll().stream()
                .filter(p -> p.agents.contains(treatment.inn)).findFirst().map(ContractViews::profile).orElse(null);
        return new TreatmentDetail(ContractViews.treatment(treatment), profile, tested);
    }

    @Transactional
    public List<ProfileView> profiles(String modality) {
        return ComparativeProfile.<ComparativeProfile>listAll(Sort.by("profileId")).stream()
                .filter(p -> modality == null || p.modality.equalsIgnoreCase(modality)).map(ContractViews::profile).toList();
    }

    @Transactional
    public ProfileView profile(String id) {
        return ComparativeProfile.<ComparativeProfile>findByIdOptional(id.toLowerCase(Locale.ROOT)).map(ContractViews::profile)
                .orElseThrow(() -> ProblemException.notFound("comparative profile", id));
    }

    /** Every HR-bearing outcome of the trials that gave {@code inn}, as a forest plot. */
    @Transactional
    public String forestPlotForTreatment(String inn) {
        Treatment treatment = Treatment.<Treatment>findByIdOptional(inn.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("treatment", inn));
        return ForestPlot.svg("Hazard ratios: trials of " + treatment.inn,
                rows(trials.search(treatment.inn, null, null, null, null), null));
    }

    /** A forest plot of a set of trials, or of every trial that gave an agent of one modality. */
    @Transactional
    public String forestPlot(List<String> trialIds, String modality, String endpoint) {
        if ((trialIds == null || trialIds.isEmpty()) && modality == null) {
            throw ProblemException.badField("trials", "give trials=A,B or modality=...");
        }
        Set<Trial> selected = new TreeSet<>(Comparator.comparing((Trial t) -> t.trialId));
        if (trialIds != null && !trialIds.isEmpty()) {
            selected.addAll(trials.byIds(trialIds.stream().map(String::toUpperCase).toList()));
        }
        if (modality != null) {
            Treatment.<Treatment>list("modality", modality.toLowerCase(Locale.ROOT))
                    .forEach(t -> selected.addAll(trials.search(t.inn, null, null, null, null)));
        }
        String title = "Hazard and rate ratios: " + (modality != null ? modality : String.join(", ", trialIds))
                + (endpoint != null ? " (" + endpoint + ")" : "");
        return ForestPlot.svg(title, rows(List.copyOf(selected), endpoint));
    }

    private static List<ForestPlot.Row> rows(List<Trial> trials, String endpoint) {
        return trials.stream().flatMap(t -> t.outcomes.stream())
                .filter(o -> o.hazardRatio != null && o.ciLower != null && o.ciUpper != null)
                .filter(o -> endpoint == null || o.endpoint.equalsIgnoreCase(endpoint))
                .map(o -> new ForestPlot.Row(o.trial.trialId, o.endpoint, o.analysis, o.hazardRatio, o.ciLower,
                        o.ciUpper, o.gradeToShow() == null ? null : "grade " + o.gradeToShow(),
                        o.notGradableReason().orElse(null), o.effectMeasure,
                        Outcome.SECONDARY.equals(o.sourceKind) ? o.sourceNote : null))
                .toList();
    }

    @Transactional
    public long knowledgeVersion() {
        return knowledge.current();
    }

}
