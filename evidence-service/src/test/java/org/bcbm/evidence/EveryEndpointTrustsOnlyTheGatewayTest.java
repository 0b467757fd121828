package org.bcbm.evidence;

import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.bcbm.testsupport.ServiceAccessChecks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every operation of this service refuses calls without the gateway's credential or with too low a role. */
@QuarkusTest
class EveryEndpointTrustsOnlyTheGatewayTest {

    @TestFactory
    Stream<DynamicTest> everyOperationChecksTheCredentialAndTheRole() {
        return ServiceAccessChecks.forEveryOperation();
    }
}
