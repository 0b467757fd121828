package org.bcbm.recommendation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bcbm.common.contract.Recommendation.Contraindication;
import org.bcbm.common.contract.Recommendation.RecommendedTest;

/**
 * What the rules have decided so far. Rules offer catalogue regimens in order of clinical merit within a category;
 * the engine turns this into the contract's answer, ranks by insertion order and enforces the safety invariants.
 */
public final class Answer {

    /** A regimen offered to this patient, with why, the trials that support it in this setting and the warnings. */
    public static final class Draft {
        private final Regimen regimen;
        private final String rationale;
        private List<String> trials;
        private final List<String> warnings;
        private List<String> agents;

        Draft(Regimen regimen, String rationale) {
            this.regimen = regimen;
            this.rationale = rationale;
            this.trials = regimen.trials();
            this.warnings = new ArrayList<>(regimen.monitoring());
        }

        /** Cites only the trials whose population is this patient's setting. */
        public Draft citing(String... trialIds) {
            List<String> chosen = List.of(trialIds);
            if (!regimen.trials().containsAll(chosen)) {
                throw new IllegalArgumentException(regimen.name() + " has no evidence from " + chosen);
            }
            this.trials = chosen;
            return this;
        }

        public Draft warn(String warning) {
            warnings.add(warning);
            return this;
        }

        /** A warning that must be read before anything else (a condition to correct before the first dose). */
        public Draft warnFirst(String warning) {
            warnings.add(0, warning);
            return this;
        }

        public Regimen regimen() {
            return regimen;
        }

        public String id() {
            return regimen.name();
        }

        public String category() {
            return regimen.category().value;
        }

        /** Asked by the safety checks, the access verdict and the option alike: worked out once. */
        public List<String> agents() {
            if (agents == null) {
                agents = regimen.agents();
            }
            return agents;
        }

        public String rationale() {
            return rationale;
        }

        public List<String> trialIds() {
            return trials;
        }

        public List<String> warnings() {
            return warnings;
        }
    }

    final List<Draft> options = new ArrayList<>();
    final Map<String, String> contraindicated = new LinkedHashMap<>();
    final Map<String, String> tests = new LinkedHashMap<>();
    final Set<String> missing = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();

    /** Offers a catalogue regimen: {@code why} says why it fits this patient, the catalogue what its trial showed. */
    public Draft offer(Regimen regimen, String why) {
        String rationale = regimen.summary() == null ? why : why == null ? regimen.summary() : why + " " + regimen.summary();
        Draft draft = new Draft(regimen, rationale);
        options.add(draft);
        return draft;
    }

    /** The options offered so far, in order; rules read them to avoid offering one regimen twice. */
    public List<Draft> drafts() {
        return List.copyOf(options);
    }

    /** The agent must not be given to this patient: it never appears in an option. */
    public void contraindicate(String inn, String reason) {
        contraindicated.merge(inn, reason, (a, b) -> a + "; " + b);
    }

    public boolean isContraindicated(String inn) {
        return contraindicated.containsKey(inn);
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
