package org.bcbm.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.bcbm.testsupport.TestInfrastructure;

/** Gives every @QuarkusTest of this module a Kafka broker and the access_test database, started by the tests if none is given. */
@WithTestResource(value = TestInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = TestInfrastructure.DATABASE, value = "access_test"),
        @ResourceArg(name = TestInfrastructure.ROLE, value = "access") })
final class TestResources {

    private TestResources() {
    }
}
