package org.bcbm.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bcbm.common.contract.Enums;
import org.bcbm.common.contract.RequestIds;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into application/problem+json: a 4xx that names the field, never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder builder = build(e.status(), e.title(), e.getMessage(), uri, e.violations());
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return build(400, "Bad Request", detail, uri, violations).build();
    }

    /** A wrong type, an unknown enumeration value or a value Jackson cannot bind: 400 naming the JSON path. */
    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e.getPath());
        String message;
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            message = "'" + ife.getValue() + "' is not one of " + Arrays.stream(ife.getTargetType().getEnumConstants())
                    .map(c -> Enums.spelling((Enum<?>) c)).collect(Collectors.joining(", ", "[", "]"));
        } else if (e instanceof InvalidFormatException ife) {
            message = "'" + ife.getValue() + "' is not a valid " + ife.getTargetType().getSimpleName();
        } else {
            message = "cannot be read: " + e.getOriginalMessage();
        }
        if (field.isEmpty()) {
            return build(400, "Bad Request", "request body: " + message, uri, null).build();
        }
        return build(400, "Bad Request", field + ": " + message, uri, List.of(new Problem.Violation(field, message)))
                .build();
    }

    /** Same type as Quarkus' built-in mapper, which answers plain JSON: ours answers a problem. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper(priority = 2)
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        return build(400, "Bad Request", "request body is not valid JSON: " + e.getOriginalMessage(), uri, null).build();
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return build(409, "Conflict", "the resource was changed by someone else; re-read it and retry", uri, null).build();
    }

    @ServerExceptionMapper
    public Response staleHibernate(StaleStateException e, UriInfo uri) {
        return build(409, "Conflict", "the resource was changed by someone else; re-read it and retry", uri, null).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (e.getCause() instanceof JsonMappingException jme) {
            return unreadable(jme, uri);
        }
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return malformed(jpe, uri);
        }
        Response.ResponseBuilder builder = build(status, original.getStatusInfo().getReasonPhrase(), e.getMessage(), uri, null);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return build(500, "Internal Server Error", "unexpected failure; quote incident " + incident, uri, null).build();
    }

    public static Response.ResponseBuilder build(int status, String title, String detail, UriInfo uri,
            List<Problem.Violation> violations) {
        String instance = uri == null ? null : uri.getPath();
        Problem problem = new Problem("about:blank", title, status, detail, instance, violations, RequestIds.current());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /** The JSON path of a bean-validation failure, without the Java method and parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName(); // a query or path parameter, unless properties of a body follow
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0 && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() == null || node.getName().startsWith("<")) {
                if (node.getIndex() != null && node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.length() == 0) {
            return parameter != null && violation.getInvalidValue() != null ? parameter : "body";
        }
        return field.toString();
    }

    public static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
