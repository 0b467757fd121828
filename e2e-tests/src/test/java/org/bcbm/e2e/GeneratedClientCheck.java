package org.bcbm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.bcbm.client.ApiClient;
import org.bcbm.client.ApiException;
import org.bcbm.client.api.EvidenceApi;
import org.bcbm.client.api.RecommendationsApi;
import org.bcbm.client.model.EvidenceRef;
import org.bcbm.client.model.PatientProfile;
import org.bcbm.client.model.Recommendation;
import org.bcbm.client.model.TreatmentAnswer;
import org.bcbm.client.model.TrialView;

/** A partner's view: the client generated from the served OpenAPI document gets typed answers from the gateway. */
final class GeneratedClientCheck {

    private GeneratedClientCheck() {
    }

    /**
     * Reads a treatment with its price in one country and one of its trials through the generated EvidenceApi: the
     * answers the gateway passes on from evidence-service and access-cost-service arrive as typed models too.
     */
    static void readsATreatmentAndItsTrialTyped(String gatewayUrl, String partnerKey, String inn, String country)
            throws ApiException {
        EvidenceApi evidence = new EvidenceApi(client(gatewayUrl, partnerKey));

        TreatmentAnswer treatment = evidence.getTreatment(inn, country);

        assertEquals(inn, treatment.getTreatment().getInn());
        assertEquals(Boolean.FALSE, treatment.getPartial());
        assertEquals(country, treatment.getAccess().getCountry());
        assertEquals(inn, treatment.getAccess().getFormulary().getInn());
        assertFalse(treatment.getTrials() == null || treatment.getTrials().isEmpty(), "no trials for " + inn);
        TrialView trial = evidence.getTrial(treatment.getTrials().get(0).getTrialId());
        assertFalse(trial.getOutcomes() == null || trial.getOutcomes().isEmpty(), "no outcomes");
        assertTrue(trial.getOutcomes().stream().allMatch(o -> o.getDoi() != null || o.getCitation() != null),
                "an outcome names no source");
    }

    private static ApiClient client(String gatewayUrl, String partnerKey) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gatewayUrl);
        // the document names the X-API-Key scheme; the native library leaves adding the header to the caller
        client.setRequestInterceptor(request -> request.header("X-API-Key", partnerKey));
        return client;
    }

    /** POSTs the contract's example profile through the generated RecommendationsApi and checks the typed answer. */
    static void recommendsTheContractExample(String gatewayUrl, String partnerKey, Path exampleRequest)
            throws IOException, ApiException {
        ApiClient client = client(gatewayUrl, partnerKey);
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
