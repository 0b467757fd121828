package org.bcbm.common.event.v1;

import java.util.List;

/**
 * recommendation.events, aggregate {@code recommendation} (id = request id): what was recommended, with the
 * knowledge versions it was decided on and a keyed hash instead of the patient reference.
 */
public record RecommendationIssued(String requestId, String patientHash, String rulesVersion,
        String evidenceVersion, String accessVersion, String subtype, List<String> optionIds,
        List<String> contraindicated, String generatedAt) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a RecommendationIssued by field name, so fields of the same type cannot change places. */
    public static final class Builder {
        private String requestId;
        private String patientHash;
        private String rulesVersion;
        private String evidenceVersion;
        private String accessVersion;
        private String subtype;
        private List<String> optionIds;
        private List<String> contraindicated;
        private String generatedAt;

        public Builder requestId(String v) { requestId = v; return this; }
        public Builder patientHash(String v) { patientHash = v; return this; }
        public Builder rulesVersion(String v) { rulesVersion = v; return this; }
        public Builder evidenceVersion(String v) { evidenceVersion = v; return this; }
        public Builder accessVersion(String v) { accessVersion = v; return this; }
        public Builder subtype(String v) { subtype = v; return this; }
        public Builder optionIds(List<String> v) { optionIds = v; return this; }
        public Builder contraindicated(List<String> v) { contraindicated = v; return this; }
        public Builder generatedAt(String v) { generatedAt = v; return this; }

        public RecommendationIssued build() {
            return new RecommendationIssued(requestId, patientHash, rulesVersion, evidenceVersion, accessVersion,
                    subtype, optionIds, contraindicated, generatedAt);
        }
    }

    public static final String TYPE = "RecommendationIssued";
    public static final String AGGREGATE = "recommendation";
}
