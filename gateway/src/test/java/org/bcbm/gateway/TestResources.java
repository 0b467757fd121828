package org.bcbm.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.bcbm.testsupport.TestInfrastructure;

/** Gives every @QuarkusTest of this module the gateway_test database (no broker: the gateway uses no Kafka). */
@WithTestResource(value = TestInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = TestInfrastructure.DATABASE, value = "gateway_test"),
        @ResourceArg(name = TestInfrastructure.ROLE, value = "gateway"),
        @ResourceArg(name = TestInfrastructure.KAFKA, value = "false") })
final class TestResources {

    private TestResources() {
    }
}
