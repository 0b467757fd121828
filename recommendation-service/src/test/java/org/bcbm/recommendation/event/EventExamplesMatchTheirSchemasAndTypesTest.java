package org.bcbm.recommendation.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.common.event.v1.CdsFeedbackRecorded;
import org.bcbm.common.event.v1.CohortAnswered;
import org.bcbm.common.event.v1.CohortProfileRequested;
import org.bcbm.common.event.v1.CountryChanged;
import org.bcbm.common.event.v1.DrugChanged;
import org.bcbm.common.event.v1.ListingChanged;
import org.bcbm.common.event.v1.RecommendationIssued;
import org.bcbm.common.event.v1.TreatmentChanged;
import org.bcbm.common.event.v1.TrialChanged;
import org.bcbm.testsupport.Contracts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Consumer side of docs/contracts: each example validates, reads strictly into its v1 type and writes back. */
class EventExamplesMatchTheirSchemasAndTypesTest {

    private static final ObjectMapper MAPPER = Contracts.mapper();

    /** 57.1 and 57.10 are the same number to a consumer; JsonNode.equals alone would say otherwise. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    static Stream<Arguments> payloadTypes() {
        return Stream.of(
                Arguments.of(TrialChanged.TYPE, TrialChanged.class),
                Arguments.of(TreatmentChanged.TYPE, TreatmentChanged.class),
                Arguments.of(CountryChanged.TYPE, CountryChanged.class),
                Arguments.of(DrugChanged.TYPE, DrugChanged.class),
                Arguments.of(ListingChanged.TYPE, ListingChanged.class),
                Arguments.of(RecommendationIssued.TYPE, RecommendationIssued.class),
                Arguments.of(CohortProfileRequested.TYPE, CohortProfileRequested.class),
                Arguments.of(CohortAnswered.TYPE, CohortAnswered.class),
                Arguments.of(CdsFeedbackRecorded.TYPE, CdsFeedbackRecorded.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloadTypes")
    void exampleMatchesItsSchema(String type, Class<?> javaType) {
        assertEquals(List.of(), Contracts.violations(type, Contracts.example(type, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloadTypes")
    void exampleReadsIntoItsV1TypeAndWritesBackTheSameDocument(String type, Class<?> javaType) throws Exception {
        JsonNode example = Contracts.example(type, 1);

        // FAIL_ON_UNKNOWN_PROPERTIES is on: a schema field the record lacks fails here
        Object read = MAPPER.treeToValue(example, javaType);
        JsonNode written = Contracts.toJson(read);

        // a record component the example lacks would come back as an extra null, a lost one as a gap
        assertTrue(example.equals(SAME_VALUE, written), () -> "example " + example + "\nwritten " + written);
        assertEquals(List.of(), Contracts.violations(type, written), "what the v1 type writes is valid");
    }

    @Test
    void everyRequiredFieldOfTheEvidenceExamplesIsReadNonNull() throws Exception {
        TrialChanged.Trial trial = MAPPER.treeToValue(Contracts.example(TrialChanged.TYPE, 1), TrialChanged.class)
                .trial();
        Stream.of(trial.trialId(), trial.name(), trial.phase(), trial.design(), trial.population(), trial.subtype(),
                trial.line(), trial.setting(), trial.primaryEndpoint(), trial.doi(), trial.citation(), trial.arms(),
                trial.agents(), trial.outcomes())
                .forEach(v -> assertNotNull(v, trial::toString));
        for (TrialChanged.Arm arm : trial.arms()) {
            Stream.of(arm.label(), arm.regimen(), arm.agents()).forEach(v -> assertNotNull(v, arm::toString));
        }
        for (TrialChanged.Outcome o : trial.outcomes()) {
            Stream.of(o.id(), o.endpoint(), o.analysis(), o.doi()).forEach(v -> assertNotNull(v, o::toString));
        }
        TreatmentChanged.Treatment t = MAPPER.treeToValue(Contracts.example(TreatmentChanged.TYPE, 1),
                TreatmentChanged.class).treatment();
        Stream.of(t.inn(), t.modality(), t.drugClass(), t.mechanism(), t.status(), t.source())
                .forEach(v -> assertNotNull(v, t::toString));
    }

    @Test
    void everyRequiredFieldOfTheAccessAndRecommendationExamplesIsReadNonNull() throws Exception {
        CountryChanged c = MAPPER.treeToValue(Contracts.example(CountryChanged.TYPE, 1), CountryChanged.class);
        Stream.of(c.code(), c.name()).forEach(v -> assertNotNull(v, c::toString));
        DrugChanged d = MAPPER.treeToValue(Contracts.example(DrugChanged.TYPE, 1), DrugChanged.class);
        assertNotNull(d.inn());
        ListingChanged l = MAPPER.treeToValue(Contracts.example(ListingChanged.TYPE, 1), ListingChanged.class);
        Stream.of(l.country(), l.listing(), l.listing().inn()).forEach(v -> assertNotNull(v, l::toString));
        ListingChanged.UsdRate rate = l.listing().usdRate();
        Stream.of(rate.currency(), rate.usdPerUnit(), rate.asOf(), rate.source())
                .forEach(v -> assertNotNull(v, rate::toString));
        assertNotNull(l.listing().price().amount());
        assertNotNull(l.listing().affordability().gniPerCapitaUsd());
        RecommendationIssued r = MAPPER.treeToValue(Contracts.example(RecommendationIssued.TYPE, 1),
                RecommendationIssued.class);
        Stream.of(r.requestId(), r.rulesVersion(), r.subtype(), r.optionIds(), r.contraindicated(), r.generatedAt())
                .forEach(v -> assertNotNull(v, r::toString));
    }

    @Test
    void envelopeExampleMatchesItsSchemaReadsTypedAndCarriesAValidPayload() throws Exception {
        JsonNode example = Contracts.example("EventEnvelope", 1);
        assertEquals(List.of(), Contracts.violations("EventEnvelope", example));

        EventEnvelope envelope = MAPPER.treeToValue(example, EventEnvelope.class);

        Stream.of(envelope.eventId(), envelope.type(), envelope.aggregateType(), envelope.aggregateId(),
                envelope.occurredAt(), envelope.payload()).forEach(v -> assertNotNull(v, envelope::toString));
        assertEquals(List.of(), Contracts.violations(envelope.type(), envelope.payload()));
        TreatmentChanged payload = MAPPER.treeToValue(envelope.payload(), TreatmentChanged.class);
        assertEquals(envelope.aggregateId(), payload.treatment().inn(), "the key is the aggregate id");
    }

    @Test
    void aV1ListingBuiltInJavaRoundTripsThroughItsSchema() throws Exception {
        ListingChanged listing = new ListingChanged("UZ", new ListingChanged.Entry("tamoxifen", true, true, true, true,
                true, null, "20 mg orally daily", null, null, null, null, "no sourced price for tamoxifen here",
                true, null, "free for oncology outpatients (national programme)", LocalDate.of(2025, 1, 1), 1));

        JsonNode json = Contracts.toJson(listing);

        assertEquals(List.of(), Contracts.violations(ListingChanged.TYPE, json));
        assertEquals(listing, MAPPER.treeToValue(json, ListingChanged.class));
    }

    @Test
    void aV1TrialBuiltInJavaRoundTripsThroughItsSchema() throws Exception {
        TrialChanged trial = new TrialChanged(new TrialChanged.Trial("STOPECK-2010",
                "Denosumab compared with zoledronic acid for bone metastases in advanced breast cancer", "III",
                "randomised, double-blind, double-dummy, active-controlled",
                "breast cancer with at least one bone metastasis, no prior intravenous bisphosphonate", "any", "any",
                "metastatic", 2046, "TIME_TO_FIRST_SRE", "10.1200/JCO.2010.29.7101",
                "Stopeck AT et al. J Clin Oncol 2010;28:5132-5139",
                List.of(new TrialChanged.Arm("experimental", "denosumab 120 mg SC q4w", List.of("denosumab"), 1026)),
                List.of("denosumab"),
                List.of(new TrialChanged.Outcome(12L, "TIME_TO_FIRST_SRE", "primary analysis", null,
                        new BigDecimal("26.4"), new BigDecimal("0.82"), List.of(new BigDecimal("0.71"),
                                new BigDecimal("0.95")), "0.01 (superiority)", null, null, "10.1200/JCO.2010.29.7101",
                        null, null, null)),
                7), 42);

        JsonNode json = Contracts.toJson(trial);

        assertEquals(List.of(), Contracts.violations(TrialChanged.TYPE, json));
        assertEquals(trial, MAPPER.treeToValue(json, TrialChanged.class));
    }

    @Test
    void aRenamedFieldFailsItsSchemaAndTheStrictRead() {
        ObjectNode trial = (ObjectNode) Contracts.example(TrialChanged.TYPE, 1).deepCopy();
        ObjectNode t = (ObjectNode) trial.get("trial");
        t.set("trialName", t.remove("name"));

        List<String> violations = Contracts.violations(TrialChanged.TYPE, trial);

        assertFalse(violations.isEmpty());
        assertTrue(violations.stream().anyMatch(v -> v.contains("trialName")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.contains("name")), violations::toString);
        assertThrows(UnrecognizedPropertyException.class, () -> MAPPER.treeToValue(trial, TrialChanged.class));
    }

    @Test
    void aPayloadTypeOutsideItsSchemaFailsIt() {
        ObjectNode country = (ObjectNode) Contracts.example(CountryChanged.TYPE, 1).deepCopy();
        country.put("radiotherapyAvailable", "yes");

        assertFalse(Contracts.violations(CountryChanged.TYPE, country).isEmpty());
    }
}
