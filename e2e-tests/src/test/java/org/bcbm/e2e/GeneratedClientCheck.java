package org.bcbm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.bcbm.client.ApiClient;
import org.bcbm.client.ApiException;
import org.bcbm.client.api.RecommendationsApi;
import org.bcbm.client.model.EvidenceRef;
import org.bcbm.client.model.PatientProfile;
import org.bcbm.client.model.Recommendation;

/** A partner's view: the client generated from the served OpenAPI document gets a typed answer from the gateway. */
final class GeneratedClientCheck {

    private GeneratedClientCheck() {
    }

    /** POSTs the contract's example profile through the generated RecommendationsApi and checks the typed answer. */
    static void recommendsTheContractExample(String gatewayUrl, String partnerKey, Path exampleRequest)
            throws IOException, ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gatewayUrl);
        // the document names the X-API-Key scheme; the native library leaves adding the header to the caller
        client.setRequestInterceptor(request -> request.header("X-API-Key", partnerKey));
        PatientProfile profile = client.getObjectMapper().readValue(exampleRequest.toFile(), PatientProfile.class);

        Recommendation answer = new RecommendationsApi(client).recommend(profile, null);

        assertEquals("HR+/HER2-", answer.getSubtype());
        assertNotNull(answer.getRequestId());
        assertNotNull(answer.getGeneratedAt());
        assertFalse(answer.getOptions() == null || answer.getOptions().isEmpty(), "no options");
        assertTrue(answer.getOptions().stream()
                        .filter(option -> option.getEvidence() != null)
                        .flatMap(option -> option.getEvidence().stream())
                        .map(EvidenceRef::getHazardRatio)
                        .anyMatch(hazardRatio -> hazardRatio != null),
                "no option cites a hazard ratio");
    }
}
