package org.bcbm.common.contract;

import com.fasterxml.jackson.annotation.JsonValue;

/** The contract's enumerations; each serialises to (and reads from) exactly its contract spelling. */
public final class Enums {

    private Enums() {
    }

    /** Implemented by every contract enumeration so the problem mapper can list the accepted spellings. */
    public interface Spelled {
        String value();
    }

    public enum Sex implements Spelled {
        FEMALE("female"), MALE("male");

        private final String value;

        Sex(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    public enum MenopausalStatus implements Spelled {
        PREMENOPAUSAL("premenopausal"), PERIMENOPAUSAL("perimenopausal"), POSTMENOPAUSAL("postmenopausal");

        private final String value;

        MenopausalStatus(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    public enum Receptor implements Spelled {
        POSITIVE("positive"), NEGATIVE("negative");

        private final String value;

        Receptor(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    public enum Her2 implements Spelled {
        POSITIVE("positive"), LOW("low"), ULTRALOW("ultralow"), NEGATIVE("negative");

        private final String value;

        Her2(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    public enum GermlineBrca implements Spelled {
        BRCA1("BRCA1"), BRCA2("BRCA2"), NONE("none"), UNKNOWN("unknown");

        private final String value;

        GermlineBrca(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    public enum Site implements Spelled {
        BONE("bone"), LIVER("liver"), LUNG("lung"), PLEURA("pleura"), BRAIN("brain"), LYMPH_NODE("lymph_node"),
        SKIN("skin"), OTHER("other");

        private final String value;

        Site(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    public enum TherapySetting implements Spelled {
        ADJUVANT("adjuvant"), NEOADJUVANT("neoadjuvant"), METASTATIC("metastatic");

        private final String value;

        TherapySetting(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    public enum DentalStatus implements Spelled {
        HEALTHY("healthy"), POOR_ORAL_HEALTH("poor_oral_health"),
        PENDING_INVASIVE_PROCEDURE("pending_invasive_procedure"), UNKNOWN("unknown");

        private final String value;

        DentalStatus(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    public enum Tier implements Spelled {
        BASIC("basic"), LIMITED("limited"), ENHANCED("enhanced"), MAXIMAL("maximal");

        private final String value;

        Tier(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
