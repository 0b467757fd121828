package org.bcbm.common.event.v1;

import java.util.List;

/**
 * cds.feedback, aggregate {@code cds-card} (id = the card's uuid): what a clinician did with one CDS Hooks card, with
 * the card it answers, so curators see where clinicians disagree. The patient appears only as the keyed hash the
 * audit uses; the clinician's free-text comment stays in the gateway's database (it may name the patient).
 */
public record CdsFeedbackRecorded(
        String feedbackId,
        String client,
        String outcome,
        String outcomeTimestamp,
        String recordedAt,
        CardIssued card,
        OverrideReason overrideReason,
        List<String> acceptedSuggestions,
        boolean userCommentGiven) {

    public static final String TYPE = "CdsFeedbackRecorded";
    public static final String AGGREGATE = "cds-card";

    /** The card as it was issued: kind {@code option}, {@code safety} or {@code missing-data}. */
    public record CardIssued(String uuid, String hook, String kind, String indicator, String optionId,
            String category, String summary, String patientHash, String rulesVersion, String issuedAt) {

        public static CardBuilder builder() {
            return new CardBuilder();
        }
    }

    /** Builds the card by field name: ten strings cannot be kept apart by position. */
    public static final class CardBuilder {
        private String uuid;
        private String hook;
        private String kind;
        private String indicator;
        private String optionId;
        private String category;
        private String summary;
        private String patientHash;
        private String rulesVersion;
        private String issuedAt;

        public CardBuilder uuid(String v) { uuid = v; return this; }
        public CardBuilder hook(String v) { hook = v; return this; }
        public CardBuilder kind(String v) { kind = v; return this; }
        public CardBuilder indicator(String v) { indicator = v; return this; }
        public CardBuilder optionId(String v) { optionId = v; return this; }
        public CardBuilder category(String v) { category = v; return this; }
        public CardBuilder summary(String v) { summary = v; return this; }
        public CardBuilder patientHash(String v) { patientHash = v; return this; }
        public CardBuilder rulesVersion(String v) { rulesVersion = v; return this; }
        public CardBuilder issuedAt(String v) { issuedAt = v; return this; }

        public CardIssued build() {
            return new CardIssued(uuid, hook, kind, indicator, optionId, category, summary, patientHash, rulesVersion,
                    issuedAt);
        }
    }

    /** The coded reason a clinician gave for overriding the card; null when none was given. */
    public record OverrideReason(String system, String code, String display) {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds the payload by field name, so the strings cannot change places. */
    public static final class Builder {
        private String feedbackId;
        private String client;
        private String outcome;
        private String outcomeTimestamp;
        private String recordedAt;
        private CardIssued card;
        private OverrideReason overrideReason;
        private List<String> acceptedSuggestions = List.of();
        private boolean userCommentGiven;

        public Builder feedbackId(String v) { feedbackId = v; return this; }
        public Builder client(String v) { client = v; return this; }
        public Builder outcome(String v) { outcome = v; return this; }
        public Builder outcomeTimestamp(String v) { outcomeTimestamp = v; return this; }
        public Builder recordedAt(String v) { recordedAt = v; return this; }
        public Builder card(CardIssued v) { card = v; return this; }
        public Builder overrideReason(OverrideReason v) { overrideReason = v; return this; }
        public Builder acceptedSuggestions(List<String> v) { acceptedSuggestions = v; return this; }
        public Builder userCommentGiven(boolean v) { userCommentGiven = v; return this; }

        public CdsFeedbackRecorded build() {
            return new CdsFeedbackRecorded(feedbackId, client, outcome, outcomeTimestamp, recordedAt, card,
                    overrideReason, acceptedSuggestions, userCommentGiven);
        }
    }
}
