package org.bcbm.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The JSON shapes of HL7 CDS Hooks 2.0.1 that the gateway reads and writes. */
public final class CdsHooks {

    public static final String SERVICE_ID = "bcbm-treatment-options";
    public static final String PATIENT_VIEW = "patient-view";
    public static final String ORDER_SELECT = "order-select";

    private CdsHooks() {
    }

    /** GET /cds-services. */
    public record Discovery(List<Service> services) {
    }

    /** One service as discovery lists it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Service(String hook, String title, String description, String id, Map<String, String> prefetch,
            String usageRequirements) {

        public static ServiceBuilder builder() {
            return new ServiceBuilder();
        }
    }

    /** Builds a service description by field name. */
    public static final class ServiceBuilder {
        private String hook;
        private String title;
        private String description;
        private String id;
        private Map<String, String> prefetch;
        private String usageRequirements;

        public ServiceBuilder hook(String v) { hook = v; return this; }
        public ServiceBuilder title(String v) { title = v; return this; }
        public ServiceBuilder description(String v) { description = v; return this; }
        public ServiceBuilder id(String v) { id = v; return this; }
        public ServiceBuilder prefetch(Map<String, String> v) { prefetch = v; return this; }
        public ServiceBuilder usageRequirements(String v) { usageRequirements = v; return this; }

        public Service build() {
            return new Service(hook, title, description, id, prefetch, usageRequirements);
        }
    }

    /** A hook call. {@code prefetch} keeps a key sent as null (no data) apart from a key not sent (not fulfilled). */
    public record Request(String hook, String hookInstance, String fhirServer, FhirAuthorization fhirAuthorization,
            JsonNode context, Map<String, JsonNode> prefetch) {
    }

    /** The bearer token the EHR lends for its FHIR server. */
    public record FhirAuthorization(@JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") Integer expiresIn,
            String scope, String subject) {
    }

    /** A hook's answer. */
    public record Response(List<Card> cards) {
    }

    /** One card; the uuid is what feedback refers to. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Card(String uuid, String summary, String detail, String indicator, Source source,
            List<Suggestion> suggestions, String selectionBehavior, List<Coding> overrideReasons, List<Link> links) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a card by field name. */
        public static final class Builder {
            private String uuid;
            private String summary;
            private String detail;
            private String indicator;
            private Source source;
            private List<Suggestion> suggestions = List.of();
            private String selectionBehavior;
            private List<Coding> overrideReasons = List.of();
            private List<Link> links = List.of();

            public Builder uuid(String v) { uuid = v; return this; }
            public Builder summary(String v) { summary = v; return this; }
            public Builder detail(String v) { detail = v; return this; }
            public Builder indicator(String v) { indicator = v; return this; }
            public Builder source(Source v) { source = v; return this; }
            public Builder suggestions(List<Suggestion> v) { suggestions = v; return this; }
            public Builder selectionBehavior(String v) { selectionBehavior = v; return this; }
            public Builder overrideReasons(List<Coding> v) { overrideReasons = v; return this; }
            public Builder links(List<Link> v) { links = v; return this; }

            public Card build() {
                return new Card(uuid, summary, detail, indicator, source, suggestions, selectionBehavior,
                        overrideReasons, links);
            }
        }
    }

    /** Who says so: the platform and the guideline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String label, String url, Coding topic) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Coding(String code, String system, String display) {
    }

    public record Link(String label, String url, String type) {
    }

    /** A proposal the clinician may accept; its actions create FHIR resources in the EHR. */
    public record Suggestion(String label, String uuid, @JsonProperty("isRecommended") boolean isRecommended,
            List<Action> actions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(String type, String description, JsonNode resource) {
    }

    /** POST .../feedback. */
    public record FeedbackRequest(List<Feedback> feedback) {
    }

    public record Feedback(String card, String outcome, List<AcceptedSuggestion> acceptedSuggestions,
            OverrideReason overrideReason, String outcomeTimestamp) {
    }

    public record AcceptedSuggestion(String id) {
    }

    public record OverrideReason(Coding reason, String userComment) {
    }
}
