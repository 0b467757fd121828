package org.bcbm.common.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The contract's enumerations. Each constant reads from and writes to exactly its contract spelling
 * ({@link JsonProperty}); the problem mapper lists those spellings when a value is not one of them.
 */
public final class Enums {

    private Enums() {
    }

    public enum Sex {
        @JsonProperty("female") FEMALE,
        @JsonProperty("male") MALE
    }

    public enum MenopausalStatus {
        @JsonProperty("premenopausal") PREMENOPAUSAL,
        @JsonProperty("perimenopausal") PERIMENOPAUSAL,
        @JsonProperty("postmenopausal") POSTMENOPAUSAL
    }

    public enum Receptor {
        @JsonProperty("positive") POSITIVE,
        @JsonProperty("negative") NEGATIVE
    }

    public enum Her2 {
        @JsonProperty("positive") POSITIVE,
        @JsonProperty("low") LOW,
        @JsonProperty("ultralow") ULTRALOW,
        @JsonProperty("negative") NEGATIVE
    }

    public enum GermlineBrca {
        @JsonProperty("BRCA1") BRCA1,
        @JsonProperty("BRCA2") BRCA2,
        @JsonProperty("none") NONE,
        @JsonProperty("unknown") UNKNOWN
    }

    public enum Site {
        @JsonProperty("bone") BONE,
        @JsonProperty("liver") LIVER,
        @JsonProperty("lung") LUNG,
        @JsonProperty("pleura") PLEURA,
        @JsonProperty("brain") BRAIN,
        @JsonProperty("lymph_node") LYMPH_NODE,
        @JsonProperty("skin") SKIN,
        @JsonProperty("other") OTHER
    }

    public enum TherapySetting {
        @JsonProperty("adjuvant") ADJUVANT,
        @JsonProperty("neoadjuvant") NEOADJUVANT,
        @JsonProperty("metastatic") METASTATIC
    }

    public enum DentalStatus {
        @JsonProperty("healthy") HEALTHY,
        @JsonProperty("poor_oral_health") POOR_ORAL_HEALTH,
        @JsonProperty("pending_invasive_procedure") PENDING_INVASIVE_PROCEDURE,
        @JsonProperty("unknown") UNKNOWN
    }

    /** Neurological deficit from spinal cord compression. */
    public enum NeurologicalStatus {
        @JsonProperty("intact") INTACT,
        @JsonProperty("ambulatory_with_deficit") AMBULATORY_WITH_DEFICIT,
        @JsonProperty("non_ambulatory") NON_AMBULATORY,
        @JsonProperty("paraplegic") PARAPLEGIC
    }

    /**
     * The Breast Health Global Initiative's four resource levels, in ascending order: this order is the tier ladder
     * every service uses (a drug expected from one tier is expected at every higher one).
     */
    public enum Tier {
        @JsonProperty("basic") BASIC,
        @JsonProperty("limited") LIMITED,
        @JsonProperty("enhanced") ENHANCED,
        @JsonProperty("maximal") MAXIMAL;

        /** The tier spelled {@code value}, or null when it is none of the four. */
        public static Tier of(String value) {
            for (Tier t : values()) {
                if (spelling(t).equals(value)) {
                    return t;
                }
            }
            return null;
        }

        /** Whether a drug needing {@code minimumTier} is expected at {@code tier}; null when either is unknown. */
        public static Boolean reaches(String tier, String minimumTier) {
            Tier have = of(tier);
            Tier need = of(minimumTier);
            return have == null || need == null ? null : have.compareTo(need) >= 0;
        }
    }

    /** The contract spelling of a constant: its {@link JsonProperty} value, else its name. */
    public static String spelling(Enum<?> constant) {
        return SPELLINGS.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /** Spellings read once per enum: rules ask for them on every answer, and reflection is slow. */
    private static final ClassValue<String[]> SPELLINGS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] spellings = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                String name = ((Enum<?>) constants[i]).name();
                try {
                    JsonProperty property = type.getField(name).getAnnotation(JsonProperty.class);
                    spellings[i] = property == null ? name : property.value();
                } catch (NoSuchFieldException e) {
                    spellings[i] = name;
                }
            }
            return spellings;
        }
    };
}
