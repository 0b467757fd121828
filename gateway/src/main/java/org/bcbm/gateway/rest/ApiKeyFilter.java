package org.bcbm.gateway.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bcbm.common.problem.ProblemMappers;
import org.bcbm.gateway.RequiresRole;
import org.bcbm.gateway.Role;
import org.bcbm.gateway.service.ApiKeys;
import org.bcbm.gateway.service.Quotas;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * X-API-Key on every /api/v1 call: 401 without a valid key, 403 without the role, 429 over the quota. Every answer
 * the quota governed carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset, the three separate fields of
 * draft-ietf-httpapi-ratelimit-headers-06 (later drafts merge them into RateLimit and RateLimit-Policy; these are
 * the ones clients and proxies widely read); a 429 also carries Retry-After.
 */
public class ApiKeyFilter {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    /** The request property the quota's decision travels in, from the request filter to the response filter. */
    private static final String DECISION = ApiKeyFilter.class.getName() + ".decision";

    /** A null response: the request goes on. */
    private static final Uni<Response> PASS = Uni.createFrom().nullItem();

    private final ApiKeys keys;
    private final Quotas quotas;
    private final CurrentCaller current;
    private final MeterRegistry registry;
    /** The role each endpoint needs, read from its annotations once rather than on every request. */
    private final Map<Method, Role> roles = new ConcurrentHashMap<>();

    public ApiKeyFilter(ApiKeys keys, Quotas quotas, CurrentCaller current, MeterRegistry registry) {
        this.keys = keys;
        this.quotas = quotas;
        this.current = current;
        this.registry = registry;
    }

    @ServerRequestFilter
    public Uni<Response> authenticate(ContainerRequestContext request, ResourceInfo resource) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return PASS;
        }
        String key = request.getHeaderString("X-API-Key");
        if (key == null || key.isBlank()) {
            return problem(401, "Unauthorized", "X-API-Key header is required", path, Map.of("WWW-Authenticate", "ApiKey"));
        }
        return keys.resolve(key.trim()).flatMap(caller -> admit(request, caller, path, resource));
    }

    /** Whatever answered (the resource, a mapper, a problem), the caller learns where its quota stands. */
    @ServerResponseFilter
    public void rateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof Quotas.Decision decision) {
            response.getHeaders().putSingle(LIMIT, String.valueOf(decision.limit()));
            response.getHeaders().putSingle(REMAINING, String.valueOf(decision.remaining()));
            response.getHeaders().putSingle(RESET, String.valueOf(decision.resetSeconds()));
        }
    }

    private Uni<Response> admit(ContainerRequestContext request, Optional<ApiKeys.Caller> caller, String path,
            ResourceInfo resource) {
        if (caller.isEmpty()) {
            return problem(401, "Unauthorized", "X-API-Key is not valid", path, Map.of("WWW-Authenticate", "ApiKey"));
        }
        Role required = required(resource);
        if (!caller.get().role().covers(required)) {
            return problem(403, "Forbidden", "this call needs the " + required.name().toLowerCase(Locale.ROOT)
                    + " role; the key has " + caller.get().role().name().toLowerCase(Locale.ROOT), path, Map.of());
        }
        ApiKeys.Caller known = caller.get();
        return quotas.acquire(known.keyHash(), known.requestsPerMinute()).flatMap(decision -> {
            request.setProperty(DECISION, decision);
            if (!decision.allowed()) {
                // by partner name (one per key, so the label stays small), for the alert BcbmQuotaRejections
                registry.counter("bcbm.quota.rejections", "partner", known.name()).increment();
                String reset = String.valueOf(decision.resetSeconds());
                return problem(429, "Too Many Requests", "quota of " + decision.limit()
                        + " requests per minute reached", path, Map.of("Retry-After", reset,
                        LIMIT, String.valueOf(decision.limit()), REMAINING, "0", RESET, reset));
            }
            current.set(known);
            return PASS;
        });
    }

    private Role required(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return Role.PARTNER;
        }
        return roles.computeIfAbsent(resource.getResourceMethod(), method -> {
            RequiresRole onMethod = method.getAnnotation(RequiresRole.class);
            if (onMethod != null) {
                return onMethod.value();
            }
            RequiresRole onClass = resource.getResourceClass().getAnnotation(RequiresRole.class);
            return onClass == null ? Role.PARTNER : onClass.value();
        });
    }

    private static Uni<Response> problem(int status, String title, String detail, String path,
            Map<String, String> headers) {
        Response.ResponseBuilder builder = ProblemMappers.build(status, title, detail, null, null);
        headers.forEach(builder::header);
        return Uni.createFrom().item(builder.build());
    }
}
