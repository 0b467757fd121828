package org.bcbm.common.contract;

/** How much one recommendation-service replica knows and of which versions; what ops read through the gateway. */
public record KnowledgeSummary(boolean ready, boolean caughtUp, int trials, int countries, int listings,
        String evidenceVersion, String accessVersion) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a KnowledgeSummary by field name, so fields of the same type cannot change places. */
    public static final class Builder {
        private boolean ready;
        private boolean caughtUp;
        private int trials;
        private int countries;
        private int listings;
        private String evidenceVersion;
        private String accessVersion;

        public Builder ready(boolean v) { ready = v; return this; }
        public Builder caughtUp(boolean v) { caughtUp = v; return this; }
        public Builder trials(int v) { trials = v; return this; }
        public Builder countries(int v) { countries = v; return this; }
        public Builder listings(int v) { listings = v; return this; }
        public Builder evidenceVersion(String v) { evidenceVersion = v; return this; }
        public Builder accessVersion(String v) { accessVersion = v; return this; }

        public KnowledgeSummary build() {
            return new KnowledgeSummary(ready, caughtUp, trials, countries, listings, evidenceVersion, accessVersion);
        }
    }
}
