package org.bcbm.recommendation;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.bcbm.testsupport.TestInfrastructure;

/** Gives every @QuarkusTest of this module a Kafka broker and the recommendation_test database, started by the tests if none is given. */
@WithTestResource(value = TestInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = TestInfrastructure.DATABASE, value = "recommendation_test"),
        @ResourceArg(name = TestInfrastructure.ROLE, value = "recommendation") })
final class TestResources {

    private TestResources() {
    }
}
