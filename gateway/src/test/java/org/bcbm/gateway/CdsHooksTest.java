package org.bcbm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.common.event.v1.CdsFeedbackRecorded;
import org.bcbm.testsupport.Contracts;
import org.bcbm.testsupport.Topics;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CDS Hooks 2.0.1: discovery, a patient-view call from mCODE prefetch, missing prefetch, and feedback to curators. */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class CdsHooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATIENT_ID = "mcode-patient-7";

    /** mCODE-shaped resources as an EHR prefetches them for the discovery's templates. */
    static final String PREFETCH = """
            {
             "patient": {"resourceType":"Patient","id":"mcode-patient-7","gender":"female","birthDate":"1968-04-02",
               "address":[{"country":"GB"}]},
             "conditions": {"resourceType":"Bundle","type":"searchset","entry":[
               {"resource":{"resourceType":"Condition","id":"primary","subject":{"reference":"Patient/mcode-patient-7"},
                 "meta":{"profile":["http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-primary-cancer-condition"]},
                 "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},
                 "code":{"coding":[{"system":"http://snomed.info/sct","code":"254837009","display":"Malignant neoplasm of breast"}]}}},
               {"resource":{"resourceType":"Condition","id":"bone-met","subject":{"reference":"Patient/mcode-patient-7"},
                 "meta":{"profile":["http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-secondary-cancer-condition"]},
                 "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},
                 "code":{"coding":[{"system":"http://snomed.info/sct","code":"94222008","display":"Secondary malignant neoplasm of bone"}]},
                 "bodySite":[{"coding":[{"system":"http://snomed.info/sct","code":"421060004","display":"Vertebral column"}]}]}}]},
             "tumourMarkers": {"resourceType":"Bundle","type":"searchset","entry":[
               {"resource":{"resourceType":"Observation","id":"er","status":"final","subject":{"reference":"Patient/mcode-patient-7"},
                 "code":{"coding":[{"system":"http://loinc.org","code":"85337-4"}]},
                 "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"10828004","display":"Positive"}]}}},
               {"resource":{"resourceType":"Observation","id":"pr","status":"final","subject":{"reference":"Patient/mcode-patient-7"},
                 "code":{"coding":[{"system":"http://loinc.org","code":"85339-0"}]},
                 "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"10828004","display":"Positive"}]}}},
               {"resource":{"resourceType":"Observation","id":"her2","status":"final","subject":{"reference":"Patient/mcode-patient-7"},
                 "code":{"coding":[{"system":"http://loinc.org","code":"48676-1"}]},
                 "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"260385009","display":"Negative"}]}}}]},
             "ecog": {"resourceType":"Bundle","type":"searchset","entry":[
               {"resource":{"resourceType":"Observation","id":"ecog","status":"final","subject":{"reference":"Patient/mcode-patient-7"},
                 "code":{"coding":[{"system":"http://loinc.org","code":"89247-1"}]},"valueInteger":1}}]},
             "creatinineClearance": {"resourceType":"Bundle","type":"searchset","entry":[
               {"resource":{"resourceType":"Observation","id":"crcl","status":"final","subject":{"reference":"Patient/mcode-patient-7"},
                 "code":{"coding":[{"system":"http://loinc.org","code":"2164-2"}]},
                 "valueQuantity":{"value":75,"unit":"mL/min","system":"http://unitsofmeasure.org","code":"mL/min"}}}]},
             "medicationStatements": {"resourceType":"Bundle","type":"searchset","entry":[]},
             "menopausalStatus": {"resourceType":"Bundle","type":"searchset","entry":[
               {"resource":{"resourceType":"Observation","id":"meno","status":"final","subject":{"reference":"Patient/mcode-patient-7"},
                 "code":{"coding":[{"system":"http://loinc.org","code":"63585-6","display":"Menopausal status"}]},
                 "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"307429007","display":"After menopause"}]}}}]},
             "medicationRequests": null,
             "procedures": {"resourceType":"Bundle","type":"searchset","entry":[]}
            }""";

    private final String stub = ConfigProvider.getConfig().getValue("test.stub.recommendation", String.class);

    @BeforeEach
    void richerRecommendation() {
        given().post(stub + "/__mode/cds").then().statusCode(204);
    }

    @AfterEach
    void plainRecommendation() {
        given().post(stub + "/__mode/ok").then().statusCode(204);
    }

    static ObjectNode request(String hook, String prefetch) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("hookInstance", UUID.randomUUID().toString());
        body.put("hook", hook);
        body.putObject("context").put("userId", "Practitioner/example").put("patientId", PATIENT_ID);
        if (prefetch != null) {
            body.set("prefetch", JSON.readTree(prefetch));
        }
        return body;
    }

    private static JsonNode call(ObjectNode body, int status) throws Exception {
        String answer = given().header("Authorization", CdsClients.bearer(CdsClients.SERVICE))
                .contentType(ContentType.JSON).body(body.toString())
                .post("/cds-services/" + CdsHooks.SERVICE_ID).then().statusCode(status).extract().asString();
        return JSON.readTree(answer);
    }

    @Test
    void discoveryListsTheTreatmentServiceForPatientViewAndTheSafetyServiceForOrderSelect() {
        given().header("Authorization", CdsClients.bearer(CdsClients.BASE + "/cds-services")).get("/cds-services")
                .then().statusCode(200)
                .body("services.id", hasItems(CdsHooks.SERVICE_ID, "bcbm-order-safety"))
                .body("services.find { it.id == 'bcbm-treatment-options' }.hook", equalTo("patient-view"))
                .body("services.find { it.id == 'bcbm-order-safety' }.hook", equalTo("order-select"))
                .body("services[0].prefetch.patient", equalTo("Patient/{{context.patientId}}"))
                .body("services[0].prefetch.tumourMarkers", containsString("http://loinc.org|85337-4"))
                .body("services[0].prefetch.ecog", containsString("89247-1"))
                .body("services[0].prefetch.medicationRequests", equalTo("MedicationRequest?patient={{context.patientId}}"));
    }

    @Test
    void aPatientViewCallFromMcodePrefetchAnswersCardsWithEvidenceSafetyAndMissingData() throws Exception {
        JsonNode answer = call(request("patient-view", PREFETCH), 200);
        JsonNode cards = answer.get("cards");
        assertTrue(cards.size() >= 1, answer.toString());
        List<String> indicators = new ArrayList<>();
        for (JsonNode card : cards) {
            assertTrue(card.get("summary").asText().length() <= 140, card.toString());
            assertNotNull(UUID.fromString(card.get("uuid").asText()));
            assertTrue(card.at("/source/label").asText().startsWith("BCBM Navigator"), card.toString());
            indicators.add(card.get("indicator").asText());
            assertTrue(List.of("info", "warning", "critical").contains(card.get("indicator").asText()));
        }
        // the profile reached recommendation-service without the patient's id in clear
        String sent = DownstreamStubs.lastRecommendationBody.get();
        assertNotNull(sent, "the mapped profile never reached recommendation-service: " + answer);
        JsonNode systemic = find(cards, "Systemic therapy: Letrozole + ribociclib");
        assertTrue(systemic.get("detail").asText().contains("HR 0.76 (0.63–0.93)"), systemic.toString());
        assertTrue(systemic.get("detail").asText().contains("| A |"), systemic.toString());
        assertTrue(systemic.get("detail").asText().contains("not gradable (not statistically significant)"));
        assertTrue(systemic.get("detail").asText().contains("GBP 38,501.53 a year"), systemic.toString());
        assertTrue(systemic.toString().contains("https://doi.org/10.1056/NEJMoa2114663"));
        assertTrue(systemic.toString().contains("/api/v1/forest-plot.svg?trials=MONALEESA-2"));
        JsonNode suggestion = systemic.at("/suggestions/0");
        assertTrue(suggestion.get("isRecommended").asBoolean());
        JsonNode proposal = suggestion.at("/actions/0");
        assertEquals("create", proposal.get("type").asText());
        assertEquals("MedicationRequest", proposal.at("/resource/resourceType").asText());
        assertEquals("proposal", proposal.at("/resource/intent").asText());
        assertEquals("letrozole", proposal.at("/resource/medicationCodeableConcept/text").asText());
        assertEquals("http://www.nlm.nih.gov/research/umls/rxnorm",
                proposal.at("/resource/medicationCodeableConcept/coding/0/system").asText());
        assertEquals("72965", proposal.at("/resource/medicationCodeableConcept/coding/0/code").asText(),
                "RxNorm ingredient code of letrozole");
        assertEquals("Patient/" + PATIENT_ID, proposal.at("/resource/subject/reference").asText());

        assertEquals("warning", find(cards, "Contraindicated: zoledronic-acid").get("indicator").asText());
        JsonNode bone = find(cards, "Safety — Denosumab");
        assertEquals("warning", bone.get("indicator").asText());
        assertTrue(bone.get("detail").asText().contains("- Check calcium and vitamin D"), bone.toString());
        assertTrue(bone.get("detail").asText().contains("- Dental examination"), bone.toString());
        assertEquals("critical", find(cards, "Safety — Radiotherapy 20 Gy").get("indicator").asText());
        JsonNode info = find(cards, "Missing data");
        assertEquals("info", info.get("indicator").asText());
        assertTrue(info.get("detail").asText().contains("clinical.dentalStatus"));
        assertTrue(info.get("detail").asText().contains("PIK3CA"));
        assertTrue(info.get("detail").asText().contains("medicationRequests"), "a null prefetch key is named");
        assertTrue(info.get("detail").asText().contains("prefetch 'calcium' was not sent"),
                "an optional key an EHR did not send is named, not a 412");
    }

    @Test
    void aPrefetchedTotalCalciumWithItsAlbuminFillsCorrectedCalcium() throws Exception {
        ObjectNode body = request("patient-view", PREFETCH);
        ((ObjectNode) body.get("prefetch")).set("calcium", JSON.readTree("""
                {"resourceType":"Bundle","type":"searchset","entry":[
                 {"resource":{"resourceType":"Observation","id":"ca","status":"final","effectiveDateTime":"2026-11-20",
                   "subject":{"reference":"Patient/mcode-patient-7"},"code":{"coding":[{"system":"http://loinc.org","code":"2000-8"}]},
                   "valueQuantity":{"value":2.32,"unit":"mmol/L","system":"http://unitsofmeasure.org","code":"mmol/L"}}},
                 {"resource":{"resourceType":"Observation","id":"alb","status":"final","effectiveDateTime":"2026-11-20",
                   "subject":{"reference":"Patient/mcode-patient-7"},"code":{"coding":[{"system":"http://loinc.org","code":"1751-7"}]},
                   "valueQuantity":{"value":34,"unit":"g/L","system":"http://unitsofmeasure.org","code":"g/L"}}}]}"""));
        String detail = find(call(body, 200).get("cards"), "Missing data").get("detail").asText();
        assertTrue(!detail.contains("correctedCalciumMmolL") && !detail.contains("calcium"), detail);
    }

    @Test
    void aPrefetchKeyNotSentWithoutAFhirServerIsPreconditionFailedAsTheSpecRequires() throws Exception {
        ObjectNode body = request("patient-view", PREFETCH);
        ((ObjectNode) body.get("prefetch")).remove("creatinineClearance");
        JsonNode problem = call(body, 412);
        assertEquals(412, problem.get("status").asInt());
        assertTrue(problem.get("detail").asText().contains("creatinineClearance"), problem.toString());
    }

    @Test
    void noPrefetchAtAllWithoutAFhirServerIsPreconditionFailed() throws Exception {
        JsonNode problem = call(request("patient-view", null), 412);
        assertTrue(problem.get("detail").asText().contains("patient"), problem.toString());
    }

    @Test
    void everyPrefetchKeyNullMeansNoDataAndGivesOnlyTheInfoCardNamingIt() throws Exception {
        ObjectNode prefetch = JSON.createObjectNode();
        for (String key : List.of("patient", "conditions", "tumourMarkers", "ecog", "creatinineClearance",
                "menopausalStatus", "medicationStatements", "medicationRequests", "procedures")) {
            prefetch.putNull(key);
        }
        JsonNode cards = call(request("patient-view", prefetch.toString()), 200).get("cards");
        assertEquals(1, cards.size(), cards.toString());
        assertEquals("info", cards.get(0).get("indicator").asText());
        assertTrue(cards.get(0).get("summary").asText().startsWith("No recommendation"), cards.toString());
        assertTrue(cards.get(0).get("detail").asText().contains("conditions"));
    }

    @Test
    void anOptionalKeyTheFhirServerCannotAnswerIsNamedOnTheInfoCardNotAFailedCall() throws Exception {
        HttpServer fhir = fhirServer(uri -> 500, "{\"resourceType\":\"OperationOutcome\"}");
        try {
            // every needed key prefetched; only the optional calcium is left to a server that fails
            ObjectNode body = request("patient-view", PREFETCH);
            body.put("fhirServer", "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir");
            body.putObject("fhirAuthorization").put("access_token", "ehr-lent-token").put("token_type", "Bearer")
                    .put("expires_in", 300).put("scope", "user/Observation.read").put("subject", "bcbm");
            JsonNode cards = call(body, 200).get("cards");
            assertTrue(find(cards, "Missing data").get("detail").asText()
                    .contains("prefetch 'calcium' could not be read from the FHIR server"));
        } finally {
            fhir.stop(0);
        }
    }

    @Test
    void aPrefetchKeyNotSentIsReadFromTheFhirServerWithTheLentBearerToken() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer fhir = fhirServer(seen, JSON.readTree(PREFETCH).get("creatinineClearance").toString());
        try {
            ObjectNode body = request("patient-view", PREFETCH);
            ((ObjectNode) body.get("prefetch")).remove("creatinineClearance");
            body.put("fhirServer", "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir");
            body.putObject("fhirAuthorization").put("access_token", "ehr-lent-token").put("token_type", "Bearer")
                    .put("expires_in", 300).put("scope", "user/Observation.read").put("subject", "bcbm");
            JsonNode cards = call(body, 200).get("cards");
            // the clearance removed, and the optional calcium this prefetch never had: both read from the server
            assertEquals(2, seen.size(), seen.toString());
            assertTrue(seen.get(0).startsWith("Bearer ehr-lent-token /fhir/Observation?patient=" + PATIENT_ID), seen.get(0));
            assertTrue(seen.get(0).contains("code=http%3A%2F%2Floinc.org%7C2164-2"), seen.get(0));
            assertTrue(seen.get(1).contains("http%3A%2F%2Floinc.org%7C1751-7"), seen.get(1));
            // the clearance read from the server reached the profile: it is not named as missing
            assertFalse(find(cards, "Missing data").get("detail").asText().contains("creatinineClearanceMlMin"));
        } finally {
            fhir.stop(0);
        }
    }

    @Test
    void aFhirServerThatDoesNotAnswerIsPreconditionFailed() throws Exception {
        ObjectNode body = request("patient-view", PREFETCH);
        ((ObjectNode) body.get("prefetch")).remove("ecog");
        body.put("fhirServer", "http://127.0.0.1:1/fhir");
        body.putObject("fhirAuthorization").put("access_token", "t").put("token_type", "Bearer");
        JsonNode problem = call(body, 412);
        assertTrue(problem.get("detail").asText().contains("ecog"), problem.toString());
    }

    @Test
    void orderSelectOfAContraindicatedAgentIsCriticalAndOfABoneAgentGivesItsSafetyCardsOnly() throws Exception {
        ObjectNode body = request("order-select", PREFETCH);
        ObjectNode context = (ObjectNode) body.get("context");
        context.putArray("selections").add("MedicationRequest/zol").add("MedicationRequest/dmab");
        context.set("draftOrders", JSON.readTree("""
                {"resourceType":"Bundle","entry":[
                 {"resource":{"resourceType":"MedicationRequest","id":"zol","status":"draft","intent":"order",
                   "medicationCodeableConcept":{"text":"Zoledronic acid 4 mg IV"},"subject":{"reference":"Patient/mcode-patient-7"}}},
                 {"resource":{"resourceType":"MedicationRequest","id":"dmab","status":"draft","intent":"order",
                   "medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm",
                     "code":"993449","display":"denosumab 120 MG in 1.7 ML Injection"}]},"subject":{"reference":"Patient/mcode-patient-7"}}}]}
                """));
        String answer = given().header("Authorization", CdsClients.bearer(CdsClients.BASE + "/cds-services/bcbm-order-safety"))
                .contentType(ContentType.JSON).body(body.toString()).post("/cds-services/bcbm-order-safety")
                .then().statusCode(200).extract().asString();
        JsonNode cards = JSON.readTree(answer).get("cards");
        assertEquals("critical", find(cards, "Contraindicated: zoledronic-acid").get("indicator").asText());
        assertEquals("warning", find(cards, "Safety — Denosumab").get("indicator").asText());
        for (JsonNode card : cards) {
            assertFalse(card.get("summary").asText().startsWith("Systemic therapy"), "options are not offered again");
            assertFalse(card.get("summary").asText().startsWith("Safety — Radiotherapy"), "radiotherapy was not ordered");
        }
    }

    @Test
    void aCallForAnotherHookIsABadRequest() throws Exception {
        call(request("order-sign", PREFETCH), 400);
    }

    @Test
    void feedbackIsStoredAndPublishedWithThePatientOnlyHashed() throws Exception {
        JsonNode cards = call(request("patient-view", PREFETCH), 200).get("cards");
        String accepted = find(cards, "Systemic therapy").get("uuid").asText();
        String suggestion = find(cards, "Systemic therapy").at("/suggestions/0/uuid").asText();
        String overridden = find(cards, "Safety — Denosumab").get("uuid").asText();
        String feedback = """
                {"feedback":[
                  {"card":"%s","outcome":"accepted","acceptedSuggestions":[{"id":"%s"}],"outcomeTimestamp":"2026-11-30T10:05:31Z"},
                  {"card":"%s","outcome":"overridden","overrideReason":{"reason":{"code":"clinical-judgement",
                    "system":"urn:bcbm-navigator:cds-override-reason","display":"Clinical judgement differs"},
                    "userComment":"Seen by the dentist last week"},"outcomeTimestamp":"2026-11-30T10:06:00Z"}]}
                """.formatted(accepted, suggestion, overridden);
        given().header("Authorization", CdsClients.bearer(CdsClients.SERVICE + "/feedback")).contentType(ContentType.JSON)
                .body(feedback).post("/cds-services/" + CdsHooks.SERVICE_ID + "/feedback").then().statusCode(200);

        assertEquals(1L, CdsFeedbackQueries.count(overridden, "overridden", "clinical-judgement"));
        Optional<ConsumerRecord<String, String>> published = Topics.await("test.cds.feedback", Duration.ofSeconds(20),
                r -> r.key().equals(overridden));
        assertTrue(published.isPresent(), "no CdsFeedbackRecorded for the overridden card");
        String value = published.get().value();
        assertFalse(value.contains(PATIENT_ID), "the patient id left in clear: " + value);
        assertFalse(value.contains("dentist"), "the free-text comment was published: " + value);
        EventEnvelope envelope = Contracts.mapper().readValue(value, EventEnvelope.class);
        assertEquals(CdsFeedbackRecorded.TYPE, envelope.type());
        assertEquals(List.of(), Contracts.violations(CdsFeedbackRecorded.TYPE, envelope.payload()));
        CdsFeedbackRecorded payload = Contracts.mapper().treeToValue(envelope.payload(), CdsFeedbackRecorded.class);
        assertEquals("overridden", payload.outcome());
        assertEquals("clinical-judgement", payload.overrideReason().code());
        assertEquals("safety", payload.card().kind());
        assertEquals(CdsClients.TEST_EHR, payload.client());
        assertTrue(payload.userCommentGiven());
        assertEquals(64, payload.card().patientHash().length());

        Optional<ConsumerRecord<String, String>> acceptedEvent = Topics.await("test.cds.feedback",
                Duration.ofSeconds(20), r -> r.key().equals(accepted));
        assertTrue(acceptedEvent.isPresent());
        JsonNode acceptedPayload = JSON.readTree(acceptedEvent.get().value()).get("payload");
        assertEquals(List.of(), Contracts.violations(CdsFeedbackRecorded.TYPE, acceptedPayload));
        assertEquals(suggestion, acceptedPayload.at("/acceptedSuggestions/0").asText());
        assertEquals("letrozole-ribociclib", acceptedPayload.at("/card/optionId").asText());
    }

    @Test
    void feedbackOnACardNeverIssuedIsABadRequestNamingTheField() {
        given().header("Authorization", CdsClients.bearer(CdsClients.SERVICE + "/feedback")).contentType(ContentType.JSON)
                .body("{\"feedback\":[{\"card\":\"" + UUID.randomUUID() + "\",\"outcome\":\"accepted\","
                        + "\"outcomeTimestamp\":\"2026-11-30T10:05:31Z\"}]}")
                .post("/cds-services/" + CdsHooks.SERVICE_ID + "/feedback").then().statusCode(400)
                .body("violations.field", hasItem("feedback[0].card"));
    }

    /** A stand-in EHR FHIR server answering every read with {@code body} and HTTP 200; {@code seen} gets each call. */
    private static HttpServer fhirServer(List<String> seen, String body) throws IOException {
        return fhirServer(uri -> 200, body, seen);
    }

    private static HttpServer fhirServer(ToIntFunction<URI> status, String body) throws IOException {
        return fhirServer(status, body, new CopyOnWriteArrayList<>());
    }

    private static HttpServer fhirServer(ToIntFunction<URI> status, String body, List<String> seen) throws IOException {
        HttpServer fhir = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        fhir.createContext("/fhir", exchange -> {
            seen.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + exchange.getRequestURI());
            exchange.getResponseHeaders().set("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(status.applyAsInt(exchange.getRequestURI()), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        fhir.start();
        return fhir;
    }

    private static JsonNode find(JsonNode cards, String summaryStart) {
        for (JsonNode card : cards) {
            if (card.get("summary").asText().startsWith(summaryStart)) {
                return card;
            }
        }
        throw new AssertionError("no card starting '" + summaryStart + "' in " + cards);
    }
}
