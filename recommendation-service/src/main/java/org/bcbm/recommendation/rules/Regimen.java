package org.bcbm.recommendation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.bcbm.common.contract.Enums.GermlineBrca;
import org.bcbm.common.contract.Enums.Her2;
import org.bcbm.common.contract.Recommendation.Radiotherapy;
import org.bcbm.common.regimen.AgentSchedule;
import org.bcbm.common.regimen.AgentSchedules;

/**
 * One entry of the regimen catalogue: agents with their schedules, the evidence behind it, the test results that
 * select patients for it, and what to monitor. Built by name through {@link #named}; defined only in {@link Regimens}.
 * Its minimum resource tier is not copied here: it follows from its agents' tiers, owned by access-cost-service.
 */
public record Regimen(String name, String title, Category category, List<Dose> doses, String procedure,
        Radiotherapy radiotherapy, List<String> trials, List<String> sources, List<String> monitoring,
        Set<Requirement> requires, Set<String> continuedBeyondProgression, String summary) {

    /** The contract's option categories. */
    public enum Category {
        SYSTEMIC("systemic"), BONE_MODIFYING("bone_modifying"), RADIOTHERAPY("radiotherapy"), SURGERY("surgery"),
        SUPPORTIVE("supportive");

        public final String value;

        Category(String value) {
            this.value = value;
        }
    }

    /** A test result without which the regimen has no evidence for the patient. */
    public enum Requirement {
        HORMONE_RECEPTOR_POSITIVE("ER or PR positive"),
        HER2_POSITIVE("HER2-positive (IHC 3+ or ISH amplified)"),
        HER2_LOW_OR_ULTRALOW("HER2-low (IHC 1+ or 2+/ISH-negative) or HER2-ultralow (IHC 0 with membrane staining)"),
        ESR1_MUTATION("ESR1 mutation (ctDNA)"),
        PIK3CA_MUTATION("PIK3CA mutation"),
        PIK3CA_AKT1_OR_PTEN_ALTERATION("PIK3CA, AKT1 or PTEN alteration"),
        GERMLINE_BRCA("germline BRCA1/2 mutation"),
        PDL1_CPS_10("triple-negative disease with PD-L1 CPS >= 10 (22C3)");

        public final String test;

        Requirement(String test) {
            this.test = test;
        }

        /** Whether the patient's results meet the requirement. */
        public boolean metBy(Assessment a) {
            return switch (this) {
                case HORMONE_RECEPTOR_POSITIVE -> a.hrPositive;
                case HER2_POSITIVE -> a.her2 == Her2.POSITIVE;
                case HER2_LOW_OR_ULTRALOW -> a.her2 == Her2.LOW || a.her2 == Her2.ULTRALOW;
                case ESR1_MUTATION -> a.altered("ESR1");
                case PIK3CA_MUTATION -> a.altered("PIK3CA");
                case PIK3CA_AKT1_OR_PTEN_ALTERATION -> a.altered("PIK3CA") || a.altered("AKT1") || a.altered("PTEN");
                case GERMLINE_BRCA -> a.profile.tumour().germlineBrca() == GermlineBrca.BRCA1
                        || a.profile.tumour().germlineBrca() == GermlineBrca.BRCA2;
                case PDL1_CPS_10 -> "TNBC".equals(a.subtype) && a.profile.tumour().pdl1Cps() != null
                        && a.profile.tumour().pdl1Cps() >= 10;
            };
        }
    }

    /** One agent in a regimen: its standard schedule, or the schedule the regimen's trial used. */
    public record Dose(String inn, String text) {

        /** The agent at its standard schedule ({@link AgentSchedules}). */
        public static Dose standard(String inn) {
            return new Dose(inn, AgentSchedules.require(inn).text());
        }

        /** The agent at the schedule of the regimen's trial. */
        public static Dose asIn(String inn, String text) {
            AgentSchedules.require(inn);
            return new Dose(inn, text);
        }

        public String line() {
            return inn + " " + text;
        }

        public AgentSchedule.Route route() {
            return AgentSchedules.require(inn).route();
        }
    }

    public List<String> agents() {
        return doses.stream().map(Dose::inn).toList();
    }

    /** The schedule a clinician reads: each agent's line, or the procedure. */
    public String schedule() {
        return doses.isEmpty() ? procedure : doses.stream().map(Dose::line).collect(Collectors.joining("; "));
    }

    /** The routes of its agents, e.g. "oral, intramuscular". */
    public String routes() {
        return doses.stream().map(d -> d.route().value).distinct().collect(Collectors.joining(", "));
    }

    /** The longest cycle of its agents' standard schedules, in days; null for procedures. */
    public Integer cycleDays() {
        return doses.stream().map(d -> AgentSchedules.require(d.inn()).cycleDays()).filter(c -> c != null)
                .max(Integer::compare).orElse(null);
    }

    /** The same regimen with one more agent, e.g. a GnRH agonist for ovarian suppression. */
    Regimen plus(Dose dose, String titleSuffix) {
        List<Dose> more = new ArrayList<>(doses);
        more.add(dose);
        return new Regimen(name, title + titleSuffix, category, List.copyOf(more), procedure, radiotherapy, trials,
                sources, monitoring, requires, continuedBeyondProgression, summary);
    }

    /** The same regimen with one agent's dose set for this patient (a label's renal adjustment). */
    Regimen adjusted(String inn, String text, String newTitle) {
        List<Dose> changed = doses.stream().map(d -> d.inn().equals(inn) ? new Dose(inn, text) : d).toList();
        return new Regimen(name, newTitle, category, changed, procedure, radiotherapy, trials, sources, monitoring,
                requires, continuedBeyondProgression, summary);
    }

    public static Builder named(String name, String title, Category category) {
        return new Builder(name, title, category);
    }

    /** Builds a catalogue entry field by field. */
    public static final class Builder {
        private final String name;
        private final String title;
        private final Category category;
        private final List<Dose> doses = new ArrayList<>();
        private String procedure;
        private Radiotherapy radiotherapy;
        private List<String> trials = List.of();
        private List<String> sources = List.of();
        private List<String> monitoring = List.of();
        private final Set<Requirement> requires = EnumSet.noneOf(Requirement.class);
        private Set<String> continued = Set.of();
        private String summary;

        private Builder(String name, String title, Category category) {
            if (!name.equals(name.toLowerCase(Locale.ROOT)) || name.contains(" ")) {
                throw new IllegalArgumentException("a regimen name is lower-case without spaces: " + name);
            }
            this.name = name;
            this.title = title;
            this.category = category;
        }

        /** Agents at their standard schedules. */
        public Builder agents(String... inns) {
            Arrays.stream(inns).map(Dose::standard).forEach(doses::add);
            return this;
        }

        public Builder dose(Dose dose) {
            doses.add(dose);
            return this;
        }

        /** A non-drug treatment's schedule (surgery, radiotherapy, hydration). */
        public Builder procedure(String text) {
            this.procedure = text;
            return this;
        }

        public Builder radiotherapy(int doseGy, int fractions) {
            this.radiotherapy = new Radiotherapy(doseGy, fractions);
            return this;
        }

        public Builder trials(String... ids) {
            this.trials = List.of(ids);
            return this;
        }

        public Builder sources(String... guidelines) {
            this.sources = List.of(guidelines);
            return this;
        }

        public Builder monitoring(String... items) {
            this.monitoring = List.of(items);
            return this;
        }

        public Builder requires(Requirement... r) {
            requires.addAll(Arrays.asList(r));
            return this;
        }

        /**
         * Agents the regimen keeps giving after they have failed, as its trial did (trastuzumab beyond progression,
         * ovarian suppression); every other failed agent rules the regimen out.
         */
        public Builder continuesBeyondProgression(String... inns) {
            this.continued = Set.of(inns);
            return this;
        }

        public Builder summary(String text) {
            this.summary = text;
            return this;
        }

        public Regimen build() {
            if (doses.isEmpty() && procedure == null) {
                throw new IllegalStateException(name + " has neither agents nor a procedure");
            }
            if (sources.isEmpty()) {
                throw new IllegalStateException(name + " cites no guideline");
            }
            return new Regimen(name, title, category, List.copyOf(doses), procedure, radiotherapy, trials, sources,
                    monitoring, Set.copyOf(requires), continued, summary);
        }
    }
}
