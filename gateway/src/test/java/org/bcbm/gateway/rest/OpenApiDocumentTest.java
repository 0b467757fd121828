package org.bcbm.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bcbm.gateway.DownstreamStubs;
import org.bcbm.gateway.RequiresRole;
import org.bcbm.gateway.Role;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

/** The document the build stores (linted, and what clients are generated from) is the one the gateway serves. */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path STORED = Path.of("target", "openapi", "openapi.json");
    private static final List<Class<?>> RESOURCES = List.of(AccessLookupResource.class, AccessResource.class,
            EvidenceResource.class, McbsResource.class, RecommendationResource.class);

    @Test
    void servedDocumentIsTheStoredOne() throws IOException {
        String served = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(JSON.readTree(Files.readString(STORED)), JSON.readTree(served),
                "gateway/target/openapi/openapi.json differs from GET /q/openapi");
    }

    @Test
    void everyProblemResponseIsAProblemDocument() throws IOException {
        JsonNode document = JSON.readTree(Files.readString(STORED));
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().get("responses");
            String where = op.getKey() + " " + path.getKey();
            assertTrue(op.getValue().hasNonNull("operationId"), where + " has no operationId");
            // CDS Hooks calls carry an EHR's JWT, not a key: no quota, and discovery needs no other service
            boolean cds = path.getKey().startsWith("/cds-services");
            assertTrue(responses.has("401") && (cds || responses.has("429") && responses.has("503")), where);
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    JsonNode body = response.getValue().has("$ref")
                            ? document.at("/components/responses/"
                                    + response.getValue().get("$ref").asText().replace("#/components/responses/", ""))
                            : response.getValue();
                    assertEquals(ProblemResponsesFilter.PROBLEM_SCHEMA,
                            body.at("/content/application~1problem+json/schema/$ref").asText(),
                            where + " " + response.getKey());
                }
            });
        }));
    }

    /**
     * Partners generate clients from this document: every JSON answer and body is a named type with its members, or a
     * list or map of one, never a free-form object (the gateway reads the services' answers as the contract's types).
     */
    @Test
    void everyJsonAnswerAndBodyIsATypedSchema() throws IOException {
        JsonNode document = JSON.readTree(Files.readString(STORED));
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey() + " " + path.getKey();
            List<JsonNode> contents = new ArrayList<>();
            op.getValue().path("responses").fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("2")) {
                    contents.add(r.getValue().path("content").path(MediaType.APPLICATION_JSON));
                }
            });
            contents.add(op.getValue().path("requestBody").path("content").path(MediaType.APPLICATION_JSON));
            for (JsonNode content : contents) {
                JsonNode schema = content.path("schema");
                if (content.isMissingNode() || "binary".equals(schema.path("format").asText())
                        || path.getKey().endsWith("/feedback") && !schema.has("$ref")) {
                    continue; // no JSON here, a cohort's stream, or CDS Hooks feedback's empty 200
                }
                JsonNode item = schema.has("items") ? schema.get("items")
                        : schema.has("additionalProperties") ? schema.get("additionalProperties") : schema;
                String ref = item.path("$ref").asText();
                assertTrue(ref.startsWith("#/components/schemas/"), where + ": " + schema);
                JsonNode type = document.at("/components/schemas/" + ref.substring("#/components/schemas/".length()));
                assertTrue(type.path("properties").size() > 0, where + ": " + ref + " names no members");
            }
        }));
    }

    /** The document derives 403 and 409 from the roles it names: they must be the roles ApiKeyFilter enforces. */
    @Test
    void documentedRolesAreTheEnforcedOnes() {
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                RequiresRole role = method.getAnnotation(RequiresRole.class);
                SecurityRequirement requirement = method.getAnnotation(SecurityRequirement.class);
                List<String> documented = requirement == null ? List.of() : Arrays.asList(requirement.scopes());
                List<String> enforced = role == null || role.value() == Role.PARTNER ? List.of()
                        : List.of(role.value().name().toLowerCase(Locale.ROOT));
                assertEquals(enforced, documented, resource.getSimpleName() + "." + method.getName());
            }
        }
    }
}
