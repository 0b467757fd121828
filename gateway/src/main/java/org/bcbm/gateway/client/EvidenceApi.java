package org.bcbm.gateway.client;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.bcbm.common.contract.Page;
import org.bcbm.common.contract.evidence.EvidenceViews.GradeRequest;
import org.bcbm.common.contract.evidence.EvidenceViews.McbsGrade;
import org.bcbm.common.contract.evidence.EvidenceViews.ProfileView;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentDetail;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentView;
import org.bcbm.common.contract.evidence.EvidenceViews.TrialView;
import org.bcbm.common.contract.evidence.OutcomeUpdate;
import org.bcbm.common.contract.evidence.TreatmentUpdate;
import org.bcbm.common.contract.evidence.TrialUpdate;
import org.bcbm.common.outbox.Reconciliation;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** evidence-service over HTTP; only {@link EvidenceClient} may call it. */
@RegisterRestClient(configKey = "evidence")
@RegisterProvider(DownstreamProblemMapper.class)
@RegisterProvider(ServiceAuthorizationFilter.class)
@Path("/api/v1")
interface EvidenceApi {

    @GET
    @Path("/trials")
    Page<TrialView> trials(@BeanParam ListQuery query);

    @GET
    @Path("/trials/{trialId}")
    TrialView trial(@PathParam("trialId") String trialId);

    @PUT
    @Path("/trials/{trialId}/outcomes/{outcomeId}")
    TrialView updateOutcome(@PathParam("trialId") String trialId, @PathParam("outcomeId") long outcomeId, OutcomeUpdate update);

    @POST
    @Path("/mcbs/grade")
    McbsGrade grade(GradeRequest request);

    @GET
    @Path("/treatments")
    Page<TreatmentView> treatments(@BeanParam ListQuery query);

    @PUT
    @Path("/treatments/{inn}")
    TreatmentView putTreatment(@PathParam("inn") String inn, TreatmentUpdate update);

    @PUT
    @Path("/trials/{trialId}")
    TrialView putTrial(@PathParam("trialId") String trialId, TrialUpdate update);

    @POST
    @Path("/trials/{trialId}/outcomes")
    TrialView addOutcome(@PathParam("trialId") String trialId, OutcomeUpdate update);

    @GET
    @Path("/comparative-profiles")
    List<ProfileView> profiles(@QueryParam("modality") String modality);

    @GET
    @Path("/comparative-profiles/{profileId}")
    ProfileView profile(@PathParam("profileId") String profileId);

    @GET
    @Path("/treatments/{inn}/forest-plot.svg")
    @Produces("image/svg+xml")
    String forestPlot(@PathParam("inn") String inn);

    @GET
    @Path("/forest-plot.svg")
    @Produces("image/svg+xml")
    String forestPlotOf(@QueryParam("trials") String trials, @QueryParam("modality") String modality,
            @QueryParam("endpoint") String endpoint);

    @GET
    @Path("/trials/{trialId}/outcomes/{outcomeId}/fhir")
    @Produces("application/fhir+json")
    String outcomeAsFhir(@PathParam("trialId") String trialId, @PathParam("outcomeId") long outcomeId);

    @GET
    @Path("/treatments/{inn}")
    TreatmentDetail treatment(@PathParam("inn") String inn);

    @POST
    @Path("/admin/reconcile")
    Reconciliation reconcile();
}
