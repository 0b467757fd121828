package org.bcbm.common.regimen;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One agent's standard schedule from its label: the text a clinician reads and the numbers its annual cost is
 * computed from. {@code doseMg} is null where the dose depends on weight, body surface or renal function.
 */
public record AgentSchedule(String inn, Route route, BigDecimal doseMg, Integer administrationsPerCycle,
        Integer cycleDays, String text, String costingNote, String source) {

    /** How the agent is given. */
    public enum Route {
        ORAL("oral"), IV("intravenous"), SC("subcutaneous"), IM("intramuscular");

        public final String value;

        Route(String value) {
            this.value = value;
        }
    }

    public AgentSchedule {
        Objects.requireNonNull(inn, "inn");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    /** The dose is a fixed amount, so the annual cost can be computed. */
    public boolean costable() {
        return doseMg != null && administrationsPerCycle != null && cycleDays != null;
    }

    /** The text with its costing note, as the drug table shows it. */
    public String described() {
        return costingNote == null ? text : text + " (" + costingNote + ")";
    }

    /** The schedule as a regimen line names it: "letrozole 2.5 mg orally daily". */
    public String line() {
        return inn + " " + text;
    }

    public static Builder of(String inn, Route route) {
        return new Builder(inn, route);
    }

    /** Builds a schedule by name, so no two numbers can be swapped silently. */
    public static final class Builder {
        private final String inn;
        private final Route route;
        private BigDecimal doseMg;
        private Integer administrationsPerCycle;
        private Integer cycleDays;
        private String costingNote;

        private Builder(String inn, Route route) {
            this.inn = inn;
            this.route = route;
        }

        /** A fixed dose in mg, given {@code administrations} times in each cycle of {@code days} days. */
        public Builder fixed(String doseMg, int administrations, int days) {
            this.doseMg = new BigDecimal(doseMg);
            this.administrationsPerCycle = administrations;
            this.cycleDays = days;
            return this;
        }

        /** A dose by weight, body surface or renal function: a cycle length, no costable dose. */
        public Builder cycleDays(int days) {
            this.cycleDays = days;
            return this;
        }

        /** Why, or how, the cost arithmetic departs from the text (loading doses, body-surface dosing). */
        public Builder costing(String note) {
            this.costingNote = note;
            return this;
        }

        public AgentSchedule text(String text, String source) {
            return new AgentSchedule(inn, route, doseMg, administrationsPerCycle, cycleDays, text, costingNote, source);
        }
    }
}
