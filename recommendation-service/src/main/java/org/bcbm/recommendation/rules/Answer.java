package org.bcbm.recommendation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bcbm.common.contract.Recommendation.Contraindication;
import org.bcbm.common.contract.Recommendation.Radiotherapy;
import org.bcbm.common.contract.Recommendation.RecommendedTest;

/**
 * What the rules have decided so far. Rules add options in order of clinical merit within a category; the
 * engine turns this into the contract's answer, ranks by insertion order and enforces the safety invariants.
 */
public final class Answer {

    /** An option before evidence and access are attached. */
    public record Draft(String id, String category, String regimen, List<String> agents, String schedule,
            String rationale, List<String> trialIds, List<String> sources, List<String> warnings,
            Radiotherapy radiotherapy) {
    }

    final List<Draft> options = new ArrayList<>();
    final Map<String, String> contraindicated = new LinkedHashMap<>();
    final Map<String, String> tests = new LinkedHashMap<>();
    final Set<String> missing = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();

    public Draft add(String id, String category, String regimen, List<String> agents, String schedule,
            String rationale, List<String> trialIds, List<String> sources, List<String> warnings) {
        return add(new Draft(id, category, regimen, agents, schedule, rationale, trialIds, sources,
                new ArrayList<>(warnings), null));
    }

    public Draft add(Draft draft) {
        options.add(draft);
        return draft;
    }

    /** The agent must not be given to this patient: it never appears in an option. */
    public void contraindicate(String inn, String reason) {
        contraindicated.merge(inn, reason, (a, b) -> a + "; " + b);
    }

    public void recommendTest(String test, String reason) {
        tests.putIfAbsent(test, reason);
    }

    public void missing(String field) {
        missing.add(field);
    }

    public void note(String note) {
        notes.add(note);
    }

    List<Contraindication> contraindications() {
        return contraindicated.entrySet().stream().map(e -> new Contraindication(e.getKey(), e.getValue())).toList();
    }

    List<RecommendedTest> recommendedTests() {
        return tests.entrySet().stream().map(e -> new RecommendedTest(e.getKey(), e.getValue())).toList();
    }
}
