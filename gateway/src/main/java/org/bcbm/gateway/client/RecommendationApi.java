package org.bcbm.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.bcbm.common.contract.KnowledgeSummary;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.RequestIds;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** recommendation-service over HTTP; only {@link RecommendationClient} may call it. */
@RegisterRestClient(configKey = "recommendation")
@RegisterProvider(DownstreamProblemMapper.class)
@Path("/api/v1")
interface RecommendationApi {

    /** The answer's JSON as recommendation-service wrote it: a {@code Recommendation}, relayed unread. */
    @POST
    @Path("/recommendations")
    Uni<byte[]> recommend(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, PatientProfile profile);

    @GET
    @Path("/admin/knowledge")
    KnowledgeSummary knowledge(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @POST
    @Path("/admin/read-models/rebuild")
    Response rebuild(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
