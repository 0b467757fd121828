package org.bcbm.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's CDS Hooks requests and responses have the shape of the CDS Hooks 2.0.1 specification's own examples
 * (src/test/resources/cds-hooks-2.0.1): every member the example and our JSON both carry has the same JSON type, at
 * every depth, and the members the spec requires are present.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class CdsHooksSpecExamplesShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String stub = ConfigProvider.getConfig().getValue("test.stub.recommendation", String.class);

    @BeforeEach
    void richerRecommendation() {
        given().post(stub + "/__mode/cds").then().statusCode(204);
    }

    @AfterEach
    void plainRecommendation() {
        given().post(stub + "/__mode/ok").then().statusCode(204);
    }

    private static JsonNode spec(String file) throws IOException {
        try (InputStream in = CdsHooksSpecExamplesShapeTest.class.getResourceAsStream("/cds-hooks-2.0.1/" + file)) {
            return JSON.readTree(in);
        }
    }

    /** Same JSON type for every member both carry, recursively; arrays compared element by element to the spec's first. */
    static void assertSameShape(JsonNode spec, JsonNode ours, String path) {
        assertEquals(spec.getNodeType(), ours.getNodeType(), path + ": " + ours);
        if (spec.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = spec.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                JsonNode mine = ours.get(member.getKey());
                // "..." is the spec's own ellipsis; a null in the spec says nothing about the type
                if (mine != null && !member.getKey().equals("...") && !member.getValue().isNull() && !mine.isNull()) {
                    assertSameShape(member.getValue(), mine, path + "." + member.getKey());
                }
            }
        } else if (spec.isArray() && !spec.isEmpty()) {
            for (JsonNode element : ours) {
                assertSameShape(spec.get(0), element, path + "[]");
            }
        }
    }

    private static void assertHas(JsonNode node, String path, String... members) {
        for (String m : members) {
            assertTrue(node.hasNonNull(m), path + " lacks " + m + ": " + node);
        }
    }

    private static JsonNode patientView(ObjectNode request) throws IOException {
        return JSON.readTree(given().header("Authorization", CdsClients.bearer(CdsClients.SERVICE))
                .contentType(ContentType.JSON).body(request.toString())
                .post("/cds-services/" + CdsHooks.SERVICE_ID).then().statusCode(200).extract().asString());
    }

    /** The spec's own patient-view request (05), with our mCODE prefetch in place of its greeting patient. */
    private static ObjectNode specRequestWithMcodePrefetch() throws Exception {
        ObjectNode request = (ObjectNode) spec("05-example.json").deepCopy();
        request.put("hookInstance", UUID.randomUUID().toString());
        request.remove("fhirServer");
        request.remove("fhirAuthorization");
        ((ObjectNode) request.get("context")).put("patientId", "mcode-patient-7");
        request.set("prefetch", JSON.readTree(CdsHooksTest.PREFETCH));
        return request;
    }

    @Test
    void discoveryHasTheShapeOfTheSpecDiscoveryExample() throws Exception {
        JsonNode ours = JSON.readTree(given().header("Authorization", CdsClients.bearer(CdsClients.BASE + "/cds-services"))
                .get("/cds-services").then().statusCode(200).extract().asString());
        assertSameShape(spec("03-discovery-example.json"), ours, "discovery");
        for (JsonNode service : ours.get("services")) {
            assertHas(service, "service", "hook", "description", "id");
        }
    }

    @Test
    void theSpecPatientViewRequestIsAnsweredWithCardsOfTheSpecCardShape() throws Exception {
        ObjectNode request = specRequestWithMcodePrefetch();
        assertSameShape(spec("05-example.json"), request, "request");
        JsonNode cards = patientView(request).get("cards");
        assertTrue(cards.size() > 1, cards.toString());
        assertSameShape(spec("23-example.json").get("cards"), cards, "cards");
        JsonNode action = spec("18-action.json");
        for (JsonNode card : cards) {
            assertHas(card, "card", "uuid", "summary", "indicator", "source");
            assertHas(card.get("source"), "card.source", "label");
            assertTrue(card.get("summary").asText().length() <= 140, card.get("summary").asText());
            for (JsonNode suggestion : card.path("suggestions")) {
                assertHas(suggestion, "suggestion", "label", "uuid");
                for (JsonNode a : suggestion.path("actions")) {
                    assertSameShape(action, a, "suggestion.action");
                    assertHas(a, "action", "type", "description");
                }
            }
        }
    }

    @Test
    void feedbackInTheSpecExamplesShapeIsAcceptedForOurCards() throws Exception {
        JsonNode cards = patientView(specRequestWithMcodePrefetch()).get("cards");
        JsonNode withSuggestion = null;
        for (JsonNode card : cards) {
            if (card.path("suggestions").size() > 0) {
                withSuggestion = card;
            }
        }
        assertTrue(withSuggestion != null, "no card with a suggestion: " + cards);

        ObjectNode accepted = (ObjectNode) spec("25-example-suggestion-accepted.json").deepCopy();
        ObjectNode item = (ObjectNode) accepted.get("feedback").get(0);
        item.put("card", withSuggestion.get("uuid").asText());
        ((ObjectNode) item.get("acceptedSuggestions").get(0)).put("id", withSuggestion.at("/suggestions/0/uuid").asText());
        postFeedback(accepted);

        ObjectNode overridden = (ObjectNode) spec("27-example-overridden-guidance-with-overridereason.json").deepCopy();
        ((ObjectNode) overridden.get("feedback").get(0)).put("card", cards.get(cards.size() - 1).get("uuid").asText());
        postFeedback(overridden);
    }

    private static void postFeedback(ObjectNode feedback) {
        given().header("Authorization", CdsClients.bearer(CdsClients.SERVICE + "/feedback")).contentType(ContentType.JSON)
                .body(feedback.toString()).post("/cds-services/" + CdsHooks.SERVICE_ID + "/feedback").then().statusCode(200);
    }
}
