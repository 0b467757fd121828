package org.bcbm.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.gateway.client.RecommendationClient;
import org.bcbm.gateway.client.ServiceCredentials;

/**
 * The one path to a merged recommendation, for partners (POST /api/v1/recommendations) and EHRs (CDS Hooks) alike:
 * recommendation-service's complete answer, asked with the caller's credential and the request id as idempotency key.
 */
@ApplicationScoped
public class Recommendations {

    private final RecommendationClient client;
    private final ServiceCredentials credentials;

    public Recommendations(RecommendationClient client, ServiceCredentials credentials) {
        this.client = client;
        this.credentials = credentials;
    }

    /** The answer's bytes as recommendation-service wrote them (a {@code Recommendation}). */
    public Uni<byte[]> recommend(ApiKeys.Caller caller, String requestId, PatientProfile profile) {
        return client.recommend(credentials.authorization(caller), requestId, profile);
    }
}
