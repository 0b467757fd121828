package org.bcbm.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.bcbm.common.contract.CohortAnswer;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.RequestIds;
import org.bcbm.fhir.mcode.MappedProfile;
import org.bcbm.gateway.client.RecommendationClient;
import org.bcbm.gateway.client.ServiceCredentials;
import org.bcbm.gateway.fhir.FhirProfiles;
import org.bcbm.gateway.fhir.RecommendationRequestGroup;
import org.bcbm.gateway.service.Recommendations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** POST /api/v1/recommendations: validate, then the complete answer of recommendation-service. */
@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class RecommendationResource {

    static final String EXAMPLE = """
            {"patientRef":"partner-opaque-id-123","age":58,"sex":"female","menopausalStatus":"postmenopausal",
             "tumour":{"er":"positive","pr":"positive","her2":"negative","somaticAlterations":[],"germlineBrca":"none"},
             "metastases":{"sites":["bone","liver"],"visceralCrisis":false,
               "bone":{"lesionCount":3,"painful":true,"spinalCordCompression":false,"impendingFracture":false,
                       "pathologicalFracture":false,"hypercalcaemia":false}},
             "priorTherapies":[],
             "clinical":{"ecog":1,"creatinineClearanceMlMin":75,"correctedCalciumMmolL":2.35,"dentalStatus":"healthy"},
             "resourceSetting":{"country":"GB"}}""";

    private final RecommendationClient recommendations;
    private final Recommendations recommend;
    private final ServiceCredentials credentials;
    private final CurrentCaller current;
    private final FhirProfiles fhir;
    private final ObjectMapper json;

    public RecommendationResource(RecommendationClient recommendations, Recommendations recommend,
            ServiceCredentials credentials, CurrentCaller current, FhirProfiles fhir, ObjectMapper json) {
        this.recommendations = recommendations;
        this.recommend = recommend;
        this.credentials = credentials;
        this.current = current;
        this.fhir = fhir;
        this.json = json;
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "recommendCohort", summary = "A cohort of up to 10,000 profiles (national programmes, registries), answered in order",
            description = "Body: {\"profiles\": [ ... ]}. Each item carries its index and either its recommendation or "
                    + "a problem naming the invalid fields (profiles[i].field); one bad profile never fails the others. "
                    + "Each recommendation is as complete as a single answer: evidence, cost and availability in the "
                    + "profile's country.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CohortRequest.class)))
    @APIResponse(responseCode = "200", description = "the cohort's answer, items in input order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortAnswer.class)))
    public Response batch(InputStream body) {
        InputStream answer = recommendations.batch(credentials.authorization(current.caller()), body);
        StreamingOutput copy = out -> {
            try (InputStream in = answer) {
                in.transferTo(out);
            }
        };
        return Response.ok(copy, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Produces({ MediaType.APPLICATION_JSON, RecommendationRequestGroup.FHIR_JSON })
    @Operation(operationId = "recommend", summary = "Ranked, evidence-cited options for one patient, with cost and availability in their country",
            description = "Only sex, tumour.er, tumour.her2 and metastases.sites are required. The answer is decided "
                    + "from a snapshot of the evidence and access knowledge (versions in knowledgeVersion); while "
                    + "that knowledge is still loading, or when the recommendation source cannot answer, it is a 503 "
                    + "with Retry-After, never an answer without its evidence. With Accept: application/fhir+json "
                    + "the same answer comes as FHIR R4: a collection Bundle of one RequestGroup (intent proposal), "
                    + "an action per category holding its options in rank order, each with its contained "
                    + "MedicationRequest or ServiceRequest and its evidence as citation links.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "HR+/HER2- first line, painful bone metastases", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "the options, ranked within each category",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Recommendation.class)),
                    @Content(mediaType = RecommendationRequestGroup.FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT,
                            description = "A FHIR R4 Bundle (type collection) holding one RequestGroup, as the FHIR R4 "
                                    + "specification defines them")) })
    public Uni<Response> recommend(
            @Parameter(description = "Idempotency key (a UUID): a retry with the same id gets the same answer and is "
                    + "audited once; one is made when absent") @HeaderParam(RequestIds.HEADER) String requestId,
            @Valid @NotNull PatientProfile profile, @Context HttpHeaders headers) {
        return respond(recommend.recommend(current.caller(), RequestIds.parse(requestId), profile), headers);
    }

    /** The answer as JSON, or as a FHIR R4 RequestGroup Bundle for a caller that prefers it. */
    private Uni<Response> respond(Uni<byte[]> answer, HttpHeaders headers) {
        if (!wantsFhir(headers.getAcceptableMediaTypes())) {
            return answer.map(a -> Response.ok(a, MediaType.APPLICATION_JSON).build());
        }
        // off the event loop: the FHIR model loads on first use (seconds), and the answer is decoded and re-encoded
        return answer.emitOn(Infrastructure.getDefaultWorkerPool()).map(a -> Response
                .ok(RecommendationRequestGroup.json(read(a)), RecommendationRequestGroup.FHIR_JSON).build());
    }

    /**
     * FHIR only when the caller prefers it: the first acceptable type that matches either answer decides, and
     * application/json named at the same quality keeps the default, so a client that accepts both (as generated
     * clients say) gets the answer it always had.
     */
    static boolean wantsFhir(List<MediaType> acceptable) {
        MediaType fhirJson = MediaType.valueOf(RecommendationRequestGroup.FHIR_JSON);
        for (MediaType type : acceptable) {
            boolean fhir = type.isCompatible(fhirJson);
            boolean plain = type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
            if (!fhir && !plain) {
                continue;
            }
            if (!type.isWildcardType() && !type.isWildcardSubtype() && fhir) {
                String q = type.getParameters().getOrDefault("q", "1");
                return acceptable.stream().noneMatch(t -> t.getType().equals("application")
                        && t.getSubtype().equals("json") && t.getParameters().getOrDefault("q", "1").equals(q));
            }
            return false;
        }
        return false;
    }

    /** The answer is relayed unread for JSON; only the FHIR form needs it decoded. */
    private Recommendation read(byte[] answer) {
        try {
            return json.readValue(answer, Recommendation.class);
        } catch (IOException e) {
            throw new UncheckedIOException("recommendation-service's answer is not a Recommendation", e);
        }
    }

    /**
     * The same answer for a FHIR R4 mCODE STU4 Bundle (application/fhir+json): the Bundle is mapped to a profile, the
     * mapping's missingData is added to the answer's, and what it could not map is listed in the notes. The country is
     * the query parameter (a Patient's address is not read: it identifies the patient and need not be where they are
     * treated). FHIR in, FHIR out: with Accept application/fhir+json the answer is the RequestGroup Bundle. Documented on the "recommend" operation by {@link FhirRequestFilter}, since OpenAPI has one operation
     * per path and method.
     */
    @POST
    @Consumes(FhirProfiles.MEDIA_TYPE)
    @Produces({ MediaType.APPLICATION_JSON, RecommendationRequestGroup.FHIR_JSON })
    // the FHIR parse and mapping are CPU work, off the event loop
    @Blocking
    @Operation(hidden = true)
    public Uni<Response> recommendFhir(@HeaderParam(RequestIds.HEADER) String requestId,
            @QueryParam("country") String country, String bundle, @Context HttpHeaders headers) {
        MappedProfile mapped = fhir.map(bundle, country);
        return respond(recommend.recommend(current.caller(), RequestIds.parse(requestId), mapped.profile())
                .map(answer -> fhir.merge(answer, mapped)), headers);
    }

    /** The cohort body as clients should build it; read as JSON so that one invalid profile fails only itself. */
    @Schema(name = "CohortRequest")
    record CohortRequest(@Schema(required = true, maxItems = 10_000) List<PatientProfile> profiles) {
    }

}
