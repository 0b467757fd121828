package org.bcbm.gateway.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bcbm.common.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** Documents the problem responses every /api/v1 operation can give, from one place instead of on every method. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    /** The shared responses, by status; each operation refers to the ones that can happen to it. */
    private static final Map<String, Shared> SHARED = new LinkedHashMap<>();

    static {
        SHARED.put("400", new Shared("BadRequest", "Malformed JSON, a wrong type, an unknown enumeration value or a "
                + "value out of range: violations name each invalid field", false));
        SHARED.put("401", new Shared("Unauthorized", "No X-API-Key header, or a key that is not known", false));
        SHARED.put("401-cds", new Shared("CdsUnauthorized", "No CDS client JWT, or one refused: unsigned, not "
                + "ES384/RS384, an unknown issuer or kid, a bad signature, expired or not yet valid, addressed to "
                + "another endpoint, or a jti already used", false));
        SHARED.put("412", new Shared("PreconditionFailed", "Prefetch data the service needs was not sent and cannot "
                + "be read (no fhirServer with fhirAuthorization, or the FHIR server did not answer)", false));
        SHARED.put("403", new Shared("Forbidden", "The key's role does not cover this call", false));
        SHARED.put("404", new Shared("NotFound", "An id in the path is not known", false));
        SHARED.put("409", new Shared("Conflict", "The version in the body is not the current one: read the "
                + "resource again, reapply the change and retry", false));
        SHARED.put("413", new Shared("ContentTooLarge", "The body is larger than the route takes (32 MB; a cohort "
                + "upload 512 MB): the detail names the limit", false));
        SHARED.put("429", new Shared("TooManyRequests", "The key's quota of requests per minute is used up; "
                + "retry after Retry-After seconds", true));
        SHARED.put("503", new Shared("ServiceUnavailable", "A service this call needs cannot answer now (down, too "
                + "slow, or still loading its knowledge); retry after Retry-After seconds", true));
    }

    private record Shared(String name, String description, boolean retryAfter) {
    }

    /** The quota's figures on every answer it governed (draft-ietf-httpapi-ratelimit-headers-06, separate fields). */
    private static final Map<String, String> RATE_LIMIT = new LinkedHashMap<>();

    static {
        RATE_LIMIT.put(ApiKeyFilter.LIMIT, "The key's quota: requests per minute, across every gateway replica");
        RATE_LIMIT.put(ApiKeyFilter.REMAINING, "Requests left in the current window (what other replicas hold "
                + "leased counts as used)");
        RATE_LIMIT.put(ApiKeyFilter.RESET, "Seconds until the current window ends");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        // fail the build rather than publish references to a schema that is not there
        if (components == null || components.getSchemas() == null
                || !components.getSchemas().containsKey(Problem.class.getSimpleName())) {
            throw new IllegalStateException("the OpenAPI document lacks the Problem schema the problem responses use");
        }
        RATE_LIMIT.forEach((name, description) -> components.addHeader(name, OASFactory.createHeader()
                .description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))));
        SHARED.values().forEach(shared -> components.addResponse(shared.name(), sharedResponse(shared)));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> document(path, operation));
            } else if (path.startsWith("/cds-services")) {
                item.getOperations().forEach((method, operation) -> documentCds(path, method, operation));
            }
        });
    }

    private static void document(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (takesInput(operation)) {
            refer(responses, "400");
        }
        if (operation.getRequestBody() != null) {
            refer(responses, "413");
        }
        // ApiKeyFilter stands before every /api call: 401 without a valid key, 429 over the key's quota
        refer(responses, "401");
        if (roleRestricted(operation)) {
            refer(responses, "403");
            // role-restricted calls are curators' writes, and each carries the version it read
            if (operation.getRequestBody() != null) {
                refer(responses, "409");
            }
        }
        if (path.contains("{")) {
            refer(responses, "404");
        }
        refer(responses, "429");
        // every gateway call is answered by at least one downstream service, whose absence is a 503
        refer(responses, "503");
        // responses an operation declares itself (its own wording) still carry the problem document
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                withProblemContent(response);
            }
            if (status.startsWith("2") && response.getRef() == null) {
                RATE_LIMIT.keySet().forEach(name -> response.addHeader(name, OASFactory.createHeader().ref(name)));
            }
        });
        // in status order, as a reader scans them
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    /** CDS Hooks: a JWT instead of a key (no quota), and a call needs recommendation-service. */
    private static void documentCds(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (operation.getRequestBody() != null) {
            refer(responses, "400");
            refer(responses, "413");
        }
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().ref(SHARED.get("401-cds").name()));
        }
        if (path.contains("{")) {
            refer(responses, "404");
        }
        if (method == PathItem.HttpMethod.POST && !path.endsWith("/feedback")) {
            refer(responses, "412");
            refer(responses, "503");
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                withProblemContent(response);
            }
        });
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    /** A body, a query or a header parameter: each can be invalid; a path id that is unknown is a 404 instead. */
    private static boolean takesInput(Operation operation) {
        if (operation.getRequestBody() != null) {
            return true;
        }
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream().anyMatch(p -> p.getIn() != Parameter.In.PATH);
    }

    /** Operations that name roles in their security requirement (OpenAPI 3.1 allows that for API keys). */
    private static boolean roleRestricted(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream()
                .flatMap(requirement -> requirement.getSchemes().values().stream())
                .anyMatch(roles -> roles != null && !roles.isEmpty());
    }

    private static void refer(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(SHARED.get(status).name()));
        }
    }

    private static APIResponse sharedResponse(Shared shared) {
        APIResponse response = withProblemContent(OASFactory.createAPIResponse().description(shared.description()));
        if (shared.retryAfter()) {
            Header retryAfter = OASFactory.createHeader()
                    .description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
            response.addHeader("Retry-After", retryAfter);
        }
        if (shared.name().equals("TooManyRequests")) {
            RATE_LIMIT.keySet().forEach(name -> response.addHeader(name, OASFactory.createHeader().ref(name)));
        }
        return response;
    }

    private static APIResponse withProblemContent(APIResponse response) {
        if (response.getRef() != null) {
            return response;
        }
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("A problem document (RFC 9457)");
        }
        return response;
    }
}
