package org.bcbm.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bcbm.common.security.Roles;
import org.bcbm.testsupport.ServiceAccessChecks;
import org.bcbm.testsupport.ServiceAccessChecks.Operation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public operation (from the served OpenAPI document, so a new one is covered the day it is added) called
 * with no key, and with a partner, a curator and an ops key: 401 without a key, 403 below the role the operation's
 * security requirement names, and through to the service at or above it.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class AuthorisationMatrixTest {

    private static final Map<String, String> KEYS = Map.of(Roles.PARTNER, "local-partner-key",
            Roles.CURATOR, "local-curator-key", Roles.OPS, "test-ops-key-0123456789");

    @TestFactory
    Stream<DynamicTest> everyPublicOperationByEveryRole() {
        List<Operation> operations = ServiceAccessChecks.operations(given(), Roles.PARTNER);
        List<DynamicTest> tests = new ArrayList<>(ServiceAccessChecks.policyHolds(operations).toList());
        for (Operation op : operations) {
            tests.add(DynamicTest.dynamicTest(op + " with no key is 401", () -> {
                Response r = ServiceAccessChecks.call(given(), op);
                assertEquals(401, r.statusCode(), r.asString());
                assertEquals("application/problem+json", r.contentType().split(";")[0]);
            }));
            int required = ServiceAccessChecks.LADDER.indexOf(op.role());
            for (String role : ServiceAccessChecks.LADDER) {
                boolean allowed = ServiceAccessChecks.LADDER.indexOf(role) >= required;
                tests.add(DynamicTest.dynamicTest(op + " with a " + role + " key is " + (allowed ? "let through" : "403"), () -> {
                    Response r = ServiceAccessChecks.call(given().header("X-API-Key", KEYS.get(role)), op);
                    if (allowed) {
                        assertNotEquals(401, r.statusCode(), r.asString());
                        assertNotEquals(403, r.statusCode(), r.asString());
                    } else {
                        assertEquals(403, r.statusCode(), r.asString());
                        assertEquals("application/problem+json", r.contentType().split(";")[0]);
                    }
                }));
            }
        }
        return tests.stream();
    }
}
