package org.bcbm.gateway.client;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.bcbm.gateway.config.CdsConfig;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads from an EHR's FHIR server what a CDS call's prefetch lacked, with the bearer token the EHR lent
 * (fhirAuthorization), HAPI's generic client and short timeouts: an EHR waits for cards only a few seconds.
 */
@ApplicationScoped
public class FhirServerClient {

    /** Search results are followed this many pages at most: a record larger than that is not read whole. */
    static final int MAX_PAGES = 5;

    private final FhirContext context;

    public FhirServerClient(CdsConfig config) {
        // a context of its own: the timeouts below are its client factory's, not every HAPI user's in the JVM
        this.context = FhirContext.forR4();
        IRestfulClientFactory factory = context.getRestfulClientFactory();
        int millis = (int) config.fhirTimeout().toMillis();
        factory.setConnectTimeout(millis);
        factory.setSocketTimeout(millis);
        factory.setConnectionRequestTimeout(millis);
        // no CapabilityStatement round trip before each first call
        factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
    }

    /**
     * @param query a prefetch template with its tokens filled in: {@code Patient/123} or {@code Observation?...}
     * @return the resource read, or the entries of the search (up to {@link #MAX_PAGES} pages)
     */
    public List<Resource> read(String fhirServer, String accessToken, String query) {
        IGenericClient client = context.newRestfulGenericClient(fhirServer.replaceAll("/+$", ""));
        client.registerInterceptor(new BearerTokenAuthInterceptor(accessToken));
        if (!query.contains("?")) {
            String type = query.substring(0, query.indexOf('/'));
            Class<? extends IBaseResource> implementing = context.getResourceDefinition(type).getImplementingClass();
            return List.of((Resource) client.fetchResourceFromUrl(implementing, query));
        }
        List<Resource> resources = new ArrayList<>();
        Bundle page = client.fetchResourceFromUrl(Bundle.class, encoded(query));
        for (int pages = 1; page != null; pages++) {
            page.getEntry().stream().filter(Bundle.BundleEntryComponent::hasResource)
                    .forEach(e -> resources.add(e.getResource()));
            page = pages < MAX_PAGES && page.getLink(Bundle.LINK_NEXT) != null
                    ? client.loadPage().next(page).execute() : null;
        }
        return resources;
    }

    /** The template's values percent-encoded: token searches carry | and :, which a URI may not hold raw. */
    static String encoded(String query) {
        int q = query.indexOf('?');
        String parameters = Arrays.stream(query.substring(q + 1).split("&")).map(p -> {
            int eq = p.indexOf('=');
            return eq < 0 ? p : p.substring(0, eq + 1) + URLEncoder.encode(p.substring(eq + 1), StandardCharsets.UTF_8);
        }).collect(Collectors.joining("&"));
        return query.substring(0, q + 1) + parameters;
    }
}
