package org.bcbm.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bcbm.common.security.Roles;
import org.bcbm.common.security.ServiceKeys;
import org.bcbm.common.security.ServiceTokens;
import org.junit.jupiter.api.DynamicTest;

/**
 * Zero trust, checked on every operation a back-end service publishes in its OpenAPI document (so a new endpoint is
 * covered the day it is added): no credential, one signed by another key and an expired one are 401, a role below
 * the one the operation names is 403, all as problem+json; the named role gets through (reads only: writes with
 * that role are the functional tests' business).
 */
public final class ServiceAccessChecks {

    /** The roles from lowest to highest: each covers those before it. */
    public static final List<String> LADDER = List.of(Roles.PARTNER, Roles.CURATOR, Roles.OPS);

    private ServiceAccessChecks() {
    }

    /**
     * The POSTs that only read (they compute an answer and change nothing): every other POST, and every PUT, PATCH
     * and DELETE, is a write and must need at least the curator role; every admin operation needs ops. This is the
     * policy the annotations are checked against, so a forgotten or wrong annotation fails here.
     */
    public static final Set<String> READING_POSTS = Set.of("/api/v1/mcbs/grade", "/api/v1/costs/regimens",
            "/api/v1/recommendations", "/api/v1/recommendations/batch", "/api/v1/cohorts");

    /** The role the policy requires at least: ops for admin, curator for writes, partner otherwise. */
    public static String policyRole(Operation op) {
        if (op.path().startsWith("/api/v1/admin/")) {
            return Roles.OPS;
        }
        boolean write = !op.method().equals("get") && !(op.method().equals("post") && READING_POSTS.contains(op.path()));
        return write ? Roles.CURATOR : Roles.PARTNER;
    }

    /** A dynamic test per operation: the role it asks for is at least the one the policy requires. */
    public static Stream<DynamicTest> policyHolds(List<Operation> operations) {
        return operations.stream().map(op -> DynamicTest.dynamicTest(op + " needs at least " + policyRole(op),
                () -> assertTrue(LADDER.indexOf(op.role()) >= LADDER.indexOf(policyRole(op)),
                        op + " is open to a lower role than the policy allows: " + policyRole(op))));
    }

    /** One operation and the role its security requirement names. */
    public record Operation(String method, String path, String role) {
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "1");
        }

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path + " (" + role + ")";
        }
    }

    /**
     * Every operation under /api of the document {@code service} serves, with its role: the lowest its security
     * requirement names, else {@code unnamedRole} (null: every operation must name one).
     */
    public static List<Operation> operations(RequestSpecification service, String unnamedRole) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(service.get("/q/openapi?format=json").then().statusCode(200)
                    .extract().asString());
        } catch (IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations.add(new Operation(op.getKey(), path.getKey(), role(op.getValue(), unnamedRole)));
            }
        }
        assertTrue(!operations.isEmpty(), "the service publishes no operation under /api");
        return operations;
    }

    /** The lowest role the operation's security requirement lists. */
    private static String role(JsonNode operation, String unnamedRole) {
        for (JsonNode requirement : operation.path("security")) {
            for (JsonNode scopes : requirement) {
                for (String role : LADDER) {
                    for (JsonNode scope : scopes) {
                        if (scope.asText().equals(role)) {
                            return role;
                        }
                    }
                }
            }
        }
        if (unnamedRole == null) {
            throw new AssertionError("an operation names no role in its security requirement: " + operation);
        }
        return unnamedRole;
    }

    /** The checks, one dynamic test per operation and case. */
    public static Stream<DynamicTest> forEveryOperation() {
        String foreign = foreignCredential();
        String expired = expiredCredential();
        List<Operation> operations = operations(given(), null);
        return Stream.concat(policyHolds(operations), operations.stream().flatMap(op -> {
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest(op + ": no credential is 401",
                    () -> assertUnauthenticated(call(given(), op))));
            tests.add(DynamicTest.dynamicTest(op + ": a credential signed by another key is 401",
                    () -> assertUnauthenticated(call(given().header("Authorization", foreign), op))));
            tests.add(DynamicTest.dynamicTest(op + ": an expired credential is 401",
                    () -> assertUnauthenticated(call(given().header("Authorization", expired), op))));
            for (String below : LADDER.subList(0, LADDER.indexOf(op.role()))) {
                tests.add(DynamicTest.dynamicTest(op + ": role " + below + " is 403", () -> {
                    Response r = call(TestCredentials.as(below), op);
                    assertEquals(403, r.statusCode(), r.asString());
                    assertEquals("application/problem+json", r.contentType().split(";")[0]);
                }));
            }
            if (op.method().equals("get")) {
                tests.add(DynamicTest.dynamicTest(op + ": role " + op.role() + " gets through", () -> {
                    int status = call(TestCredentials.as(op.role()), op).statusCode();
                    assertNotEquals(401, status);
                    assertNotEquals(403, status);
                }));
            }
            return tests.stream();
        }));
    }

    /**
     * For a running platform: every operation of the service at {@code baseUrl} refuses a call without a credential
     * and one signed by another key.
     */
    public static Stream<DynamicTest> refusedWithoutTheGatewaysCredential(String service, String baseUrl) {
        String foreign = foreignCredential();
        return operations(given().baseUri(baseUrl), null).stream().flatMap(op -> Stream.of(
                DynamicTest.dynamicTest(service + " " + op + ": no credential is 401",
                        () -> assertUnauthenticated(call(given().baseUri(baseUrl), op))),
                DynamicTest.dynamicTest(service + " " + op + ": a credential signed by another key is 401",
                        () -> assertUnauthenticated(call(given().baseUri(baseUrl).header("Authorization", foreign), op)))));
    }

    /** Calls the operation, with an empty JSON body where it takes one. */
    public static Response call(RequestSpecification request, Operation op) {
        if (op.method().equals("put") || op.method().equals("post")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(op.method().toUpperCase(Locale.ROOT), op.concretePath());
    }

    private static void assertUnauthenticated(Response r) {
        assertEquals(401, r.statusCode(), r.asString());
        assertEquals("application/problem+json", r.contentType().split(";")[0]);
        assertTrue(r.header("WWW-Authenticate").startsWith("Bearer"), "WWW-Authenticate names the scheme");
    }

    /** A well-formed credential with the right claims, signed by a key the service does not know. */
    private static String foreignCredential() {
        try {
            ServiceKeys.KeyFiles other = ServiceKeys.ensure(Files.createTempDirectory("foreign-keys"), TestCredentials.KEY_ID);
            return "Bearer " + new ServiceTokens(ServiceKeys.readPrivateKey(other.privateKey()), TestCredentials.KEY_ID,
                    Duration.ofMinutes(5)).mint("intruder", Roles.OPS).value();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The right key and claims, expired ten minutes ago (beyond any clock-skew allowance). */
    private static String expiredCredential() {
        try {
            return "Bearer " + new ServiceTokens(ServiceKeys.readPrivateKey(TestCredentials.keys().privateKey()),
                    TestCredentials.KEY_ID, Duration.ofMinutes(-10)).mint("late", Roles.OPS).value();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
