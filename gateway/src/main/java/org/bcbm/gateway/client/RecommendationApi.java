package org.bcbm.gateway.client;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** recommendation-service over HTTP; only {@link RecommendationClient} may call it. */
@RegisterRestClient(configKey = "recommendation")
@RegisterProvider(DownstreamProblemMapper.class)
@Path("/api/v1")
interface RecommendationApi {

    @POST
    @Path("/recommendations")
    Recommendation recommend(PatientProfile profile);

    @POST
    @Path("/recommendations/batch")
    com.fasterxml.jackson.databind.JsonNode batch(com.fasterxml.jackson.databind.JsonNode body);
}
