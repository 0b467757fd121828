package org.bcbm.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CDS Hooks across the real services: the sandbox EHR signs as ./platform up's does, its mCODE prefetch
 * (docs/examples/cds-patient-view-request.json) is mapped, decided by recommendation-service on the real evidence and
 * access, answered as cards, and the feedback reaches the gateway's database and leaves through its outbox.
 */
class CdsHooksIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    static LocalPlatform platform;
    static RSAKey key;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = new LocalPlatform();
        try {
            platform.start();
        } catch (Exception | AssertionError e) {
            platform.close();
            throw e;
        }
        key = new RSAKeyGenerator(2048).keyID("local-ehr-e2e").generate();
        Files.writeString(platform.cdsClientJwks(), new JWKSet(key.toPublicJWK()).toString());
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    private static String bearer(String aud) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("local-ehr").audience(aud).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS384).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return "Bearer " + jwt.serialize();
    }

    @Test
    void anEhrGetsEvidenceCitedCardsFromMcodeAndItsFeedbackReachesCurators() throws Exception {
        String base = platform.url("gateway");
        given().header("Authorization", bearer(base + "/cds-services")).get(base + "/cds-services").then()
                .statusCode(200).body("services.id", hasItems("bcbm-treatment-options", "bcbm-order-safety"));

        ObjectNode request = (ObjectNode) JSON.readTree(platform.root.resolve("docs/examples/cds-patient-view-request.json")
                .toFile());
        request.put("hookInstance", UUID.randomUUID().toString());
        String service = base + "/cds-services/bcbm-treatment-options";
        String answer = given().header("Authorization", bearer(service)).contentType(ContentType.JSON)
                .body(request.toString()).post(service).then().statusCode(200).extract().asString();
        JsonNode cards = JSON.readTree(answer).get("cards");
        JsonNode systemic = null;
        JsonNode bone = null;
        for (JsonNode card : cards) {
            String summary = card.get("summary").asText();
            assertTrue(summary.length() <= 140, summary);
            assertTrue(card.at("/source/label").asText().startsWith("BCBM Navigator"), card.toString());
            if (summary.startsWith("Systemic therapy:")) {
                systemic = card;
            } else if (summary.startsWith("Bone-modifying agent:")) {
                bone = card;
            }
        }
        assertTrue(systemic != null && bone != null, answer);
        assertTrue(systemic.toString().contains("https://doi.org/10."), systemic.toString());
        assertTrue(systemic.get("detail").asText().contains("GBP"), "cost in the client's country: " + systemic);
        assertEquals("proposal", systemic.at("/suggestions/0/actions/0/resource/intent").asText());

        String boneCard = bone.get("uuid").asText();
        String feedback = "{\"feedback\":[{\"card\":\"" + boneCard + "\",\"outcome\":\"overridden\","
                + "\"overrideReason\":{\"reason\":{\"system\":\"urn:bcbm-navigator:cds-override-reason\","
                + "\"code\":\"patient-declined\"}},\"outcomeTimestamp\":\"2026-11-30T10:00:00Z\"}]}";
        given().header("Authorization", bearer(service + "/feedback")).contentType(ContentType.JSON).body(feedback)
                .post(service + "/feedback").then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> published(boneCard));
    }

    /**
     * Every subtype's mCODE bundle (the fhir-mcode module's test bundles, written from the mCODE IG's examples), sent
     * as an EHR's prefetch, gets evidence-cited cards from the real services; HER2-positive disease gets anti-HER2 therapy.
     */
    @Test
    void aPatientViewCallFromEachSubtypesMcodeBundleReturnsCards() throws Exception {
        String service = platform.url("gateway") + "/cds-services/bcbm-treatment-options";
        for (String subtype : List.of("hr-positive-her2-negative", "her2-positive", "her2-low", "her2-ultralow",
                "triple-negative-pdl1-germline-brca")) {
            JsonNode bundle = JSON.readTree(platform.root.resolve("fhir-mcode/src/test/resources/bundles/" + subtype
                    + ".json").toFile());
            ObjectNode request = JSON.createObjectNode();
            request.put("hookInstance", UUID.randomUUID().toString()).put("hook", "patient-view");
            request.putObject("context").put("userId", "Practitioner/example").put("patientId", subtype);
            request.set("prefetch", prefetchOf(bundle));
            String answer = given().header("Authorization", bearer(service)).contentType(ContentType.JSON)
                    .body(request.toString()).post(service).then().statusCode(200).extract().asString();
            JsonNode systemic = null;
            for (JsonNode card : JSON.readTree(answer).get("cards")) {
                if (card.get("summary").asText().startsWith("Systemic therapy:")) {
                    systemic = card;
                }
            }
            assertTrue(systemic != null, subtype + ": no systemic card in " + answer);
            assertTrue(systemic.toString().contains("https://doi.org/10."), subtype + ": " + systemic);
            if (subtype.equals("her2-positive")) {
                assertTrue(systemic.toString().toLowerCase(Locale.ROOT).contains("trastuzumab"), systemic.toString());
            }
        }
    }

    /** A collection bundle split into the discovery's prefetch keys, each search as a searchset bundle. */
    private static ObjectNode prefetchOf(JsonNode bundle) {
        Map<String, String> keyOf = Map.of("Condition", "conditions", "Observation", "tumourMarkers",
                "MedicationStatement", "medicationStatements", "MedicationRequest", "medicationRequests",
                "Procedure", "procedures");
        ObjectNode prefetch = JSON.createObjectNode();
        for (String key : List.of("conditions", "tumourMarkers", "ecog", "creatinineClearance", "medicationStatements",
                "menopausalStatus", "medicationRequests", "procedures")) {
            prefetch.putObject(key).put("resourceType", "Bundle").put("type", "searchset").putArray("entry");
        }
        for (JsonNode entry : bundle.get("entry")) {
            String type = entry.at("/resource/resourceType").asText();
            if (type.equals("Patient")) {
                prefetch.set("patient", entry.get("resource"));
            } else if (keyOf.containsKey(type)) {
                ((ArrayNode) prefetch.get(keyOf.get(type)).get("entry")).addObject().set("resource", entry.get("resource"));
            }
        }
        return prefetch;
    }

    /** The feedback row is stored and its outbox event acknowledged by the broker. */
    private static boolean published(String card) throws Exception {
        try (Connection c = platform.database("gateway");
                ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM cds_feedback f JOIN outbox_event o "
                        + "ON o.aggregate_id = f.card_uuid::text WHERE o.sent_at IS NOT NULL AND f.card_uuid = '"
                        + UUID.fromString(card) + "'")) {
            return r.next() && r.getInt(1) == 1;
        }
    }
}
