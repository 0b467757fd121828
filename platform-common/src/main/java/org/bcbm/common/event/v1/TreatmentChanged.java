package org.bcbm.common.event.v1;

/** evidence.events, aggregate {@code treatment}: one treatment's catalogue entry and the evidence knowledge version. */
public record TreatmentChanged(Treatment treatment, long knowledgeVersion) {

    public static final String TYPE = "TreatmentChanged";
    public static final String AGGREGATE = "treatment";

    public record Treatment(String inn, String atcCode, String modality, String drugClass, String mechanism,
            String status, String source, long version) {
    }
}
