package org.bcbm.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.bcbm.testsupport.TestInfrastructure;

/** Gives every @QuarkusTest of this module the gateway_test database and a broker (cohort jobs travel over Kafka). */
@WithTestResource(value = TestInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = TestInfrastructure.DATABASE, value = "gateway_test"),
        @ResourceArg(name = TestInfrastructure.ROLE, value = "gateway") })
final class TestResources {

    private TestResources() {
    }
}
